/**
 * Job-level network buffer estimate: from a small job description (vertices with parallelism,
 * edges with distribution pattern and partition type, slots per TaskManager, slot sharing) to,
 * per TaskManager, the buffers Flink reserves (required — must fit or the task fails with
 * "Insufficient number of network buffers") and the buffers its pools may grow to (target),
 * with a per-edge breakdown, a verdict that replays Flink's reservations in setup order and names
 * the first pool that fails, and the smallest fix. Facts: network-and-managed.md §2.1, §2.6, §2.8.
 *
 * Placement is a stated assumption, not Flink's scheduler: with slot sharing, subtask i of every
 * vertex runs in slot i; without it, subtasks fill slots in vertex order. Slots fill TaskManagers
 * in order.
 */
import type { FlinkError, FlinkVersion } from '../types';
import { atLeast } from '../version';
import type { NetworkArgs } from './config';
import { KEY } from './config';
import { INT_MAX, refusal } from './java';
import {
  announceBuffers,
  gateSpec,
  getsOverdraft,
  isPartitionType,
  partitionMinMax,
  typeExistsIn,
  UNBOUNDED,
  type PartitionType,
} from './pools';

export const DISTRIBUTION_PATTERNS = ['all-to-all', 'forward', 'rescale', 'broadcast'] as const;
export type DistributionPattern = (typeof DISTRIBUTION_PATTERNS)[number];

export interface JobVertex {
  name: string;
  parallelism: number;
}
export interface JobEdge {
  from: string;
  to: string;
  pattern: DistributionPattern;
  /** Default PIPELINED_BOUNDED (what DataStream/SQL streaming edges get). */
  partitionType?: PartitionType;
}
/** A job as the estimate needs it. */
export interface JobDescription {
  vertices: readonly JobVertex[];
  edges: readonly JobEdge[];
  slotsPerTm: number;
  /** Default true (one slot sharing group). */
  slotSharing?: boolean;
}

/** The TaskManager side: buffer count, segment size and the pool arguments. */
export interface TmNetwork extends NetworkArgs {
  numNetworkBuffers: number;
  networkBufferSize: number;
  maxOverdraftBuffersPerGate: number | null;
}

/** Why a job description cannot be estimated (explained via `src/i18n/explanations-network.ts`). */
export interface JobInputError {
  id:
    | 'job.noVertices'
    | 'job.badParallelism'
    | 'job.badSlots'
    | 'job.duplicateVertex'
    | 'job.unknownVertex'
    | 'job.selfLoop'
    | 'job.forwardParallelism'
    | 'job.badPartitionType'
    | 'job.typeNotInVersion'
    | 'job.badPattern'
    | 'job.tooLarge';
  params: Record<string, string>;
}

export interface EdgeBreakdown {
  edge: string;
  pattern: DistributionPattern;
  partitionType: PartitionType;
  /** Subpartitions per producer subtask (max over subtasks). */
  subpartitions: number;
  /** Channels per consumer gate (max over subtasks). */
  channels: number;
  partition: { min: number; max: number; unbounded: boolean; overdraft: number };
  gate: { exclusivePerRemoteChannel: number; floatingMin: number; floatingMax: number; target: number };
  /** Per TaskManager: required / target of this edge's pools (partitions + gates + exclusive). */
  perTm: { required: number; target: number | null }[];
}

export interface TmEstimate {
  tm: number;
  subtasks: number;
  /** Σ pool minima + exclusive buffers of remote channels: must fit. */
  required: number;
  /** Σ pool maxima + exclusive (null = some pool is unbounded, e.g. PIPELINED). */
  target: number | null;
  /** Best-effort overdraft on top (1.16+: pipelined partitions only). */
  overdraft: number;
  /** What the tasks would announce under fine-grained resource management (null = not announceable). */
  announced: number | null;
  partitions: number;
  gates: number;
  remoteChannels: number;
}

/** The first reservation that would fail, replayed in Flink's setup order. */
export interface NetworkVerdict {
  ok: boolean;
  tm?: number;
  /** e.g. `partition of map[3] → sink`, `exclusive buffers of a remote channel of sink[0] ← map`. */
  pool?: { kind: 'partition' | 'gate-floating' | 'exclusive'; subtask: string; edge: string; request: number };
  error?: FlinkError;
}

