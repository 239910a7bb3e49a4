/**
 * Table-driven ports of the value-pinning cases of Flink's own tests (network-and-managed.md §10)
 * and the worked examples (§9), run through the model.
 */
import { describe, expect, it } from 'vitest';
import { networkConfiguration, type NetworkArgs } from '~/model/network/config';
import { tmNetworkConfiguration } from '~/model/network/tm';
import { announceBuffers, gateSpec, partitionMinMax, type PartitionType } from '~/model/network/pools';
import { bufferSizeEma, debloatSettings, simulateDebloat, type DebloatSettings } from '~/model/network/debloat';
import {
  cacheCapacity,
  defaultArenaBlockSize,
  mutableLimit,
  rocksDbSlot,
  validateArenaBlockSize,
  writeBufferManagerCapacity,
} from '~/model/rocksdb';
import { convertToFractionOfSlot, fractionRoundedDown } from '~/model/managed';
import { estimateJob, type TmNetwork } from '~/model/network/job';
import type { FlinkVersion } from '~/model/types';

const args = (b: number, f: number, extra: Partial<NetworkArgs> = {}): NetworkArgs => ({
  buffersPerChannel: b,
  floatingBuffersPerGate: f,
  maxRequiredBuffersPerGate: null,
  sortShuffleMinParallelism: 2147483647,
  sortShuffleMinBuffers: 512,
  ...extra,
});

describe('NettyShuffleEnvironmentConfigurationTest', () => {
  it('testNetworkBufferNumberCalculation: 128 MiB with 1m segments → 128 buffers', () => {
    for (const v of ['1.10', '1.20', '2.0'] as const) {
      const r = networkConfiguration({ 'taskmanager.memory.segment-size': '1m' }, 128n << 20n, v);
      expect(r.ok && r.value.numNetworkBuffers).toBe(128);
    }
  });
  it('testNetworkRequestBackoffAndBuffers: B=10, F=100 read back up to 1.20; 2.0 ignores them', () => {
    const cfg = {
      'taskmanager.network.memory.buffers-per-channel': '10',
      'taskmanager.network.memory.floating-buffers-per-gate': '100',
    };
    const a = networkConfiguration(cfg, 64n << 20n, '1.20');
    expect(a.ok && [a.value.buffersPerChannel, a.value.floatingBuffersPerGate]).toEqual([10, 100]);
    const b = networkConfiguration(cfg, 64n << 20n, '2.0');
    expect(b.ok && [b.value.buffersPerChannel, b.value.floatingBuffersPerGate, b.value.ignoredKeys.length]).toEqual([2, 8, 2]);
  });
});

describe('NettyShuffleEnvironmentTest#testRegisterTaskWithLimitedBuffers / InsufficientBuffers (B=2, F=8)', () => {
  // RPs: PIPELINED(2), BLOCKING(2, hash), PIPELINED_BOUNDED(2), PIPELINED_BOUNDED(4); 4 gates; 10 remote channels.
  const a = args(2, 8);
  const rps: [PartitionType, number][] = [
    ['PIPELINED', 2],
    ['BLOCKING', 2],
    ['PIPELINED_BOUNDED', 2],
    ['PIPELINED_BOUNDED', 4],
  ];
  it.each(['1.11', '1.16', '1.20'] as const)('%s: pools and the 38-buffer total', (v) => {
    const pools = rps.map(([t, n]) => partitionMinMax(a, t, n, v));
    expect(pools.map((p) => p.min)).toEqual([3, 3, 3, 5]);
    expect(pools.map((p) => p.max)).toEqual([2147483647, 2147483647, 12, 16]);
    const g = gateSpec(a, 'PIPELINED_BOUNDED', 3, false, v);
    expect(
      g.ok && [g.value.requiredFloatingBuffers, g.value.totalFloatingBuffers, g.value.effectiveExclusiveBuffersPerChannel],
    ).toEqual([1, 8, 2]);
    expect(pools.reduce((s, p) => s + p.min, 0) + 4 * 1 + 10 * 2).toBe(38);
  });
});

