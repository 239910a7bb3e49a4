/**
 * The blocks Flink logs after deriving memory ("Final TaskExecutor Memory configuration" from
 * TaskExecutorProcessUtils / BashJavaUtils, "Final Master Memory configuration" from
 * JobManagerProcessUtils), with Flink's exact indentation and human-readable sizes
 * (process-memory.md §6.4, §7.4). Used by the CLI and by the diagnosis round-trip tests.
 */
import { toHumanReadable } from './memorysize';
import type { JobManagerFigures, TaskManagerFigures } from './types';

const row = (label: string, bytes: bigint, width: number): string => label.padEnd(width) + toHumanReadable(bytes);

/** Lines of the TaskManager block, header first. */
export function taskManagerLogBlock(r: TaskManagerFigures): string[] {
  const w = 33;
  return [
    'Final TaskExecutor Memory configuration:',
    row('  Total Process Memory:', r.totalProcess, w),
    row('    Total Flink Memory:', r.totalFlink, w),
    row('      Total JVM Heap Memory:', r.jvmHeap, w),
    row('        Framework:', r.frameworkHeap, w),
    row('        Task:', r.taskHeap, w),
    row('      Total Off-heap Memory:', r.managed + r.jvmDirect, w),
    row('        Managed:', r.managed, w),
    row('        Total JVM Direct Memory:', r.jvmDirect, w),
    row('          Framework:', r.frameworkOffHeap, w),
    row('          Task:', r.taskOffHeap, w),
    row('          Network:', r.network, w),
    row('    JVM Metaspace:', r.jvmMetaspace, w),
    row('    JVM Overhead:', r.jvmOverhead, w),
  ];
}

/** Lines of the JobManager block, header first. */
export function jobManagerLogBlock(r: JobManagerFigures): string[] {
  const w = 24;
  return [
    'Final Master Memory configuration:',
    row('  Total Process Memory:', r.totalProcess, w),
    row('    Total Flink Memory:', r.totalFlink, w),
    row('      JVM Heap:', r.jvmHeap, w),
    row('      Off-heap:', r.offHeap, w),
    row('    JVM Metaspace:', r.jvmMetaspace, w),
    row('    JVM Overhead:', r.jvmOverhead, w),
  ];
}
