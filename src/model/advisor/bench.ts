/**
 * Throughput of the advisor and the compare view (for `npm run bench`): advices and comparisons
 * per second over a fixed mix of inputs, on the calling thread. No assertions on time.
 */
import { advise } from './advise';
import { compareConfigs } from '../compare';
import type { AdvisorInput } from './types';

const ADVISE_MIX: readonly AdvisorInput[] = [
  {
    version: '1.20',
    taskManager: { memory: '4Gi', cpus: 2 },
    job: { stateBackend: 'rocksdb', stateSizePerSlot: '2g', parallelism: 8 },
  },
  { deployment: 'yarn', taskManager: { memory: 8192, cpus: 4 }, job: { parallelism: 16 } },
  { version: '2.0', taskManager: { memory: '8Gi', cpus: 4 }, job: { mode: 'batch', parallelism: 32, sql: { joins: true } } },
  { taskManager: { memory: '512Mi', cpus: 0 } },
];
const DIFF_MIX = [
  { a: { 'taskmanager.memory.process.size': '16g', 'jobmanager.memory.process.size': '1600m' }, from: '1.16', to: '2.0' },
  { a: { 'taskmanager.heap.size': '2g' }, from: '1.17', to: '2.0' },
  { a: { 'taskmanager.memory.process.size': '4g' }, b: { 'taskmanager.memory.process.size': '8g' }, from: '1.20', to: '1.20' },
] as const;

function perSecond(minSeconds: number, once: (i: number) => unknown): number {
  for (let i = 0; i < 20; i++) once(i);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minSeconds * 1000) once(n++);
  return Math.round(n / ((performance.now() - t0) / 1000));
}

/** Advices and comparisons per second (each measured for `minSeconds`). */
export function benchAdvisor(minSeconds = 1): { name: 'Advise' | 'Diff'; perSecond: number }[] {
  return [
    { name: 'Advise', perSecond: perSecond(minSeconds, (i) => advise(ADVISE_MIX[i % ADVISE_MIX.length])) },
    { name: 'Diff', perSecond: perSecond(minSeconds, (i) => compareConfigs(DIFF_MIX[i % DIFF_MIX.length]!)) },
  ];
}