describe('ResultPartitionTest: required = N+1, max = N·2+8 bounded, else unbounded', () => {
  it.each([1, 2, 7, 100])('N=%i', (n) => {
    const a = args(2, 8);
    expect(partitionMinMax(a, 'PIPELINED_BOUNDED', n, '1.20')).toEqual({ min: n + 1, max: n * 2 + 8 });
    expect(partitionMinMax(a, 'PIPELINED', n, '1.20')).toEqual({ min: n + 1, max: 2147483647 });
    expect(partitionMinMax(a, 'BLOCKING', n, '1.20')).toEqual({ min: n + 1, max: 2147483647 });
  });
});

describe('NettyShuffleUtilsTest#testComputeRequiredNetworkBuffers', () => {
  it('B=5, F=8, SMP=8, SMB=12 → 103 (1.17+), and the 1.14–1.16 formula gives the same here', () => {
    const a = args(5, 8, { sortShuffleMinParallelism: 8, sortShuffleMinBuffers: 12, maxRequiredBuffersPerGate: 2147483647 });
    const inputs = [
      { channels: 3, type: 'PIPELINED_BOUNDED' as const },
      { channels: 4, type: 'BLOCKING' as const },
    ];
    const outputs = [
      { subpartitions: 5, type: 'PIPELINED_BOUNDED' as const },
      { subpartitions: 6, type: 'BLOCKING' as const },
      { subpartitions: 10, type: 'BLOCKING' as const },
    ];
    for (const v of ['1.16', '1.20', '2.0'] as const) {
      const r = announceBuffers(a, inputs, outputs, v);
      expect(r.ok && r.value).toBe(103);
    }
  });
});

describe('GateBuffersSpecTest (1.17+, B=2, F=8)', () => {
  const rows: [number, PartitionType, number, [number, number, number, number]][] = [
    // channels, type, B, [e, floating min, floating max, target]
    [499, 'BLOCKING', 2, [2, 1, 8, 1006]],
    [499, 'PIPELINED', 2, [2, 1, 8, 1006]],
    [500, 'PIPELINED', 2, [2, 1, 8, 1008]],
    [500, 'HYBRID_FULL', 2, [2, 1, 8, 1008]],
    [500, 'BLOCKING', 2, [1, 500, 508, 1008]],
    [999, 'PIPELINED', 2, [2, 1, 8, 2006]],
    [999, 'BLOCKING', 2, [1, 1, 1007, 2006]],
    [1000, 'PIPELINED', 2, [2, 1, 8, 2008]],
    [1000, 'BLOCKING', 2, [0, 1000, 2008, 2008]],
    [1001, 'PIPELINED', 0, [0, 1, 8, 8]],
  ];
  it.each(rows)('C=%i %s B=%i', (c, t, b, [e, fmin, fmax, target]) => {
    for (const v of ['1.17', '1.20', '2.0'] as const) {
      const g = gateSpec(args(b, 8), t, c, false, v);
      expect(
        g.ok && [
          g.value.effectiveExclusiveBuffersPerChannel,
          g.value.requiredFloatingBuffers,
          g.value.totalFloatingBuffers,
          g.value.targetTotalBuffersPerGate,
        ],
      ).toEqual([e, fmin, fmax, target]);
    }
  });
  it('before 1.17: exclusive B per remote channel, floating [1, F] (1.10: [0, F])', () => {
    const g = gateSpec(args(2, 8), 'BLOCKING', 1000, false, '1.16');
    expect(g.ok && [g.value.effectiveExclusiveBuffersPerChannel, g.value.requiredFloatingBuffers]).toEqual([2, 1]);
    const h = gateSpec(args(2, 8), 'PIPELINED_BOUNDED', 4, false, '1.10');
    expect(h.ok && h.value.requiredFloatingBuffers).toBe(0);
  });
});

