/** The TaskManager calculator: all three configuration paths, slots, local execution. */
import { DEPLOYMENT_MODES } from '~/model/types';
import type { CalculatorDefinition } from '../kit/types';

/** Keys the TaskManager calculator offers, in form order, with their group. */
export const TM_FIELDS: readonly (readonly [string, string])[] = [
  ['taskmanager.memory.process.size', 'totals'],
  ['taskmanager.memory.flink.size', 'totals'],
  ['taskmanager.memory.task.heap.size', 'components'],
  ['taskmanager.memory.managed.size', 'components'],
  ['taskmanager.memory.managed.fraction', 'components'],
  ['taskmanager.memory.framework.heap.size', 'components'],
  ['taskmanager.memory.framework.off-heap.size', 'components'],
  ['taskmanager.memory.task.off-heap.size', 'components'],
  ['taskmanager.memory.network.min', 'network'],
  ['taskmanager.memory.network.max', 'network'],
  ['taskmanager.memory.network.fraction', 'network'],
  ['taskmanager.memory.jvm-metaspace.size', 'jvm'],
  ['taskmanager.memory.jvm-overhead.min', 'jvm'],
  ['taskmanager.memory.jvm-overhead.max', 'jvm'],
  ['taskmanager.memory.jvm-overhead.fraction', 'jvm'],
  ['taskmanager.numberOfTaskSlots', 'slots'],
  ['taskmanager.cpu.cores', 'slots'],
  ['taskmanager.memory.segment-size', 'network'],
  ['taskmanager.heap.size', 'legacy'],
  ['taskmanager.heap.mb', 'legacy'],
  ['taskmanager.network.numberOfBuffers', 'legacy'],
];

export const taskmanager = {
  name: 'taskmanager',
  strings: 'tm',
  fields: TM_FIELDS,
  extras: [],
  // Flink's shipped configuration file.
  preset: { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
  modes: DEPLOYMENT_MODES,
  related: ['rocksdb', 'network'],
} as const satisfies CalculatorDefinition<'taskmanager'>;
