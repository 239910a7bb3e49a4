/** The TaskManager calculator island: all three configuration paths, slots, local execution. */
import { TM_COMPONENTS, type TaskManagerFigures } from '~/model/types';
import type { TmView } from './compute';
import { FigureTable, LogList, figureLabel, figureRows, Refusal, Results } from '../kit/results';
import { PoolDiagram } from '../kit/bars';
import { CopyBlock } from '../kit/copy';
import { CalculatorFrame, useCalculator } from '../kit/frame';
import { withIslandData } from '../kit/island-data';
import { importOnce } from '../kit/lazy';
import { fill } from '../kit/viewmodel';
import type { IslandProps, WithHuman } from '../kit/types';

/** The TaskManager figures in display order, and which of them the diagram stacks. */
const TM_TABLE = ['totalProcess', 'totalFlink', ...TM_COMPONENTS, 'jvmHeap', 'jvmDirect'] as const;
const TM_STACK = TM_COMPONENTS;
/** Which JVM limit a TaskManager pool counts against (for the diagram's second row). */
const TM_JVM_GROUP: Record<(typeof TM_STACK)[number], 'heap' | 'direct' | 'native'> = {
  frameworkHeap: 'heap',
  taskHeap: 'heap',
  frameworkOffHeap: 'direct',
  taskOffHeap: 'direct',
  network: 'direct',
  managed: 'native',
  jvmMetaspace: 'native',
  jvmOverhead: 'native',
};

/**
 * Figures the MiniCluster leaves unbounded in local execution: Flink fills task heap, task
 * off-heap and CPU cores with "the maximal possible value", so their sums are no real size.
 */
const LOCAL_UNBOUNDED: ReadonlySet<string> = new Set([
  'taskHeap',
  'taskOffHeap',
  'totalFlink',
  'totalProcess',
  'jvmHeap',
  'jvmDirect',
]);
/** Options local execution does not read (the model's LOCAL_UNUSED, see its WARN line). */
const LOCAL_IGNORED = [
  'taskmanager.memory.process.size',
  'taskmanager.memory.flink.size',
  'taskmanager.memory.framework.heap.size',
  'taskmanager.memory.framework.off-heap.size',
  'taskmanager.memory.jvm-metaspace.size',
  'taskmanager.memory.jvm-overhead.min',
  'taskmanager.memory.jvm-overhead.max',
  'taskmanager.memory.jvm-overhead.fraction',
];

const LEVEL: Partial<Record<keyof TaskManagerFigures, number>> = { totalProcess: 0, totalFlink: 0, jvmHeap: 0, jvmDirect: 0 };

const load = importOnce(() => import('./compute'));

function TaskManagerCalculator(props: IslandProps & { initial: WithHuman<TmView> }) {
  const { t, explanations } = props;
  const c = useCalculator(props, { load, initial: props.initial });
  const { result, hr, pending, failed, uid } = c;
  const label = (n: string) => figureLabel(t, n);
  const local = result.ok && result.path === 'local';
  // In local execution an unbounded figure reads "unlimited", never "2.002tb".
  const shown = (n: string, b: bigint) =>
    local && LOCAL_UNBOUNDED.has(n) && !localSetExplicitly(n, c.st.state.config) ? t.localUnlimited : hr(b);

  return (
    <CalculatorFrame
      p={props}
      c={c}
      mode={c.st.state.mode}
      ok={result.ok}
      errorKeys={result.ok ? [] : (result.error.keys ?? [])}
      summary={{
        items: result.ok
          ? [
              { name: 'totalProcess', label: t['sum.process'], value: shown('totalProcess', result.totalProcess) },
              { name: 'jvmHeap', label: t['sum.heap'], value: shown('jvmHeap', result.jvmHeap) },
              { name: 'jvmDirect', label: t['sum.direct'], value: shown('jvmDirect', result.jvmDirect) },
              { name: 'managed', label: t['sum.managed'], value: shown('managed', result.managed) },
              { name: 'network', label: t['sum.network'], value: shown('network', result.network) },
            ]
          : [],
      }}
    >
      <Results
        t={t}
        busy={pending}
        failed={failed}
        announce={
          result.ok
            ? `${t['fig.totalProcess']}: ${shown('totalProcess', result.totalProcess)}; ${t['fig.jvmHeap']}: ${shown('jvmHeap', result.jvmHeap)}; ${t['fig.managed']}: ${hr(result.managed)}; ${t['fig.network']}: ${hr(result.network)}`
            : t.refusedTitle
        }
      >
        {result.ok ? (
          <>
            <p class="calc__path" data-path={result.path}>
              <strong>{t['tm.path']}:</strong>{' '}
              {fill(t[`tm.path.${result.path}`], { keys: result.explicitKeys.join(', ') || '—' })}
            </p>
            <p class="calc__slots">
              {fill(t['tm.slots'], {
                slots: result.numSlots,
                cores: local && !c.st.state.config['taskmanager.cpu.cores'] ? t.localUnlimited : String(result.cpuCores),
              })}
            </p>
            {local && (
              <p class="calc__local" data-local-ignored="">
                {fill(t.localIgnored, { keys: LOCAL_IGNORED.join(', ') })}
              </p>
            )}
            <PoolDiagram
              t={t}
              uid={uid}
              human={hr}
              bars={
                local
                  ? [
                      {
                        label: t.diagramProcess,
                        parts: TM_STACK.filter((n) => !LOCAL_UNBOUNDED.has(n) || localSetExplicitly(n, c.st.state.config)).map(
                          (n) => ({ name: n, label: label(n), bytes: result[n] }),
                        ),
                      },
                    ]
                  : [
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
                    ]
              }
            />
            <FigureTable
              t={t}
              rows={figureRows(t, TM_TABLE, result, hr, LEVEL).map((r) =>
                shown(r.name, r.bytes) === t.localUnlimited ? { ...r, human: t.localUnlimited, exact: '—' } : r,
              )}
            />
            <CopyBlock t={t} label={t.jvmParams} text={result.jvmParams} figure="jvmParams" />
            <CopyBlock t={t} label={t.dynamicConfigs} text={result.dynamicConfigs} figure="dynamicConfigs" />
          </>
        ) : (
          <Refusal t={t} error={result.error} explanations={explanations} advice={result.advice} lang={props.lang} />
        )}
        <LogList t={t} log={result.log} explanations={explanations} />
      </Results>
    </CalculatorFrame>
  );
}

export default withIslandData(TaskManagerCalculator, load);

/** Whether the reader set the option behind a task heap / off-heap figure (then it is a real size). */
function localSetExplicitly(name: string, config: Readonly<Record<string, string>>): boolean {
  if (name === 'taskHeap') return !!config['taskmanager.memory.task.heap.size'];
  if (name === 'taskOffHeap') return !!config['taskmanager.memory.task.off-heap.size'];
  if (name === 'jvmHeap') return !!config['taskmanager.memory.task.heap.size'];
  if (name === 'jvmDirect') return !!config['taskmanager.memory.task.off-heap.size'];
  return !!config['taskmanager.memory.task.heap.size'] && !!config['taskmanager.memory.task.off-heap.size'];
}