export interface NetworkFix {
  /** Buffers the tightest TaskManager must have. */
  buffersNeeded: number;
  /** Network memory that gives that many buffers (buffers × segment size). */
  networkMemoryNeeded: bigint;
  /** 1.x only: the largest buffers-per-channel that fits the current memory (null = none / 2.x). */
  buffersPerChannelThatFits: number | null;
}

export interface JobEstimate {
  version: FlinkVersion;
  numTms: number;
  slotsUsed: number;
  tms: TmEstimate[];
  /** Max over TaskManagers. */
  requiredPerTm: number;
  targetPerTm: number | null;
  overdraftPerTm: number;
  announcedPerTm: number | null;
  edges: EdgeBreakdown[];
  numNetworkBuffers: number;
  verdict: NetworkVerdict;
  fix: NetworkFix | null;
}

export type JobEstimateResult = { ok: true; value: JobEstimate } | { ok: false; inputError: JobInputError };

/** Upper bound on simulated subtasks/channels, so a typo (parallelism 1e9) cannot hang a page. */
const MAX_WORK = 5_000_000;

function inputError(id: JobInputError['id'], params: Record<string, string> = {}): JobEstimateResult {
  return { ok: false, inputError: { id, params } };
}

/** Consumers of producer j (pointwise, Flink's `EdgeManagerBuildUtil.connectPointwise`). */
function pointwise(
  up: number,
  down: number,
): { consumersOf: (j: number) => [number, number]; producersOf: (i: number) => [number, number] } {
  if (up >= down) {
    // consumer i reads producers [i*up/down, (i+1)*up/down)
    return {
      producersOf: (i) => [Math.floor((i * up) / down), Math.floor(((i + 1) * up) / down)],
      consumersOf: (j) => {
        // the single consumer whose range contains j
        let i = Math.floor((j * down) / up);
        while (i > 0 && Math.floor((i * up) / down) > j) i--;
        while (i < down - 1 && Math.floor(((i + 1) * up) / down) <= j) i++;
        return [i, i + 1];
      },
    };
  }
  // producer j writes to consumers [ceil(j*down/up), ceil((j+1)*down/up))
  const start = (j: number): number => Math.floor((j * down + up - 1) / up);
  return {
    consumersOf: (j) => [start(j), start(j + 1)],
    producersOf: (i) => {
      let j = Math.floor((i * up) / down);
      while (j > 0 && start(j) > i) j--;
      while (j < up - 1 && start(j + 1) <= i) j++;
      return [j, j + 1];
    },
  };
}

interface Pool {
  kind: 'partition' | 'gate-floating' | 'exclusive';
  /** Setup order: vertex index, subtask index, 0 = partition / 1 = gate. */
  ord: [number, number, number];
  subtask: string;
  edge: string;
  min: number;
  max: number;
  /** exclusive: number of remote channels each requesting `min`. */
  count: number;
}

/**
 * Estimates network buffers per TaskManager for `job` on TaskManagers with network `tm`, for
 * `version`. Never throws; bad input → `inputError` with an id and parameters.
 */
