/**
 * Local buffer pool sizes exactly as Flink computes them, per version: input gates
 * (`InputGateSpecUtils.createGateBuffersSpec`, 1.17+; exclusive B + floating [0|1, F] before),
 * result partitions (`NettyShuffleUtils.getMinMaxNetworkBuffersPerResultPartition`), and the
 * fine-grained announcement (`computeNetworkBuffersForAnnouncing`). Java `int` arithmetic wraps
 * here exactly as it does in Flink. Facts: network-and-managed.md §2.2–§2.7.
 */
import type { FlinkVersion } from '../types';
import { atLeast } from '../version';
import type { NetworkArgs } from './config';
import { INT_MAX, fail, iadd, idiv, imul, isub, ok, refusal, type Result } from './java';

export const PARTITION_TYPES = [
  'BLOCKING',
  'BLOCKING_PERSISTENT',
  'PIPELINED',
  'PIPELINED_BOUNDED',
  'PIPELINED_APPROXIMATE',
  'HYBRID_FULL',
  'HYBRID_SELECTIVE',
] as const;
export type PartitionType = (typeof PARTITION_TYPES)[number];

/** `NetworkBufferPool.UNBOUNDED_POOL_SIZE`. */
export const UNBOUNDED = INT_MAX;

export function isPartitionType(s: unknown): s is PartitionType {
  return typeof s === 'string' && (PARTITION_TYPES as readonly string[]).includes(s);
}
export function isBlocking(t: PartitionType): boolean {
  return t === 'BLOCKING' || t === 'BLOCKING_PERSISTENT';
}
export function isHybrid(t: PartitionType): boolean {
  return t === 'HYBRID_FULL' || t === 'HYBRID_SELECTIVE';
}
/** `ResultPartitionType.isBounded()`. */
export function isBounded(t: PartitionType): boolean {
  return t === 'PIPELINED_BOUNDED' || t === 'PIPELINED_APPROXIMATE';
}
/** `canBePipelinedConsumed()` (everything but the blocking types). */
export function canBePipelinedConsumed(t: PartitionType): boolean {
  return !isBlocking(t);
}
/** Which partitions get overdraft buffers (1.16.2+/1.17+: pipelined only, FLINK-31288). */
export function getsOverdraft(t: PartitionType, version: FlinkVersion): boolean {
  if (!atLeast(version, '1.16')) return false;
  return t === 'PIPELINED' || t === 'PIPELINED_BOUNDED';
}
/** The type exists in this version (PIPELINED_APPROXIMATE 1.12+, HYBRID_* 1.16+). */
export function typeExistsIn(t: PartitionType, version: FlinkVersion): boolean {
  if (t === 'PIPELINED_APPROXIMATE') return atLeast(version, '1.12');
  if (isHybrid(t)) return atLeast(version, '1.16');
  return true;
}

export interface MinMax {
  min: number;
  max: number;
}

/** Sizes of one input gate: exclusive per remote channel and the floating pool. */
export interface GateSpec {
  /** Effective exclusive buffers per remote channel (B before 1.17; `e` from 1.17). */
  effectiveExclusiveBuffersPerChannel: number;
  /** Floating pool min (the required part besides exclusive). */
  requiredFloatingBuffers: number;
  /** Floating pool max. */
  totalFloatingBuffers: number;
  /** `C·B + F` (the announced/target size). */
  targetTotalBuffersPerGate: number;
  /** Cap on required buffers per gate in force (`INT_MAX` = none). */
  effectiveMaxRequiredBuffersPerGate: number;
}

/** `InputGateSpecUtils.getEffectiveMaxRequiredBuffersPerGate` (1.17+). */
export function effectiveMaxRequiredBuffersPerGate(
  type: PartitionType,
  configured: number | null,
  tieredStorage: boolean,
  version: FlinkVersion,
): number {
  if (configured !== null) return configured;
  const pipelined = type === 'PIPELINED' || type === 'PIPELINED_BOUNDED';
  // 1.17 gave every hybrid gate the streaming cap; 1.18 added the tiered-storage condition.
  const hybridStream = isHybrid(type) && (!atLeast(version, '1.18') || !tieredStorage);
  return pipelined || hybridStream ? INT_MAX : 1000;
}

/**
 * One input gate with `numChannels` channels (C). 1.17+: `createGateBuffersSpec` with its checks
 * ("Must be positive.", "Require at least 1 buffer per gate.", "Wrong number of floating
 * buffers."); before: exclusive B, floating [1, F] (1.10: [0, F]).
 */
