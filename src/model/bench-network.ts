/**
 * Throughput micro-benchmark of the job-level network estimate (no assertions on time): job
 * estimates per second over a fixed mix of jobs on a default 1728m TaskManager (its network
 * configuration derived once), on the calling thread.
 */
import { tmNetworkConfiguration } from './network/tm';
import { estimateJob, type JobDescription } from './network/job';
import type { FlinkVersion } from './types';

export interface NetworkBenchResult {
  name: string;
  estimates: number;
  seconds: number;
  perSecond: number;
}

const JOBS: readonly JobDescription[] = [
  {
    vertices: [{ name: 'src', parallelism: 4 }, { name: 'sink', parallelism: 4 }],
    edges: [{ from: 'src', to: 'sink', pattern: 'all-to-all' }],
    slotsPerTm: 4,
  },
  {
    vertices: [
      { name: 'kafka', parallelism: 32 },
      { name: 'map', parallelism: 32 },
      { name: 'window', parallelism: 64 },
      { name: 'sink', parallelism: 16 },
    ],
    edges: [
      { from: 'kafka', to: 'map', pattern: 'forward' },
      { from: 'map', to: 'window', pattern: 'all-to-all' },
      { from: 'window', to: 'sink', pattern: 'rescale' },
    ],
    slotsPerTm: 8,
  },
  {
    vertices: [{ name: 'scan', parallelism: 200 }, { name: 'agg', parallelism: 200 }],
    edges: [{ from: 'scan', to: 'agg', pattern: 'all-to-all', partitionType: 'BLOCKING' }],
    slotsPerTm: 16,
    slotSharing: false,
  },
];

/** Job estimates per second for `version` (default 1.20), running at least `minSeconds`. */
export function benchNetworkEstimate(minSeconds = 1, version: FlinkVersion = '1.20'): NetworkBenchResult {
  const net = tmNetworkConfiguration({ 'taskmanager.memory.process.size': '1728m' }, { version });
  if (!net.ok) throw new Error(net.error.message);
  const once = (i: number): unknown => estimateJob(JOBS[i % JOBS.length]!, net.value, version);
  for (let i = 0; i < 200; i++) once(i);
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000) {
    for (let i = 0; i < 50; i++) once(n++);
    elapsed = performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  return { name: `network job estimate (${version})`, estimates: n, seconds, perSecond: n / seconds };
}