export function estimateJob(job: JobDescription, tm: TmNetwork, version: FlinkVersion): JobEstimateResult {
  if (job.vertices.length === 0) return inputError('job.noVertices');
  const S = job.slotsPerTm;
  if (!Number.isInteger(S) || S < 1 || S > 100_000) return inputError('job.badSlots', { value: String(S) });
  const byName = new Map<string, number>();
  for (const [k, v] of job.vertices.entries()) {
    if (byName.has(v.name)) return inputError('job.duplicateVertex', { name: v.name });
    if (!Number.isInteger(v.parallelism) || v.parallelism < 1 || v.parallelism > 100_000) {
      return inputError('job.badParallelism', { name: v.name, value: String(v.parallelism) });
    }
    byName.set(v.name, k);
  }
  let work = 0;
  for (const e of job.edges) {
    const a = byName.get(e.from);
    const b = byName.get(e.to);
    if (a === undefined) return inputError('job.unknownVertex', { name: e.from });
    if (b === undefined) return inputError('job.unknownVertex', { name: e.to });
    if (a === b) return inputError('job.selfLoop', { name: e.from });
    if (!(DISTRIBUTION_PATTERNS as readonly string[]).includes(e.pattern))
      return inputError('job.badPattern', { value: String(e.pattern) });
    const t = e.partitionType ?? 'PIPELINED_BOUNDED';
    if (!isPartitionType(t)) return inputError('job.badPartitionType', { value: String(t) });
    if (!typeExistsIn(t, version)) return inputError('job.typeNotInVersion', { type: t, version });
    const pa = job.vertices[a]!.parallelism;
    const pb = job.vertices[b]!.parallelism;
    if (e.pattern === 'forward' && pa !== pb) {
      return inputError('job.forwardParallelism', { from: e.from, to: e.to, up: String(pa), down: String(pb) });
    }
    work += pa + pb;
  }
  const sharing = job.slotSharing ?? true;
  // Slot of every subtask.
  const slotOf: number[][] = [];
  let slotsUsed = 0;
  if (sharing) {
    for (const v of job.vertices) {
      slotOf.push(Array.from({ length: v.parallelism }, (_, i) => i));
      slotsUsed = Math.max(slotsUsed, v.parallelism);
    }
  } else {
    for (const v of job.vertices) {
      slotOf.push(Array.from({ length: v.parallelism }, (_, i) => slotsUsed + i));
      slotsUsed += v.parallelism;
    }
  }
  work += slotsUsed;
  if (work > MAX_WORK) return inputError('job.tooLarge', { value: String(work) });
  const numTms = Math.ceil(slotsUsed / S);
  const tmOf = (vi: number, i: number): number => Math.floor(slotOf[vi]![i]! / S);
  // count[vi][tm] = subtasks of vertex vi on tm
  const count: number[][] = job.vertices.map((v, vi) => {
    const c = new Array<number>(numTms).fill(0);
    for (let i = 0; i < v.parallelism; i++) c[tmOf(vi, i)]!++;
    return c;
  });

  const args: NetworkArgs = tm;
  const od = tm.maxOverdraftBuffersPerGate ?? 0;
  const tms: TmEstimate[] = Array.from({ length: numTms }, (_, k) => ({
    tm: k,
    subtasks: job.vertices.reduce((s, _v, vi) => s + count[vi]![k]!, 0),
    required: 0,
    target: 0 as number | null,
    overdraft: 0,
    announced: 0 as number | null,
    partitions: 0,
    gates: 0,
    remoteChannels: 0,
  }));
  // Pools per TaskManager in setup order: tasks in vertex order, subtask order; partitions first.
  const setup: Pool[][] = Array.from({ length: numTms }, () => []);
  const late: Pool[][] = Array.from({ length: numTms }, () => []);
  const edges: EdgeBreakdown[] = [];
  // Per task announce inputs/outputs (for fine-grained announcement).
  const annIn: { channels: number; type: PartitionType }[][][] = job.vertices.map((v) =>
    Array.from({ length: v.parallelism }, () => []),
  );
  const annOut: { subpartitions: number; type: PartitionType }[][][] = job.vertices.map((v) =>
    Array.from({ length: v.parallelism }, () => []),
  );
  const exclusiveEarly = !atLeast(version, '1.12');

  for (const e of job.edges) {
    const a = byName.get(e.from)!;
    const b = byName.get(e.to)!;
    const up = job.vertices[a]!.parallelism;
    const down = job.vertices[b]!.parallelism;
    const type = e.partitionType ?? 'PIPELINED_BOUNDED';
    const name = `${e.from} → ${e.to}`;
    const pw = e.pattern === 'forward' || e.pattern === 'rescale' ? pointwise(up, down) : null;
    const perTm = Array.from({ length: numTms }, () => ({ required: 0, target: 0 as number | null }));
    let maxN = 0;
    let maxC = 0;
    let partMin = 0;
    let partMax = 0;
    let partOd = 0;
    let gateE = 0;
    let gateFMin = 0;
    let gateFMax = 0;
    let gateTarget = 0;
    for (let j = 0; j < up; j++) {
      let n = down;
      if (pw) {
        const [s0, s1] = pw.consumersOf(j);
        n = s1 - s0;
      }
      maxN = Math.max(maxN, n);
      const mm = partitionMinMax(args, type, n, version);
      partMin = Math.max(partMin, mm.min);
      partMax = Math.max(partMax, mm.max);
      const k = tmOf(a, j);
      const t = tms[k]!;
      t.partitions++;
      t.required += mm.min;
      const unb = mm.max >= UNBOUNDED;
      t.target = t.target === null || unb ? null : t.target + mm.max;
      perTm[k]!.required += mm.min;
      perTm[k]!.target = perTm[k]!.target === null || unb ? null : perTm[k]!.target! + mm.max;
      const o = getsOverdraft(type, version) ? od : 0;
      partOd = o;
      t.overdraft += o;
      setup[k]!.push({
        kind: 'partition',
        ord: [a, j, 0],
        subtask: `${e.from}[${j}]`,
        edge: name,
        min: mm.min,
        max: mm.max,
        count: 1,
      });
      annOut[a]![j]!.push({ subpartitions: n, type });
    }
    for (let i = 0; i < down; i++) {
      let c = up;
      let remote: number;
      const k = tmOf(b, i);
      if (pw) {
        const [p0, p1] = pw.producersOf(i);
        c = p1 - p0;
        remote = 0;
        for (let j = p0; j < p1; j++) if (tmOf(a, j) !== k) remote++;
      } else {
        remote = up - count[a]![k]!;
      }
      maxC = Math.max(maxC, c);
      const g = gateSpec(args, type, c, false, version);
      if (!g.ok) {
        // The only refusals here need c ≤ 0 or a wrapped int: report as too large.
        return inputError('job.tooLarge', { value: String(c) });
      }
      const ex = g.value.effectiveExclusiveBuffersPerChannel;
      gateE = ex;
      gateFMin = g.value.requiredFloatingBuffers;
      gateFMax = Math.max(gateFMax, g.value.totalFloatingBuffers);
      gateTarget = Math.max(gateTarget, g.value.targetTotalBuffersPerGate);
      const t = tms[k]!;
      t.gates++;
      t.remoteChannels += remote;
      const exclusive = ex * remote;
      t.required += g.value.requiredFloatingBuffers + exclusive;
      t.target = t.target === null ? null : t.target + g.value.totalFloatingBuffers + exclusive;
      perTm[k]!.required += g.value.requiredFloatingBuffers + exclusive;
      perTm[k]!.target = perTm[k]!.target === null ? null : perTm[k]!.target! + g.value.totalFloatingBuffers + exclusive;
      const sub = `${e.to}[${i}]`;
      const floating: Pool = {
        kind: 'gate-floating',
        ord: [b, i, 1],
        subtask: sub,
        edge: name,
        min: g.value.requiredFloatingBuffers,
        max: g.value.totalFloatingBuffers,
        count: 1,
      };
      const excl: Pool = { kind: 'exclusive', ord: [b, i, 1], subtask: sub, edge: name, min: ex, max: ex, count: remote };
      if (exclusiveEarly) {
        // 1.10/1.11: remote channels take their exclusive buffers at gate setup, before the floating pool.
        if (remote > 0 && ex > 0) setup[k]!.push(excl);
        setup[k]!.push(floating);
      } else {
        setup[k]!.push(floating);
        if (remote > 0 && ex > 0) late[k]!.push(excl);
      }
      annIn[b]![i]!.push({ channels: c, type });
    }
    edges.push({
      edge: name,
      pattern: e.pattern,
      partitionType: type,
      subpartitions: maxN,
      channels: maxC,
      partition: { min: partMin, max: partMax, unbounded: partMax >= UNBOUNDED, overdraft: partOd },
      gate: { exclusivePerRemoteChannel: gateE, floatingMin: gateFMin, floatingMax: gateFMax, target: gateTarget },
      perTm,
    });
  }
  // Setup order: tasks in vertex order; partitions before gates within a task.
  for (const list of setup) {
    const keyed = list.map((p, idx) => ({ p, idx }));
    keyed.sort((x, y) => x.p.ord[0] - y.p.ord[0] || x.p.ord[1] - y.p.ord[1] || x.p.ord[2] - y.p.ord[2] || x.idx - y.idx);
    list.splice(0, list.length, ...keyed.map((x) => x.p));
  }
  // Announcement per TaskManager (only meaningful 1.14+; PIPELINED outputs are not announceable).
  if (atLeast(version, '1.14')) {
    for (const [vi, v] of job.vertices.entries()) {
      for (let i = 0; i < v.parallelism; i++) {
        const t = tms[tmOf(vi, i)]!;
        if (t.announced === null) continue;
        const r = announceBuffers(args, annIn[vi]![i]!, annOut[vi]![i]!, version);
        t.announced = r.ok ? t.announced + r.value : null;
      }
    }
  } else for (const t of tms) t.announced = null;

  const verdict = replay(setup, late, tm, version);
  const requiredPerTm = Math.max(...tms.map((t) => t.required));
  const targetPerTm = tms.some((t) => t.target === null) ? null : Math.max(...tms.map((t) => t.target ?? 0));
  const announcedPerTm = tms.some((t) => t.announced === null) ? null : Math.max(...tms.map((t) => t.announced ?? 0));
  let fix: NetworkFix | null = null;
  if (!verdict.ok) {
    let bpc: number | null = null;
    if (!atLeast(version, '2.0')) {
      // Reservations never shrink as B grows, so binary-search the largest B below the current one that fits.
      const fitsWith = (b: number): boolean => {
        const r = estimateJob(job, { ...tm, buffersPerChannel: b }, version);
        return r.ok && r.value.verdict.ok;
      };
      let lo = 0;
      let hi = tm.buffersPerChannel - 1;
      if (hi >= 0 && fitsWith(0)) {
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (fitsWith(mid)) lo = mid;
          else hi = mid - 1;
        }
        bpc = lo;
      }
    }
    fix = {
      buffersNeeded: requiredPerTm,
      networkMemoryNeeded: BigInt(requiredPerTm) * BigInt(tm.networkBufferSize),
      buffersPerChannelThatFits: bpc,
    };
  }
  return {
    ok: true,
    value: {
      version,
      numTms,
      slotsUsed,
      tms,
      requiredPerTm,
      targetPerTm,
      overdraftPerTm: Math.max(...tms.map((t) => t.overdraft)),
      announcedPerTm,
      edges,
      numNetworkBuffers: tm.numNetworkBuffers,
      verdict,
      fix,
    },
  };
}

