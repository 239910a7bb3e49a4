/** The JobManager calculator island: heap, off-heap with the direct-memory-limit switch, metaspace, overhead. */
import { useMemo, useRef } from 'preact/hooks';
import type { JobManagerFigures, JobManagerResult } from '~/model/types';
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
import { JM_STACK, JM_TABLE } from './viewmodel';

const LEVEL: Partial<Record<keyof JobManagerFigures, number>> = { totalProcess: 0, totalFlink: 0 };
/** The JobManager has no local mode (its options are ignored there). */
const JM_MODES = ['standalone', 'active', 'raw'] as const;

const load = () => import('./compute-jm').then((m) => ({ compute: m.computeJm, sizeProblem: m.sizeProblem }));

export default function JobManagerCalculator(props: IslandProps & { initial: WithHuman<JobManagerResult> }) {
  const root = useRef<HTMLDivElement>(null);
  const { t, fields, explanations } = props;
  const uid = props.uid ?? 'jm';
  const keys = useMemo(() => fields.map((f) => f.key), [fields]);
  const st = useCalcState({ preset: props.preset, allowedKeys: keys, syncUrl: props.syncUrl ?? true, pageHref: props.pageHref });
  const { state } = st;
  const mode = state.mode === 'local' ? 'standalone' : state.mode;
  const { result, hr, parseSize, pending, failed, source } = useLazyModel({ load, state, initial: props.initial, atPreset: st.atPreset, root });
  useRenderedMark(result);
  const label = (n: string) => (t as Record<string, string>)[`fig.${n}`] ?? n;
  const onChange = (k: string, v: string) => {
    markInput();
    st.setKey(k, v);
  };

  return (
    <div ref={root} class="calc" data-calculator="jobmanager" data-source={source} data-state={result.ok ? 'ok' : 'error'}>
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label={t.inputs}>
        <VersionModeBar
          t={t}
          uid={uid}
          v={state.v}
          mode={mode}
          modes={JM_MODES}
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
      <Results t={t} busy={pending} failed={failed} announce={result.ok ? `${t['fig.totalProcess']}: ${hr(result.totalProcess)}; ${t['fig.jvmHeap']}: ${hr(result.jvmHeap)}` : t.refusedTitle}>
        {result.ok ? (
          <>
            <p class="calc__path" data-path={result.path}>
              <strong>{t['tm.path']}:</strong> {t[`jm.path.${result.path}`]}
            </p>
            <PoolDiagram
              t={t}
              uid={uid}
              human={hr}
              bars={[{ label: t.diagramProcess, parts: JM_STACK.map((n) => ({ name: n, label: label(n), bytes: result[n] })) }]}
            />
            <FigureTable
              t={t}
              rows={JM_TABLE.map((n) => ({
                name: n,
                label: label(n),
                bytes: result[n],
                human: hr(result[n]),
                level: LEVEL[n] ?? 1,
              }))}
            />
            <CopyBlock t={t} label={t.jvmParams} text={result.jvmParams} figure="jvmParams" />
            <details class="calc__panel">
              <summary>
                {t['jm.directOn']} / {t['jm.directOff']}
              </summary>
              <CopyBlock t={t} label={t['jm.directOn']} text={result.jvmParamsDirectLimitOn} figure="jvmParamsDirectLimitOn" />
              <CopyBlock t={t} label={t['jm.directOff']} text={result.jvmParamsDirectLimitOff} figure="jvmParamsDirectLimitOff" />
            </details>
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
        kind="jobmanager"
        v={state.v}
        mode={mode}
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
