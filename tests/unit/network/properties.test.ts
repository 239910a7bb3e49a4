import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });
import fc from 'fast-check';
import { FLINK_VERSIONS, type FlinkVersion } from '~/model/types';
import { atLeast } from '~/model/version';
import { gateSpec, partitionMinMax, PARTITION_TYPES, typeExistsIn } from '~/model/network/pools';
import { estimateJob, type JobDescription, type TmNetwork } from '~/model/network/job';
import { rocksDbSlot, cacheCapacity, writeBufferManagerCapacity } from '~/model/rocksdb';
import { simulateDebloat, debloatSettings } from '~/model/network/debloat';

const version = fc.constantFrom(...FLINK_VERSIONS);
const type = fc.constantFrom(...PARTITION_TYPES);
const netArgs = fc.record({
  buffersPerChannel: fc.integer({ min: 0, max: 64 }),
  floatingBuffersPerGate: fc.integer({ min: 1, max: 128 }),
  maxRequiredBuffersPerGate: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
  sortShuffleMinParallelism: fc.integer({ min: 1, max: 2147483647 }),
  sortShuffleMinBuffers: fc.integer({ min: 1, max: 4096 }),
});

describe('every pool: required ≤ maximum', () => {
  it('result partitions (1.14+, where Flink raises the max to the min)', () => {
    fc.assert(
      fc.property(
        netArgs,
        type,
        fc.integer({ min: 0, max: 100_000 }),
        version,
        fc.boolean(),
        fc.integer({ min: 1, max: 700 }),
        (a, t, n, v, tiered, g) => {
          fc.pre(atLeast(v, '1.14'));
          const mm = partitionMinMax(a, t, n, v, { tieredStorage: tiered, tieredStoreExclusiveBuffers: g });
          return mm.min <= mm.max && mm.min >= 1;
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('input gates: floating min ≤ floating max, exclusive ≤ B, required ≥ 1', () => {
    fc.assert(
      fc.property(netArgs, type, fc.integer({ min: 1, max: 100_000 }), version, fc.boolean(), (a, t, c, v, tiered) => {
        const g = gateSpec(a, t, c, tiered, v);
        if (!g.ok) return false;
        const x = g.value;
        return (
          x.requiredFloatingBuffers <= x.totalFloatingBuffers &&
          x.effectiveExclusiveBuffersPerChannel <= a.buffersPerChannel &&
          x.requiredFloatingBuffers + x.effectiveExclusiveBuffersPerChannel * c <= x.targetTotalBuffersPerGate
        );
      }),
      { numRuns: 3000 },
    );
  });
  it("before 1.14 a bounded partition with B=0 and F < N+1 gets max < min, and the estimate reports Flink's refusal", () => {
    const mm = partitionMinMax(
      {
        buffersPerChannel: 0,
        floatingBuffersPerGate: 2,
        maxRequiredBuffersPerGate: null,
        sortShuffleMinParallelism: 2147483647,
        sortShuffleMinBuffers: 64,
      },
      'PIPELINED_BOUNDED',
      4,
      '1.13',
    );
    expect(mm).toEqual({ min: 5, max: 2 });
  });
});

const tm = (v: FlinkVersion): TmNetwork => ({
  numNetworkBuffers: 1 << 30,
  networkBufferSize: 32768,
  buffersPerChannel: 2,
  floatingBuffersPerGate: 8,
  maxRequiredBuffersPerGate: null,
  sortShuffleMinParallelism: atLeast(v, '1.15') ? 1 : 2147483647,
  sortShuffleMinBuffers: atLeast(v, '1.15') ? 512 : 64,
  maxOverdraftBuffersPerGate: atLeast(v, '1.16') ? 5 : null,
});

const jobShape = fc.record({
  n: fc.integer({ min: 2, max: 4 }),
  patterns: fc.array(fc.constantFrom('all-to-all' as const, 'forward' as const, 'broadcast' as const, 'rescale' as const), {
    minLength: 3,
    maxLength: 3,
  }),
  types: fc.array(fc.constantFrom('PIPELINED_BOUNDED' as const, 'BLOCKING' as const, 'PIPELINED_APPROXIMATE' as const), {
    minLength: 3,
    maxLength: 3,
  }),
  slots: fc.integer({ min: 1, max: 8 }),
  sharing: fc.boolean(),
});

function jobOf(
  s: {
    n: number;
    patterns: ('all-to-all' | 'forward' | 'broadcast' | 'rescale')[];
    types: ('PIPELINED_BOUNDED' | 'BLOCKING' | 'PIPELINED_APPROXIMATE')[];
    slots: number;
    sharing: boolean;
  },
  p: number,
): JobDescription {
  const vertices = Array.from({ length: s.n }, (_, i) => ({ name: `v${i}`, parallelism: p }));
  const edges = vertices
    .slice(1)
    .map((v, i) => ({ from: vertices[i]!.name, to: v.name, pattern: s.patterns[i]!, partitionType: s.types[i]! }));
  return { vertices, edges, slotsPerTm: s.slots, slotSharing: s.sharing };
}

describe('job estimate', () => {
  it('required and target per TaskManager never decrease when parallelism grows (slot sharing; total without)', () => {
    fc.assert(
      fc.property(jobShape, fc.integer({ min: 1, max: 60 }), version, (s, p, v) => {
        fc.pre(typeExistsIn('PIPELINED_APPROXIMATE', v));
        const a = estimateJob(jobOf(s, p), tm(v), v);
        const b = estimateJob(jobOf(s, p + 1), tm(v), v);
        if (!a.ok || !b.ok) return false;
        if (s.sharing) {
          const ta = a.value.targetPerTm ?? Infinity;
          const tb = b.value.targetPerTm ?? Infinity;
          return b.value.requiredPerTm >= a.value.requiredPerTm && tb >= ta;
        }
        // Without slot sharing one more subtask can move others to a new TaskManager, so the
        // busiest TaskManager may get lighter; the job's total still never shrinks.
        const sum = (e: typeof a.value): number => e.tms.reduce((x, t) => x + t.required, 0);
        return sum(b.value) >= sum(a.value);
      }),
      { numRuns: 400 },
    );
  });
  it('required ≤ target for every TaskManager; the verdict agrees with required ≤ buffers', () => {
    fc.assert(
      fc.property(jobShape, fc.integer({ min: 1, max: 60 }), version, fc.integer({ min: 0, max: 20000 }), (s, p, v, buffers) => {
        fc.pre(typeExistsIn('PIPELINED_APPROXIMATE', v));
        const r = estimateJob(jobOf(s, p), { ...tm(v), numNetworkBuffers: buffers }, v);
        if (!r.ok) return false;
        const fits = r.value.tms.every((t) => t.required <= buffers);
        const minMaxOk = r.value.tms.every((t) => t.target === null || t.required <= t.target);
        const poolErr = !r.value.verdict.ok && r.value.verdict.error?.id !== 'network.insufficientBuffers';
        return minMaxOk && (poolErr || r.value.verdict.ok === fits);
      }),
      { numRuns: 400 },
    );
  });
});

describe("RocksDB: cache + write buffers never exceed the slot's budget (valid ratios)", () => {
  it('cache ≤ T, WBM ≤ cache, and cache + WBM overshoot (½ WBM) ≤ T; per TM ≤ slots × T', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 50n }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.0, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        (slot, r, hp, slots) => {
          fc.pre((2 * r) / (3 - r) + hp < 1);
          const res = rocksDbSlot({
            config: {
              'state.backend.rocksdb.memory.write-buffer-ratio': String(r),
              'state.backend.rocksdb.memory.high-prio-pool-ratio': String(hp),
            },
            slotManagedMemory: slot,
            memoryFraction: 1,
            slotsPerTm: slots,
          });
          if (!res.ok || !res.value.shared || !res.value.perTm) return false;
          const { size, cacheCapacity: c, writeBufferManagerCapacity: w } = res.value.shared;
          return (
            c <= size &&
            w <= c &&
            c + w / 2n <= size &&
            res.value.perTm.cacheCapacity <= size * BigInt(slots) &&
            (res.value.highPriorityPool ?? 0n) <= c
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('the formulas never produce NaN or throw for any long budget and ratio', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), fc.double({ noNaN: false }), (t, r) => {
        const c = cacheCapacity(t, r);
        const w = writeBufferManagerCapacity(t, r);
        return typeof c === 'bigint' && typeof w === 'bigint';
      }),
    );
  });
});

describe('debloating', () => {
  it('sizes stay within [min-segment-size, segment-size] for any throughput (1.14+)', () => {
    fc.assert(
      fc.property(
        version,
        fc.array(
          fc.record({ throughput: fc.double({ min: -1e12, max: 1e12 }), buffersInUse: fc.integer({ min: -5, max: 10000 }) }),
          { maxLength: 30 },
        ),
        (v, samples) => {
          const s = debloatSettings(v);
          if (!s) return !atLeast(v, '1.14');
          return simulateDebloat(samples, s, v).every(
            (x) => x.size >= s.minSegmentSize && x.size <= s.maxSegmentSize && Number.isFinite(x.estimatedTimeToConsumeMs),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('never throws, never NaN, on arbitrary input', () => {
  const junk = fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '-1', '0', '1e9', 'NaN', '{A: 1}', 'OPERATOR:', ':', "'", '64mb', '9223372036854775808', '0x10'),
  );
  const num = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 2147483647, -2147483648));
  it('pools, announce, managed weights and fractions, RocksDB', async () => {
    const { consumerWeights, convertToFractionOfSlot, fractionRoundedDown } = await import('~/model/managed');
    const { announceBuffers } = await import('~/model/network/pools');
    const { networkConfiguration } = await import('~/model/network/config');
    fc.assert(
      fc.property(version, type, num, num, num, junk, junk, junk, (v, t, a, b, c, s1, s2, s3) => {
        const args = {
          buffersPerChannel: a | 0,
          floatingBuffersPerGate: b | 0,
          maxRequiredBuffersPerGate: null,
          sortShuffleMinParallelism: c | 0,
          sortShuffleMinBuffers: a | 0,
        };
        gateSpec(args, t, b, false, v);
        const mm = partitionMinMax(args, t, c, v);
        if (!Number.isInteger(mm.min) || !Number.isInteger(mm.max)) return false;
        announceBuffers(args, [{ channels: a, type: t, reuse: b }], [{ subpartitions: c, type: t }], v);
        consumerWeights({ 'taskmanager.memory.managed.consumer-weights': s1 }, v);
        const f = convertToFractionOfSlot({
          useCase: 'PYTHON',
          fractionOfUseCase: a,
          allUseCases: ['PYTHON', 'OPERATOR'],
          clusterConfig: { 'taskmanager.memory.managed.consumer-weights': s2 },
          stateBackendUsesManagedMemory: true,
          version: v,
        });
        fractionRoundedDown(a, b);
        rocksDbSlot({
          config: { 'state.backend.rocksdb.memory.write-buffer-ratio': s1, 'state.backend.rocksdb.memory.fixed-per-slot': s3 },
          tmConfig: { 'state.backend.rocksdb.memory.fixed-per-tm': s2 },
          slotManagedMemory: BigInt(Math.abs(a | 0)),
          memoryFraction: c,
          version: v,
        });
        networkConfiguration(
          {
            'taskmanager.memory.segment-size': s1,
            'taskmanager.network.memory.buffers-per-channel': s2,
            'taskmanager.network.memory.buffer-debloat.enabled': s3,
          },
          BigInt(Math.abs(b | 0)),
          v,
        );
        return !f.ok || !Number.isNaN(f.value) || Number.isNaN(a);
      }),
      { numRuns: 1500 },
    );
  });
});
