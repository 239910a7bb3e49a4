/**
 * The network calculator in the words jobs are written in: what an exchange in a DataStream or
 * SQL job becomes in Flink's job graph (distribution pattern + result partition type), and a few
 * whole topologies to start from. Chained operators have no network edge at all.
 */
import type { JobDraft } from './job';

/** Exchange kinds as users write them, with what Flink makes of them. */
export const EDGE_KINDS = {
  // keyBy, rebalance, shuffle, a SQL join or GROUP BY: every producer talks to every consumer.
  keyBy: { pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' },
  // Same parallelism, not chained (e.g. chaining disabled or a slot-sharing boundary).
  forward: { pattern: 'forward', partitionType: 'PIPELINED_BOUNDED' },
  rescale: { pattern: 'rescale', partitionType: 'PIPELINED_BOUNDED' },
  broadcast: { pattern: 'broadcast', partitionType: 'PIPELINED_BOUNDED' },
  // Batch mode, execution.batch-shuffle-mode ALL_EXCHANGES_BLOCKING (the default).
  batchBlocking: { pattern: 'all-to-all', partitionType: 'BLOCKING' },
  // Batch mode, ALL_EXCHANGES_HYBRID_FULL.
  batchHybrid: { pattern: 'all-to-all', partitionType: 'HYBRID_FULL' },
} as const satisfies Record<string, { pattern: string; partitionType: string }>;
export type EdgeKind = keyof typeof EDGE_KINDS;
export const EDGE_KIND_NAMES = Object.keys(EDGE_KINDS) as EdgeKind[];

/** The kind an edge is, or null when its pattern / type pair is not one of the named kinds. */
export function edgeKind(e: { pattern: string; partitionType: string }): EdgeKind | null {
  return (
    EDGE_KIND_NAMES.find((k) => EDGE_KINDS[k].pattern === e.pattern && EDGE_KINDS[k].partitionType === e.partitionType) ?? null
  );
}

const edge = (from: string, to: string, kind: EdgeKind) => ({ from, to, ...EDGE_KINDS[kind] });

/** Whole jobs to start from. */
export const TOPOLOGIES = {
  keyBy: {
    vertices: [
      { name: 'source', parallelism: 4 },
      { name: 'window', parallelism: 4 },
      { name: 'sink', parallelism: 4 },
    ],
    edges: [edge('source', 'window', 'keyBy'), edge('window', 'sink', 'forward')],
  },
  sql3: {
    vertices: [
      { name: 'source', parallelism: 8 },
      { name: 'join', parallelism: 8 },
      { name: 'aggregate', parallelism: 8 },
      { name: 'sink', parallelism: 8 },
    ],
    edges: [edge('source', 'join', 'keyBy'), edge('join', 'aggregate', 'keyBy'), edge('aggregate', 'sink', 'forward')],
  },
  batchWide: {
    vertices: [
      { name: 'source', parallelism: 64 },
      { name: 'aggregate', parallelism: 64 },
      { name: 'sink', parallelism: 64 },
    ],
    edges: [
      edge('source', 'aggregate', 'batchBlocking'),
      { from: 'aggregate', to: 'sink', pattern: 'forward', partitionType: 'BLOCKING' },
    ],
  },
} as const satisfies Record<string, JobDraft>;
export type Topology = keyof typeof TOPOLOGIES;
export const TOPOLOGY_NAMES = Object.keys(TOPOLOGIES) as Topology[];
