/**
 * The exchange shapes the advisor offers, turned into the network model's job description (and
 * the network calculator's link format, so "open in the network calculator" shows the same job).
 */
import type { JobDescription, JobEdge } from '../network/job';
import type { PartitionType } from '../network/pools';
import type { ExchangePreset, JobMode } from './types';

type Shape = { vertices: string[]; edges: [string, string, JobEdge['pattern']][] };

const SHAPES: Readonly<Record<ExchangePreset, Shape>> = {
  forward: { vertices: ['source', 'sink'], edges: [['source', 'sink', 'forward']] },
  'one-shuffle': {
    vertices: ['source', 'keyed', 'sink'],
    edges: [
      ['source', 'keyed', 'all-to-all'],
      ['keyed', 'sink', 'forward'],
    ],
  },
  'two-shuffles': {
    vertices: ['source', 'keyed1', 'keyed2', 'sink'],
    edges: [
      ['source', 'keyed1', 'all-to-all'],
      ['keyed1', 'keyed2', 'all-to-all'],
      ['keyed2', 'sink', 'forward'],
    ],
  },
  'broadcast-join': {
    vertices: ['source', 'dim', 'join', 'sink'],
    edges: [
      ['source', 'join', 'all-to-all'],
      ['dim', 'join', 'broadcast'],
      ['join', 'sink', 'forward'],
    ],
  },
  'wide-batch': {
    vertices: ['scan', 'agg', 'join', 'sort', 'sink'],
    edges: [
      ['scan', 'agg', 'all-to-all'],
      ['agg', 'join', 'all-to-all'],
      ['scan', 'join', 'all-to-all'],
      ['join', 'sort', 'all-to-all'],
      ['sort', 'sink', 'forward'],
    ],
  },
};

/** Streaming edges are pipelined and bounded; batch exchanges are blocking (Flink's batch default). */
export function partitionTypeFor(mode: JobMode): PartitionType {
  return mode === 'batch' ? 'BLOCKING' : 'PIPELINED_BOUNDED';
}

/** The job the network check runs: every vertex at `parallelism`, slot sharing on. */
export function exchangeJob(preset: ExchangePreset, parallelism: number, slotsPerTm: number, mode: JobMode): JobDescription {
  const s = SHAPES[preset];
  const type = partitionTypeFor(mode);
  return {
    vertices: s.vertices.map((name) => ({ name, parallelism })),
    edges: s.edges.map(([from, to, pattern]) => ({ from, to, pattern, partitionType: type })),
    slotsPerTm,
  };
}

/** `source*4,sink*4;source>sink:forward:PIPELINED_BOUNDED` — the network calculator's `job` link parameter. */
export function encodeExchangeJob(job: JobDescription): string {
  const v = job.vertices.map((x) => `${x.name}*${x.parallelism}`).join(',');
  const e = job.edges.map((x) => `${x.from}>${x.to}:${x.pattern}:${x.partitionType ?? 'PIPELINED_BOUNDED'}`).join(',');
  return e ? `${v};${e}` : v;
}
