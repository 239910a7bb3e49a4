/**
 * Local execution (MiniCluster / IDE) read for a reader: Flink fills the task heap, task off-heap
 * and CPU cores with "the maximal possible value" (1 TiB / 1000000.0 since 1.12.5, Long/Double
 * MAX before), so figures such as "Total Process Memory 2.002tb" or "1000000 CPU cores" are not
 * limits but "unlimited"; metaspace, overhead and the process total do not apply (the MiniCluster
 * runs inside the caller's JVM); and the options listed in Flink's WARN are ignored.
 * Facts: process-memory.md §8.1.
 */
import type { LogEntry, TaskManagerFigures } from './types';

export type TmFigureName =
  | 'frameworkHeap'
  | 'taskHeap'
  | 'frameworkOffHeap'
  | 'taskOffHeap'
  | 'network'
  | 'managed'
  | 'jvmMetaspace'
  | 'jvmOverhead'
  | 'totalFlink'
  | 'totalProcess'
  | 'jvmHeap'
  | 'jvmDirect'
  | 'cpuCores';

export interface LocalModeView {
  /** Figures that are Flink's "maximal possible value" (or sums including one): show "unlimited". */
  unlimited: TmFigureName[];
  /** Figures with no meaning in local execution: show "not applicable". */
  notApplicable: TmFigureName[];
  /** Options the reader set that local execution ignores (Flink logs a WARN for each). */
  ignoredInputs: string[];
  /** Options Flink filled because local execution needs them (INFO), with the value it used. */
  filled: { key: string; value: string }[];
}

const FILLED_MAX: Record<string, TmFigureName> = {
  'taskmanager.memory.task.heap.size': 'taskHeap',
  'taskmanager.memory.task.off-heap.size': 'taskOffHeap',
  'taskmanager.cpu.cores': 'cpuCores',
};

/** How to read a local-mode result; `log` is the derivation's log (its INFO/WARN lines). */
export function localModeView(r: Pick<TaskManagerFigures, 'path'>, log: readonly LogEntry[]): LocalModeView | undefined {
  if (r.path !== 'local') return undefined;
  const unlimited = new Set<TmFigureName>();
  const filled: { key: string; value: string }[] = [];
  for (const l of log) {
    if (l.id !== 'log.local-option-filled') continue;
    const key = l.params?.['key'] ?? l.keys?.[0] ?? '';
    filled.push({ key, value: l.params?.['value'] ?? '' });
    const fig = FILLED_MAX[key];
    if (fig) unlimited.add(fig);
  }
  if (unlimited.has('taskHeap')) unlimited.add('jvmHeap');
  if (unlimited.has('taskOffHeap')) unlimited.add('jvmDirect');
  if (unlimited.has('taskHeap') || unlimited.has('taskOffHeap')) unlimited.add('totalFlink');
  const ignoredInputs = [
    ...new Set(log.filter((l) => l.id === 'log.local-option-no-effect').map((l) => l.params?.['key'] ?? l.keys?.[0] ?? '')),
  ].filter((k) => k !== '');
  return {
    unlimited: [...unlimited],
    notApplicable: ['jvmMetaspace', 'jvmOverhead', 'totalProcess'],
    ignoredInputs,
    filled,
  };
}