export function gateSpec(
  args: NetworkArgs,
  type: PartitionType,
  numChannels: number,
  tieredStorage: boolean,
  version: FlinkVersion,
): Result<GateSpec> {
  const b = args.buffersPerChannel;
  const f = args.floatingBuffersPerGate;
  const target = iadd(imul(numChannels, b), f);
  if (!atLeast(version, '1.17')) {
    return ok({
      effectiveExclusiveBuffersPerChannel: b,
      requiredFloatingBuffers: atLeast(version, '1.11') ? 1 : 0,
      totalFloatingBuffers: f,
      targetTotalBuffersPerGate: target,
      effectiveMaxRequiredBuffersPerGate: INT_MAX,
    });
  }
  const maxReq = effectiveMaxRequiredBuffersPerGate(type, args.maxRequiredBuffersPerGate, tieredStorage, version);
  const targetRequired = iadd(imul(numChannels, b), 1);
  const required = Math.min(maxReq, targetRequired);
  if (!(numChannels > 0)) {
    return fail(refusal('IllegalArgumentException', 'Must be positive.', 'network.gate.channelsNotPositive'));
  }
  if (!(required >= 1)) {
    return fail(refusal('IllegalArgumentException', 'Require at least 1 buffer per gate.', 'network.gate.requiredBelowOne'));
  }
  const e = Math.min(b, idiv(required - 1, numChannels));
  const exclusivePerGate = imul(numChannels, e);
  const reqFloating = isub(required, exclusivePerGate);
  const totFloating = isub(target, exclusivePerGate);
  if (!(reqFloating > 0)) {
    return fail(refusal('IllegalStateException', 'Must be positive.', 'network.gate.floatingNotPositive'));
  }
  if (!(reqFloating <= totFloating)) {
    return fail(refusal('IllegalStateException', 'Wrong number of floating buffers.', 'network.gate.wrongFloating'));
  }
  return ok({
    effectiveExclusiveBuffersPerChannel: e,
    requiredFloatingBuffers: reqFloating,
    totalFloatingBuffers: totFloating,
    targetTotalBuffersPerGate: target,
    effectiveMaxRequiredBuffersPerGate: maxReq,
  });
}

/** Options for one result partition. */
export interface PartitionOptions {
  tieredStorage?: boolean;
  /** Tiered storage's guaranteed buffers G (613/614 in 1.18–1.19, 101/102 from 1.20). */
  tieredStoreExclusiveBuffers?: number;
}

/** Whether the partition uses the sort-merge shuffle (1.12+: blocking and N ≥ SMP). */
export function isSortShuffle(args: NetworkArgs, type: PartitionType, numSubpartitions: number, version: FlinkVersion): boolean {
  return atLeast(version, '1.12') && isBlocking(type) && numSubpartitions >= args.sortShuffleMinParallelism;
}

/**
 * [min, max] of one result partition's pool (`getMinMaxNetworkBuffersPerResultPartition`), per
 * version: tiered min from 1.18, `max(min, max)` from 1.14, sort max `max(SMB, 4N)` from 1.15.
 * Before 1.14 a max below the min is returned as is (the pool constructor then refuses it).
 */
export function partitionMinMax(
  args: NetworkArgs,
  type: PartitionType,
  numSubpartitions: number,
  version: FlinkVersion,
  opts: PartitionOptions = {},
): MinMax {
  const n = numSubpartitions;
  const sort = isSortShuffle(args, type, n, version);
  const tiered = atLeast(version, '1.18') && (opts.tieredStorage ?? false);
  const min = sort
    ? args.sortShuffleMinBuffers
    : tiered
      ? Math.min(opts.tieredStoreExclusiveBuffers ?? 0, iadd(n, 1))
      : iadd(n, 1);
  let max: number;
  if (isBounded(type)) max = iadd(imul(n, args.buffersPerChannel), args.floatingBuffersPerGate);
  else if (sort && atLeast(version, '1.15')) max = imul(4, n);
  else max = UNBOUNDED;
  if (atLeast(version, '1.14')) max = Math.max(min, max);
  return { min, max };
}

/** One consumed dataset of a task, for the announcement. */
export interface AnnounceInput {
  channels: number;
  type: PartitionType;
  /** How many consumer vertices of the task read it (`null` = missing from the reuse map). */
  reuse?: number | null;
}
export interface AnnounceOutput {
  subpartitions: number;
  type: PartitionType;
}

/**
 * `NettyShuffleUtils.computeNetworkBuffersForAnnouncing` (1.14+): buffers a task declares for
 * fine-grained resource management. Inputs: target per gate × reuse (1.17+) or `B·C + F`
 * (1.14–1.16); outputs: max for pipelined-consumable types, min for blocking ones. Sums wrap.
 */
export function announceBuffers(
  args: NetworkArgs,
  inputs: readonly AnnounceInput[],
  outputs: readonly AnnounceOutput[],
  version: FlinkVersion,
): Result<number> {
  let forInputs = 0;
  for (const i of inputs) {
    let perGate: number;
    if (atLeast(version, '1.17')) {
      const g = gateSpec(args, i.type, i.channels, false, version);
      if (!g.ok) return g;
      perGate = g.value.targetTotalBuffersPerGate;
    } else {
      perGate = iadd(imul(args.buffersPerChannel, i.channels), args.floatingBuffersPerGate);
    }
    const reuse = i.reuse === undefined ? 1 : i.reuse;
    if (reuse === null) {
      // checkState(partitionReuseCount.containsKey(id)) has no message: Java's is null, kept as ''.
      return fail(refusal('IllegalStateException', '', 'network.announce.reuseMissing'));
    }
    forInputs = iadd(forInputs, imul(perGate, reuse));
  }
  let forOutputs = 0;
  for (const o of outputs) {
    const mm = partitionMinMax(args, o.type, o.subpartitions, version);
    const pipelined = atLeast(version, '1.16') ? canBePipelinedConsumed(o.type) : !isBlocking(o.type);
    const ret = pipelined ? mm.max : mm.min;
    if (ret === INT_MAX) {
      return fail(
        refusal(
          'IllegalArgumentException',
          `Illegal to announce network memory requirement as Integer.MAX_VALUE, partition type: ${o.type}`,
          'network.announce.unbounded',
          { params: { type: o.type } },
        ),
      );
    }
    forOutputs = iadd(forOutputs, ret);
  }
  return ok(iadd(forInputs, forOutputs));
}