/** Flink's `NetworkBufferPool` message for a reservation that does not fit (1.10 → 2.x). */
export function insufficientBuffersMessage(required: number, available: number, total: number, segmentSize: number): string {
  return (
    `Insufficient number of network buffers: required ${required}, but only ${available} available. ` +
    `The total number of network buffers is currently set to ${total} of ${segmentSize} bytes each. ` +
    `You can increase this number by setting the configuration keys '${KEY.networkFraction}', '${KEY.networkMin}', and '${KEY.networkMax}'.`
  );
}

/** Replays the reservations of each TaskManager; the first that exceeds the pool fails. */
function replay(setup: Pool[][], late: Pool[][], tm: TmNetwork, version: FlinkVersion): NetworkVerdict {
  const total = tm.numNetworkBuffers;
  for (let k = 0; k < setup.length; k++) {
    let reserved = 0;
    for (const p of [...setup[k]!, ...late[k]!]) {
      if (p.kind !== 'exclusive' && atLeast(version, '1.12') && p.min <= 0) {
        return poolRefusal(
          k,
          p,
          `Required number of memory segments (${p.min}) should be larger than 0.`,
          'network.pool.minNotPositive',
        );
      }
      // `count` equal requests (one per remote channel): the first that does not fit fails.
      const fitting = p.min > 0 ? Math.min(p.count, Math.floor((total - reserved) / p.min)) : p.count;
      if (fitting < p.count) {
        const before = reserved + fitting * p.min;
        return {
          ok: false,
          tm: k,
          pool: { kind: p.kind, subtask: p.subtask, edge: p.edge, request: p.min },
          error: refusal(
            'IOException',
            insufficientBuffersMessage(p.min, total - before, total, tm.networkBufferSize),
            'network.insufficientBuffers',
            {
              params: {
                required: String(p.min),
                available: String(total - before),
                total: String(total),
                segmentSize: String(tm.networkBufferSize),
              },
              keys: [KEY.networkFraction, KEY.networkMin, KEY.networkMax],
            },
          ),
        };
      }
      if (p.kind !== 'exclusive' && p.max < p.min) {
        return poolRefusal(
          k,
          p,
          `Maximum number of memory segments (${p.max}) should not be smaller than minimum (${p.min}).`,
          'network.pool.maxBelowMin',
        );
      }
      reserved += p.min * p.count;
    }
  }
  return { ok: true };
}

function poolRefusal(k: number, p: Pool, message: string, id: string): NetworkVerdict {
  return {
    ok: false,
    tm: k,
    pool: { kind: p.kind, subtask: p.subtask, edge: p.edge, request: p.min },
    error: refusal('IllegalArgumentException', message, id),
  };
}

/** The article's scenario: one all-to-all shuffle between two vertices of parallelism P, P slots on one TM. */
export function singleShuffleJob(p: number, tms = 1, type: PartitionType = 'PIPELINED_BOUNDED'): JobDescription {
  return {
    vertices: [
      { name: 'source', parallelism: p },
      { name: 'sink', parallelism: p },
    ],
    edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: type }],
    slotsPerTm: Math.max(1, Math.ceil(p / Math.max(1, tms))),
  };
}

export { INT_MAX };
