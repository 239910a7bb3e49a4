/** The TaskManager calculator island: all three configuration paths, slots, local execution. */
import { useMemo, useRef } from 'preact/hooks';
import { DEPLOYMENT_MODES, type TaskManagerFigures, type TaskManagerResult } from '~/model/types';
import { useLazyModel } from './lazy';
import {
  CopyBlock,
  DefaultChanges,
  Fields,
  FigureTable,
  LogList,
  PoolDiagram,
  Refusal,
  Results,
  UrlProblems,
  VersionModeBar,
  markInput,
  useRenderedMark,
  type IslandProps,
} from './Shell';
import { ImportExport } from './ImportExport';
import { useCalcState } from './useCalcState';
import type { WithHuman } from './human';
import { fill, TM_JVM_GROUP, TM_STACK, TM_TABLE } from './viewmodel';


const LEVEL: Partial<Record<keyof TaskManagerFigures, number>> = { totalProcess: 0, totalFlink: 0, jvmHeap: 0, jvmDirect: 0 };

const load = () => import('./compute-tm').then((m) => ({ compute: m.computeTm, sizeProblem: m.sizeProblem }));

export default function TaskManagerCalculator(props: IslandProps & { initial: WithHuman<TaskManagerResult> }) {
  const root = useRef<HTMLDivElement>(null);
  const { t, fields, explanations } = props;
  const uid = props.uid ?? 'tm';
  const keys = useMemo(() => fields.map((f) => f.key), [fields]);
  const st = useCalcState({ preset: props.preset, allowedKeys: keys, syncUrl: props.syncUrl ?? true, pageHref: props.pageHref });
  const { state } = st;
  const { result, hr, parseSize, pending, failed, source } = useLazyModel({ load, state, initial: props.initial, atPreset: st.atPreset, root });
  useRenderedMark(result);
  const label = (n: string) => (t as Record<string, string>)[`fig.${n}`] ?? n;
  const onChange = (k: string, v: string) => {
    markInput();
    st.setKey(k, v);
  };

  return (
    <div ref={root} class="calc" data-calculator="taskmanager" data-source={source} data-state={result.ok ? 'ok' : 'error'}>
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label={t.inputs}>
        <VersionModeBar
          t={t}
          uid={uid}
          v={state.v}
          mode={state.mode}
          modes={DEPLOYMENT_MODES}
          onVersion={(v) => {
            markInput();
            st.setVersion(v);
          }}
          onMode={(m) => {
            markInput();
            st.setMode(m);
          }}
          onReset={st.reset}
          link={st.link}
        />
        <UrlProblems problems={st.problems} texts={props.urlTexts} />
        <DefaultChanges t={t} fields={fields} from={st.previousVersion} to={state.v} />
        <Fields
          t={t}
          uid={uid}
          fields={fields}
          v={state.v}
          config={state.config}
          errorKeys={result.ok ? [] : (result.error.keys ?? [])}
          onChange={onChange}
          parseSize={parseSize}
        />
      </form>
      <Results t={t} busy={pending} failed={failed} announce={result.ok ? `${t['fig.totalProcess']}: ${hr(result.totalProcess)}; ${t['fig.jvmHeap']}: ${hr(result.jvmHeap)}; ${t['fig.managed']}: ${hr(result.managed)}; ${t['fig.network']}: ${hr(result.network)}` : t.refusedTitle}>
        {result.ok ? (
          <>
            <p class="calc__path" data-path={result.path}>
              <strong>{t['tm.path']}:</strong>{' '}
              {fill(t[`tm.path.${result.path}`], { keys: result.explicitKeys.join(', ') || '—' })}
            </p>
            <p class="calc__slots">
              {fill(t['tm.slots'], { slots: result.numSlots, cores: String(result.cpuCores) })}
            </p>
            <PoolDiagram
              t={t}
              uid={uid}
              human={hr}
              bars={[
                {
                  label: t.diagramProcess,
                  parts: TM_STACK.map((n) => ({ name: n, label: label(n), bytes: result[n] })),
                },
                {
                  label: t.diagramJvm,
                  parts: [
                    { name: 'jvmHeap', label: t.jvmHeapGroup, bytes: result.jvmHeap },
                    { name: 'jvmDirect', label: t.jvmDirectGroup, bytes: result.jvmDirect },
                    {
                      name: 'native',
                      label: t.nativeGroup,
                      bytes: TM_STACK.filter((n) => TM_JVM_GROUP[n] === 'native').reduce((a, n) => a + result[n], 0n),
                    },
                  ],
                },
              ]}
            />
            <FigureTable
              t={t}
              rows={TM_TABLE.map((n) => ({
                name: n,
                label: label(n),
                bytes: result[n],
                human: hr(result[n]),
                level: LEVEL[n] ?? 1,
              }))}
            />
            <CopyBlock t={t} label={t.jvmParams} text={result.jvmParams} figure="jvmParams" />
            <CopyBlock t={t} label={t.dynamicConfigs} text={result.dynamicConfigs} figure="dynamicConfigs" />
          </>
        ) : (
          <Refusal t={t} error={result.error} explanations={explanations} />
        )}
        <LogList t={t} log={result.log} explanations={explanations} />
      </Results>
      <ImportExport
        t={t}
        lang={props.lang}
        kind="taskmanager"
        v={state.v}
        mode={state.mode}
        config={state.config}
        allowedKeys={keys}
        onImport={(c) => {
          markInput();
          st.setConfig(c);
        }}
      />
    </div>
  );
}