describe('BufferDebloaterTest (samples = 1)', () => {
  const s = (target: number, min: number, max: number): DebloatSettings => ({
    targetMs: target,
    periodMs: 200,
    samples: 1,
    thresholdPercent: 25,
    minSegmentSize: min,
    maxSegmentSize: max,
    startingSize: null,
  });
  const one = (st: DebloatSettings, v: FlinkVersion, thr: number, inUse: number): number =>
    simulateDebloat([{ throughput: thr, buffersInUse: inUse }], st, v)[0]!.size;
  it('target 1200, 50/1100, 16 in use, 3333 B/s → 249 (1.15–1.20) / 250 (2.0+)', () => {
    expect(one(s(1200, 50, 1100), '1.20', 3333, 16)).toBe(249);
    expect(one(s(1200, 50, 1100), '1.15', 3333, 16)).toBe(249);
    expect(one({ ...s(1200, 50, 1100), startingSize: 1024 }, '2.0', 3333, 16)).toBe(250);
  });
  it('target 1000, 50/2400, 0 in use, 1200 B/s → 1200', () => expect(one(s(1000, 50, 2400), '1.20', 1200, 0)).toBe(1200));
  it('min 250 → 250', () => expect(one(s(1200, 250, 1100), '1.20', 3333, 16)).toBe(250));
  it('throughput 0 → min', () => expect(one(s(1200, 50, 1100), '1.20', 0, 16)).toBe(50));
  it('target 7 ms → min', () => expect(one(s(7, 50, 1100), '1.20', 3333, 16)).toBe(50));
});

describe('BufferSizeEMATest (max 200, min 10, samples 3)', () => {
  const inputs: [number, number][] = [
    [111, 13],
    ...Array<[number, number]>(5).fill([107, 7]),
    ...Array<[number, number]>(3).fill([107, 13]),
    ...Array<[number, number]>(6).fill([333, 1]),
  ];
  it('testCalculationBufferSize, 1.15–1.20 (int EMA)', () => {
    expect(bufferSizeEma(inputs, 200, 10, 3, '1.20')).toEqual([104, 59, 37, 26, 20, 17, 12, 10, 10, 15, 22, 33, 49, 73, 109]);
  });
  it('testCalculationBufferSize, 2.0+ (double EMA, rounded)', () => {
    expect(bufferSizeEma(inputs, 200, 10, 3, '2.0')).toEqual([104, 60, 38, 26, 21, 18, 13, 11, 10, 15, 23, 34, 51, 76, 114]);
  });
  it('testSizeLessThanMinSize', () => {
    const z = Array<[number, number]>(6).fill([0, 1]);
    expect(bufferSizeEma(z, 200, 10, 3, '1.20')).toEqual([100, 50, 25, 12, 10, 10]);
    expect(bufferSizeEma(z, 200, 10, 3, '2.0')).toEqual([100, 50, 25, 13, 10, 10]);
  });
  it('testSizeGreaterThanMaxSize', () => {
    expect(
      bufferSizeEma(
        [
          [0, 1],
          [1000, 1],
          [1000, 1],
          [1000, 1],
        ],
        200,
        10,
        3,
        '1.20',
      ),
    ).toEqual([100, 150, 200, 200]);
  });
});

describe('§9.4 debloating example (1.15–1.20 defaults, 100,000 B/s, 20 buffers)', () => {
  it('30,123 → 27,730 → 25,565 → 23,606 (announced); 6,024 ms after step 1', () => {
    const st = debloatSettings('1.20')!;
    const steps = simulateDebloat(Array(4).fill({ throughput: 100000, buffersInUse: 20 }), st, '1.20');
    expect(steps.map((x) => x.size)).toEqual([30123, 27730, 25565, 23606]);
    expect(steps.map((x) => x.announced)).toEqual([false, false, false, true]);
    expect(steps[0]!.estimatedTimeToConsumeMs).toBe(6024);
  });
  it('2.0 starts at starting-segment-size 1024', () => {
    const st = debloatSettings('2.0')!;
    expect(st.startingSize).toBe(1024);
    const steps = simulateDebloat([{ throughput: 100000, buffersInUse: 20 }], st, '2.0');
    expect(steps[0]!.size).toBeLessThan(2048 + 1);
  });
  it('no debloating before 1.14', () => expect(debloatSettings('1.13')).toBeNull());
});

