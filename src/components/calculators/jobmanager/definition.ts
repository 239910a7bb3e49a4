/** The JobManager calculator: heap, off-heap with the direct-memory-limit switch, metaspace, overhead. */
import type { CalculatorDefinition } from '../kit/types';

export const jobmanager = {
  name: 'jobmanager',
  strings: 'jm',
  // Its path line reads `tm.path`.
  alsoStrings: ['tm'],
  fields: [
    ['jobmanager.memory.process.size', 'totals'],
    ['jobmanager.memory.flink.size', 'totals'],
    ['jobmanager.memory.heap.size', 'components'],
    ['jobmanager.memory.off-heap.size', 'components'],
    ['jobmanager.memory.enable-jvm-direct-memory-limit', 'components'],
    ['jobmanager.memory.jvm-metaspace.size', 'jvm'],
    ['jobmanager.memory.jvm-overhead.min', 'jvm'],
    ['jobmanager.memory.jvm-overhead.max', 'jvm'],
    ['jobmanager.memory.jvm-overhead.fraction', 'jvm'],
    ['jobmanager.heap.size', 'legacy'],
    ['jobmanager.heap.mb', 'legacy'],
  ],
  extras: [],
  preset: { 'jobmanager.memory.process.size': '1600m' },
  // The JobManager has no local mode (its options are ignored there).
  modes: ['standalone', 'active', 'raw'],
} as const satisfies CalculatorDefinition<'jobmanager'>;
