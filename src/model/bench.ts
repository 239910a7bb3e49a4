/**
 * Throughput micro-benchmark of the derivations (no assertions on time): TaskManager and
 * JobManager derivations per second over a fixed mix of configurations, on the calling thread.
 */
import { deriveTaskManager } from './taskmanager';
import { deriveJobManager } from './jobmanager';
import type { ConfigMap, FlinkVersion } from './types';

export interface BenchResult {
  name: string;
  derivations: number;
  /** Wall-clock seconds measured. */
  seconds: number;
  /** Derivations per wall-clock second. */
  perSecond: number;
  /** Derivations per second of this process's CPU time (fairer on a busy machine); null without `process`. */
  perCpuSecond: number | null;
}

function cpuMicros(): number | null {
  const p = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (!p?.cpuUsage) return null;
  const u = p.cpuUsage();
  return u.user + u.system;
}

const TM_MIX: readonly ConfigMap[] = [
  { 'taskmanager.memory.process.size': '1728m' },
  { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' },
  { 'taskmanager.memory.flink.size': '1280m' },
  { 'taskmanager.memory.task.heap.size': '512m', 'taskmanager.memory.managed.size': '512m' },
  {
    'taskmanager.memory.process.size': '16g',
    'taskmanager.memory.managed.fraction': '0.6',
    'taskmanager.memory.network.fraction': '0.05',
  },
  { 'taskmanager.memory.process.size': '600m' },
];
const JM_MIX: readonly ConfigMap[] = [
  { 'jobmanager.memory.process.size': '1600m' },
  { 'jobmanager.memory.process.size': '4g' },
  { 'jobmanager.memory.flink.size': '1280m' },
  { 'jobmanager.memory.heap.size': '1024m' },
  { 'jobmanager.memory.process.size': '500m' },
];

function run(name: string, minSeconds: number, once: (i: number) => unknown): BenchResult {
  for (let i = 0; i < 2000; i++) once(i); // warm-up
  let n = 0;
  const c0 = cpuMicros();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000) {
    for (let i = 0; i < 1000; i++) once(n++);
    elapsed = performance.now() - t0;
  }
  const c1 = cpuMicros();
  const seconds = elapsed / 1000;
  const cpu = c0 === null || c1 === null ? null : (c1 - c0) / 1e6;
  return { name, derivations: n, seconds, perSecond: Math.round(n / seconds), perCpuSecond: cpu ? Math.round(n / cpu) : null };
}

/** Derivations per second for TaskManager and JobManager (each measured for `minSeconds`). */
export function benchDerivations(minSeconds = 1, version: FlinkVersion = '2.0'): BenchResult[] {
  return [
    run('TaskManager', minSeconds, (i) => deriveTaskManager(TM_MIX[i % TM_MIX.length]!, { version })),
    run('JobManager', minSeconds, (i) => deriveJobManager(JM_MIX[i % JM_MIX.length]!, { version })),
  ];
}