describe('RocksDBMemoryControllerUtilsTest / RocksDBOperationsUtilsTest', () => {
  it('T=2048, r=0.5: cache 1706, WBM 682', () => {
    expect(cacheCapacity(2048n, 0.5)).toBe(1706n);
    expect(writeBufferManagerCapacity(2048n, 0.5)).toBe(682n);
  });
  it('default arena block: 64 MiB, 64 MiB − 1, 64 MiB + 8', () => {
    expect(defaultArenaBlockSize(64n << 20n)).toBe(8388608n);
    expect(defaultArenaBlockSize((64n << 20n) - 1n)).toBe(8388608n);
    expect(defaultArenaBlockSize((64n << 20n) + 8n)).toBe(8392704n);
  });
  it('mutable limit of 64 MiB = 58,720,256; validate 8 MiB vs 4 / 12 MiB', () => {
    expect(mutableLimit(64n << 20n)).toBe(58720256n);
    expect(validateArenaBlockSize(8n << 20n, 4n << 20n)).toBe(false);
    expect(validateArenaBlockSize(8n << 20n, 12n << 20n)).toBe(true);
  });
  it('testSanityCheckArenaBlockSize: 56 MiB write buffer, WBM 8 MiB', () => {
    const arena = defaultArenaBlockSize(56n << 20n);
    expect(arena).toBe(7340032n);
    const limit = mutableLimit(8388608n);
    expect(limit).toBe(7340032n);
    expect(validateArenaBlockSize(arena, limit)).toBe(true);
    expect(validateArenaBlockSize(arena + 1n, limit)).toBe(false);
  });
});

