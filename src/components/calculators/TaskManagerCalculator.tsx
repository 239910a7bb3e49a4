/** The TaskManager calculator island: all three configuration paths, slots, local execution. */
import { DEPLOYMENT_MODES, type TaskManagerFigures, type TaskManagerResult } from '~/model/types';
import { CopyBlock, FigureTable, LogList, figureLabel, figureRows, PoolDiagram, Refusal, Results, type IslandProps } from './Shell';
import { CalculatorFrame, useCalculator } from './frame';
import { withIslandData } from './island-data';
import type { WithHuman } from './human';
import { fill, TM_JVM_GROUP, TM_STACK, TM_TABLE } from './viewmodel';

const LEVEL: Partial<Record<keyof TaskManagerFigures, number>> = { totalProcess: 0, totalFlink: 0, jvmHeap: 0, jvmDirect: 0 };

const load = () => import('./compute-tm').then((m) => ({ compute: m.computeTm, sizeProblem: m.sizeProblem }));

function TaskManagerCalculator(props: IslandProps & { initial: WithHuman<TaskManagerResult> }) {
  const { t, explanations } = props;
  const c = useCalculator(props, { name: 'taskmanager', load, initial: props.initial });
  const { result, hr, pending, failed, uid } = c;
  const label = (n: string) => figureLabel(t, n);

  return (
    <CalculatorFrame
      p={props}
      c={c}
      name="taskmanager"
      modes={DEPLOYMENT_MODES}
      mode={c.st.state.mode}
      ok={result.ok}
      errorKeys={result.ok ? [] : (result.error.keys ?? [])}
    >
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
            <FigureTable t={t} rows={figureRows(t, TM_TABLE, result, hr, LEVEL)} />
            <CopyBlock t={t} label={t.jvmParams} text={result.jvmParams} figure="jvmParams" />
            <CopyBlock t={t} label={t.dynamicConfigs} text={result.dynamicConfigs} figure="dynamicConfigs" />
          </>
        ) : (
          <Refusal t={t} error={result.error} explanations={explanations} />
        )}
        <LogList t={t} log={result.log} explanations={explanations} />
      </Results>
    </CalculatorFrame>
  );
}

export default withIslandData(TaskManagerCalculator, load);