describe('§9.3 RocksDB, 4 slots, 512 MiB managed', () => {
  const rows: [string, Record<string, string>, number, [bigint, bigint, bigint, bigint, bigint]][] = [
    [
      'managed.size 512m',
      { 'taskmanager.memory.managed.size': '512m' },
      1,
      [134217728n, 111848106n, 44739242n, 11184810n, 39146836n],
    ],
    ['default 1728m TM', {}, 1, [134217730n, 111848108n, 44739243n, 11184810n, 39146837n]],
    [
      '512m + Python (0.7)',
      { 'taskmanager.memory.managed.size': '512m' },
      0.7,
      [93952409n, 78293674n, 31317469n, 7829367n, 27402785n],
    ],
  ];
  it.each(rows)('%s', (_n, tm, fraction, [t, cache, wbm, hp, limit]) => {
    const slot = tm['taskmanager.memory.managed.size'] ? 536870912n / 4n : 536870920n / 4n;
    const r = rocksDbSlot({ config: {}, slotManagedMemory: slot, memoryFraction: fraction, slotsPerTm: 4 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.shared?.size).toBe(t);
    expect(r.value.shared?.cacheCapacity).toBe(cache);
    expect(r.value.shared?.writeBufferManagerCapacity).toBe(wbm);
    expect(r.value.highPriorityPool).toBe(hp);
    expect(r.value.arena?.mutableLimit).toBe(limit);
    expect(r.value.arena?.ok).toBe(true);
    expect(r.value.perTm?.cacheCapacity).toBe(cache * 4n);
  });
  it("the arena warning fires below ~27.43 MiB per slot and names Flink's log line", () => {
    const r = rocksDbSlot({ config: {}, slotManagedMemory: 28760942n, memoryFraction: 1, slotsPerTm: 1 });
    expect(r.ok && r.value.arena?.ok).toBe(false);
    expect(r.ok && r.value.log[0]?.message).toMatch(/^RocksDBStateBackend performance will be poor/);
    const s = rocksDbSlot({ config: {}, slotManagedMemory: 28760943n, memoryFraction: 1, slotsPerTm: 1 });
    expect(s.ok && s.value.arena?.ok).toBe(true);
  });
});

describe('ManagedMemoryUtilsTest (PYTHON 222, OPERATOR 333, STATE_BACKEND 444)', () => {
  const cfg = { 'taskmanager.memory.managed.consumer-weights': 'PYTHON:222,OPERATOR:333,STATE_BACKEND:444' };
  const all = ['OPERATOR', 'STATE_BACKEND', 'PYTHON'] as const;
  const slot = (u: (typeof all)[number], f: number, sb: boolean): number | undefined => {
    const r = convertToFractionOfSlot({
      useCase: u,
      fractionOfUseCase: f,
      allUseCases: all,
      clusterConfig: cfg,
      stateBackendUsesManagedMemory: sb,
      version: '1.20',
    });
    return r.ok ? r.value : undefined;
  };
  it('OPERATOR fraction of slot = 0.3 × 333/999', () => expect(slot('OPERATOR', 0.3, true)).toBe(0.3 * 0.3333333333333333));
  it('non-managed backend: OPERATOR 333/555, PYTHON 222/555, STATE 0', () => {
    expect(slot('OPERATOR', 1, false)).toBe(0.6);
    expect(slot('PYTHON', 1, false)).toBe(0.4);
    expect(slot('STATE_BACKEND', 1, false)).toBe(0);
  });
  it('empty weights → 0.0; negative → IllegalConfigurationException', () => {
    const e = convertToFractionOfSlot({
      useCase: 'OPERATOR',
      fractionOfUseCase: 1,
      allUseCases: all,
      clusterConfig: { 'taskmanager.memory.managed.consumer-weights': '' },
      stateBackendUsesManagedMemory: true,
      version: '1.20',
    });
    expect(e.ok && e.value).toBe(0);
    const n = convertToFractionOfSlot({
      useCase: 'OPERATOR',
      fractionOfUseCase: 1,
      allUseCases: all,
      clusterConfig: { 'taskmanager.memory.managed.consumer-weights': 'OPERATOR:-5' },
      stateBackendUsesManagedMemory: true,
      version: '1.20',
    });
    expect(!n.ok && n.error.className).toBe('IllegalConfigurationException');
  });
  it('§5.3 table: RocksDB+Python 0.7/0.3, RocksDB+OPERATOR 0.5, all three 70/170', () => {
    const f = (
      u: 'OPERATOR' | 'STATE_BACKEND' | 'PYTHON',
      present: readonly ('OPERATOR' | 'STATE_BACKEND' | 'PYTHON')[],
    ): number | undefined => {
      const r = convertToFractionOfSlot({
        useCase: u,
        fractionOfUseCase: 1,
        allUseCases: present,
        clusterConfig: {},
        stateBackendUsesManagedMemory: true,
        version: '1.20',
      });
      return r.ok ? r.value : undefined;
    };
    expect(f('STATE_BACKEND', ['STATE_BACKEND'])).toBe(1);
    expect(f('STATE_BACKEND', ['STATE_BACKEND', 'PYTHON'])).toBe(0.7);
    expect(f('PYTHON', ['STATE_BACKEND', 'PYTHON'])).toBe(0.3);
    expect(f('OPERATOR', ['STATE_BACKEND', 'OPERATOR'])).toBe(0.5);
    expect(f('STATE_BACKEND', all)).toBe(0.4117647058823529);
    expect(f('PYTHON', all)).toBe(0.1764705882352941);
  });
  it('getFractionRoundedDown: 2/3, −1/3, / by zero', () => {
    const a = fractionRoundedDown(2, 3);
    expect(a.ok && a.value).toBe(0.6666666666666666);
    const b = fractionRoundedDown(-1, 3);
    expect(b.ok && b.value).toBe(-0.3333333333333333);
    const c = fractionRoundedDown(1, 0);
    expect(!c.ok && c.error.message).toBe('/ by zero');
  });
});

describe('§9.1 network buffers by process size (1.11–1.16 cap 1 GiB, 1.17+ uncapped)', () => {
  const rows: [string, number, number][] = [
    ['1024m', 2048, 2048],
    ['2048m', 5079, 5079],
    ['4096m', 10977, 10977],
    ['8192m', 22773, 22773],
    ['16384m', 32768, 48332],
  ];
  it.each(rows)('%s → %i (1.16) / %i (1.17+)', (size, old, now) => {
    const cfg = { 'taskmanager.memory.process.size': size };
    const a = tmNetworkConfiguration(cfg, { version: '1.16' });
    const b = tmNetworkConfiguration(cfg, { version: '1.20' });
    const c = tmNetworkConfiguration(cfg, { version: '2.0' });
    expect(a.ok && a.value.numNetworkBuffers).toBe(old);
    expect(b.ok && b.value.numNetworkBuffers).toBe(now);
    expect(c.ok && c.value.numNetworkBuffers).toBe(now);
  });
  it('default 1728m: network 134,217,730 B, 4096 buffers', () => {
    const r = tmNetworkConfiguration({ 'taskmanager.memory.process.size': '1728m' }, { version: '1.20' });
    expect(r.ok && [r.value.networkMemory, r.value.numNetworkBuffers]).toEqual([134217730n, 4096]);
  });
});

describe('network configuration per version', () => {
  const net = (v: FlinkVersion) => {
    const r = networkConfiguration({}, 128n << 20n, v);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  it('sort shuffle: 1.12–1.14 off (SMP = MAX, SMB 64); 1.15+ on (1, 512); none before 1.12', () => {
    expect([net('1.13').sortShuffleMinParallelism, net('1.13').sortShuffleMinBuffers]).toEqual([2147483647, 64]);
    expect([net('1.15').sortShuffleMinParallelism, net('1.15').sortShuffleMinBuffers]).toEqual([1, 512]);
  });
  it('overdraft: none before 1.16, 5 in 1.16–1.20, 20 from 2.0; starting size only 2.0+', () => {
    expect(net('1.15').maxOverdraftBuffersPerGate).toBeNull();
    expect(net('1.16').maxOverdraftBuffersPerGate).toBe(5);
    expect(net('2.0').maxOverdraftBuffersPerGate).toBe(20);
    expect(net('1.20').startingBufferSize).toBeNull();
    expect(net('2.3').startingBufferSize).toBe(2147483647);
    const d = networkConfiguration({ 'taskmanager.network.memory.buffer-debloat.enabled': 'true' }, 128n << 20n, '2.0');
    expect(d.ok && d.value.startingBufferSize).toBe(1024);
  });
  it('batch-shuffle read memory: 32m in 1.13–1.14, 64m from 1.15, none before', () => {
    expect(net('1.12').batchShuffleReadMemoryBytes).toBeNull();
    expect(net('1.14').batchShuffleReadMemoryBytes).toBe(33554432n);
    expect(net('1.15').batchShuffleReadMemoryBytes).toBe(67108864n);
  });
});

describe('job estimate pins (§2.8, §9.2)', () => {
  const tm: TmNetwork = {
    numNetworkBuffers: 4096,
    networkBufferSize: 32768,
    buffersPerChannel: 2,
    floatingBuffersPerGate: 8,
    maxRequiredBuffersPerGate: null,
    sortShuffleMinParallelism: 1,
    sortShuffleMinBuffers: 512,
    maxOverdraftBuffersPerGate: 5,
  };
  const shuffle = (p: number, s: number) => ({
    vertices: [
      { name: 'a', parallelism: p },
      { name: 'b', parallelism: p },
    ],
    edges: [{ from: 'a', to: 'b', pattern: 'all-to-all' as const }],
    slotsPerTm: s,
  });
  it('required S·(3P − 2S + 2), target S·(4P − 2S + 16) for one all-to-all shuffle (B=2, F=8)', () => {
    for (const [p, s] of [
      [4, 4],
      [4, 2],
      [16, 4],
      [160, 8],
      [30, 10],
    ] as const) {
      const r = estimateJob(shuffle(p, s), tm, '1.20');
      expect(r.ok && [r.value.requiredPerTm, r.value.targetPerTm]).toEqual([s * (3 * p - 2 * s + 2), s * (4 * p - 2 * s + 16)]);
    }
  });
  it('forward edge: required 3S, target 18S', () => {
    const r = estimateJob({ ...shuffle(8, 4), edges: [{ from: 'a', to: 'b', pattern: 'forward' }] }, tm, '1.20');
    expect(r.ok && [r.value.requiredPerTm, r.value.targetPerTm]).toEqual([12, 72]);
  });
  it('1.10: 20 required for the 4×4 job (floating min 0)', () => {
    const r = estimateJob(shuffle(4, 4), { ...tm, maxOverdraftBuffersPerGate: null }, '1.10');
    expect(r.ok && r.value.requiredPerTm).toBe(20);
  });
});
