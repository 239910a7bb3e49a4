/**
 * Table-driven ports of the value-pinning cases of Flink's TaskExecutorProcessUtilsTest and
 * ProcessMemoryUtilsTestBase, and the worked examples T1–T7 / D of process-memory.md §9–§10,
 * across versions (1.10 texts and metaspace, network max 1g before 1.17, -D string per version).
 */
import { describe, expect, it } from 'vitest';
import { deriveTaskManager } from '~/model/taskmanager';
import { multiplyBytes } from '~/model/float';
import type { ConfigMap, DeriveOptions, FlinkVersion, TaskManagerResult } from '~/model/types';

const M = 1n << 20n;
const PREFIX = 'TaskManager memory configuration failed: ';

function ok(config: ConfigMap, opts: DeriveOptions = {}): Extract<TaskManagerResult, { ok: true }> {
  const r = deriveTaskManager(config, opts);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return r;
}

function refused(config: ConfigMap, opts: DeriveOptions = {}) {
  const r = deriveTaskManager(config, opts);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const TH = 'taskmanager.memory.task.heap.size';
const MG = 'taskmanager.memory.managed.size';
const TF = 'taskmanager.memory.flink.size';
const TP = 'taskmanager.memory.process.size';

describe('TaskExecutorProcessUtilsTest base configurations (§10)', () => {
  it.each([
    [
      'task heap 100m + managed 200m',
      { [TH]: '100m', [MG]: '200m' },
      [104857600n, 0n, 67108864n, 209715200n, 201326592n, 650117120n, 1119879168n],
    ],
    ['flink 1280m', { [TF]: '1280m' }, [402653174n, 0n, 134217730n, 536870920n, 201326592n, 1342177280n, 1811939328n]],
    [
      'flink 1280m + task heap 100m',
      { [TF]: '1280m', [TH]: '100m' },
      [104857600n, 0n, 432013304n, 536870920n, 201326592n, 1342177280n, 1811939328n],
    ],
    [
      'flink 1280m + managed 200m',
      { [TF]: '1280m', [MG]: '200m' },
      [729808894n, 0n, 134217730n, 209715200n, 201326592n, 1342177280n, 1811939328n],
    ],
    ['process 1536m', { [TP]: '1536m' }, [301989880n, 0n, 114085070n, 456340282n, 201326592n, 1140850688n, 1610612736n]],
  ] as const)('%s', (_name, config, [th, to, net, mg, oh, tf, tp]) => {
    const r = ok(config);
    expect(r.frameworkHeap).toBe(134217728n);
    expect(r.frameworkOffHeap).toBe(134217728n);
    expect(r.jvmMetaspace).toBe(268435456n);
    expect([r.taskHeap, r.taskOffHeap, r.network, r.managed, r.jvmOverhead, r.totalFlink, r.totalProcess]).toEqual([
      th,
      to,
      net,
      mg,
      oh,
      tf,
      tp,
    ]);
  });

  it('logs both "less than its min value" lines for task heap 100m + managed 200m', () => {
    const r = ok({ [TH]: '100m', [MG]: '200m' });
    expect(r.log.map((l) => l.message)).toEqual([
      'The derived from fraction network memory (61.778mb (64778696 bytes)) is less than its min value 64.000mb (67108864 bytes), min value will be used instead',
      'The derived from fraction jvm overhead memory (97.333mb (102061399 bytes)) is less than its min value 192.000mb (201326592 bytes), min value will be used instead',
    ]);
  });
});

describe('worked examples (§9)', () => {
  it('T1: process 1728m (shipped default), all output strings', () => {
    const r = ok({ [TP]: '1728m' });
    expect(r.path).toBe('total-process');
    expect(r.jvmParams).toBe('-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456');
    expect(r.dynamicConfigs).toBe(
      '-D taskmanager.memory.network.min=134217730b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D external-resources=none -D taskmanager.memory.jvm-overhead.min=201326592b -D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.numberOfTaskSlots=1 -D taskmanager.memory.jvm-overhead.max=201326592b',
    );
    expect(r.log[0]!.message).toBe(
      'The derived from fraction jvm overhead memory (172.800mb (181193935 bytes)) is less than its min value 192.000mb (201326592 bytes), min value will be used instead',
    );
  });

  it.each([
    [
      '1.10',
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b ',
    ],
    [
      '1.11',
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b ',
    ],
    [
      '1.12',
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ],
  ] as const)('T1 -D string in %s (1.10/1.11: trailing space; 1.12: + metaspace/overhead)', (v, want) => {
    expect(ok({ [TP]: '1728m' }, { version: v }).dynamicConfigs).toBe(want);
  });

  it("T1': 1.10.0 shipped default 1568m with metaspace 96m", () => {
    const r = ok({ [TP]: '1568m', 'taskmanager.memory.jvm-metaspace.size': '96m' }, { version: '1.10' });
    expect(r.jvmOverhead).toBe(201326592n);
    expect(r.totalFlink).toBe(1342177280n);
    expect(r.jvmParams).toBe('-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=100663296');
  });

  it('T2: process 4g', () => {
    const r = ok({ [TP]: '4g' });
    expect([r.jvmOverhead, r.totalFlink, r.managed, r.network, r.taskHeap]).toEqual([
      429496736n,
      3597035104n,
      1438814063n,
      359703515n,
      1530082070n,
    ]);
    expect(r.jvmParams).toBe('-Xmx1664299798 -Xms1664299798 -XX:MaxDirectMemorySize=493921243 -XX:MaxMetaspaceSize=268435456');
  });

  it('T3: flink 1280m gives the T1 process (1728m) through the inverse fraction', () => {
    const r = ok({ [TF]: '1280m' });
    expect(r.path).toBe('total-flink');
    expect(r.totalProcess).toBe(1728n * M);
    expect(r.jvmParams).toBe('-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456');
  });

  it('T4 / T4b: fine-grained, with and without process size, and with legacy buffers (≤1.20)', () => {
    const t4 = ok({ [TH]: '512m', [MG]: '512m' });
    expect([t4.path, t4.network, t4.totalFlink, t4.totalProcess]).toEqual(['fine-grained', 149130811n, 1491308091n, 1961070139n]);
    expect(t4.jvmParams).toBe('-Xmx671088640 -Xms671088640 -XX:MaxDirectMemorySize=283348539 -XX:MaxMetaspaceSize=268435456');
    const legacy = ok({ [TH]: '512m', [MG]: '512m', 'taskmanager.network.numberOfBuffers': '4096' }, { version: '1.20' });
    expect([legacy.network, legacy.totalFlink, legacy.totalProcess, legacy.jvmDirect]).toEqual([
      134217728n,
      1476395008n,
      1946157056n,
      268435456n,
    ]);
    const in20 = ok({ [TH]: '512m', [MG]: '512m', 'taskmanager.network.numberOfBuffers': '4096' }, { version: '2.0' });
    expect(in20.network).toBe(149130811n); // 2.0 ignores the legacy key
    const t4b = ok({ [TH]: '512m', [MG]: '512m', [TP]: '2g' });
    expect([t4b.network, t4b.jvmOverhead]).toEqual([149130811n, 387740101n]);
  });

  it('T5: small sizes', () => {
    const r = ok({ [TP]: '1g' });
    expect([r.jvmOverhead, r.totalFlink, r.managed, r.network, r.taskHeap]).toEqual([
      201326592n,
      603979776n,
      241591914n,
      67108864n,
      26843542n,
    ]);
    expect(refused({ [TP]: '600m' }).message).toBe(
      `${PREFIX}Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (60.800mb (63753421 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (152.000mb (159383552 bytes)).`,
    );
    expect(refused({ [TP]: '1700m', [TF]: '1280m' }).message).toBe(
      `${PREFIX}Derived JVM Overhead size (164.000mb (171966464 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 1024.000mb (1073741824 bytes)].`,
    );
    expect(ok({ [TP]: '1728m', [TF]: '1280m' }).totalProcess).toBe(1811939328n);
  });

  it.each([
    [
      '1.16',
      1073741824n,
      8160437768n,
      '-Xmx8294655496 -Xms8294655496 -XX:MaxDirectMemorySize=1207959552 -XX:MaxMetaspaceSize=268435456',
    ],
    [
      '1.10',
      1073741824n,
      8160437768n,
      '-Xmx8294655496 -Xms8294655496 -XX:MaxDirectMemorySize=1207959552 -XX:MaxMetaspaceSize=268435456',
    ],
    [
      '1.17',
      1583769214n,
      7650410378n,
      '-Xmx7784628106 -Xms7784628106 -XX:MaxDirectMemorySize=1717986942 -XX:MaxMetaspaceSize=268435456',
    ],
    [
      '2.3',
      1583769214n,
      7650410378n,
      '-Xmx7784628106 -Xms7784628106 -XX:MaxDirectMemorySize=1717986942 -XX:MaxMetaspaceSize=268435456',
    ],
  ] as const)('T6: process 16g in %s (network max 1g before 1.17)', (v, net, th, jvm) => {
    const r = ok({ [TP]: '16g' }, { version: v });
    expect([r.network, r.taskHeap, r.jvmParams]).toEqual([net, th, jvm]);
    expect(r.log.some((l) => l.message.includes('is greater than its max value 1024.000mb (1073741824 bytes)'))).toBe(true);
  });

  it.each([
    ['1536m', 201326592n, 1140850688n, 456340282n, 114085070n, 301989880n],
    ['2g', 214748368n, 1664299824n, 665719939n, 166429984n, 563714445n],
    ['8g', 858993472n, 7462505664n, 2985002310n, 746250577n, 3462817321n],
  ] as const)('T7: process %s', (p, oh, tf, mg, net, th) => {
    const r = ok({ [TP]: p });
    expect([r.jvmOverhead, r.totalFlink, r.managed, r.network, r.taskHeap]).toEqual([oh, tf, mg, net, th]);
  });

  it('legacy taskmanager.heap.size: flink size standalone, process size active, nothing raw, removed in 2.0', () => {
    const s = ok({ 'taskmanager.heap.size': '1024m' }, { version: '1.20', mode: 'standalone' });
    expect([s.managed, s.network, s.taskHeap, s.jvmOverhead, s.totalProcess]).toEqual([
      429496736n,
      107374184n,
      268435448n,
      201326592n,
      1543503872n,
    ]);
    expect(s.log[0]!.message).toBe(
      "'taskmanager.memory.flink.size' is not specified, use the configured deprecated task manager heap value (1024.000mb (1073741824 bytes)) for it.",
    );
    expect(ok({ 'taskmanager.heap.size': '1024m' }, { version: '1.20', mode: 'active' }).totalProcess).toBe(1n << 30n);
    expect(ok({ 'taskmanager.heap.mb': '1024' }, { version: '1.12', mode: 'active' }).totalProcess).toBe(1n << 30n);
    expect(refused({ 'taskmanager.heap.size': '1024m' }, { version: '1.20', mode: 'raw' }).id).toBe('tm.none-configured');
    expect(refused({ 'taskmanager.heap.size': '1024m' }, { version: '2.0' }).id).toBe('tm.none-configured');
    expect(refused({ 'taskmanager.heap.mb': '-1' }, { version: '1.20' }).message).toBe(
      'TaskManager failed to map legacy JVM heap option to the new one: Configured total process memory size (-1MB) must not be less than 0.',
    );
    expect(refused({ 'taskmanager.heap.mb': '-1' }, { version: '1.10' }).message).toBe(
      'Configured total process memory size (-1MB) must not be less than 0.',
    );
  });

  it('D: the docs\' "Capped Fractionated Components" examples, recomputed', () => {
    const d1 = ok({ [TP]: '1000m', 'taskmanager.memory.jvm-overhead.min': '64m', 'taskmanager.memory.jvm-overhead.max': '128m' });
    expect([d1.jvmOverhead, d1.totalFlink, d1.managed, d1.network, d1.taskHeap]).toEqual([
      104857601n,
      675282943n,
      270113181n,
      67528295n,
      69206011n,
    ]);
    const d2 = ok({
      [TP]: '1000m',
      'taskmanager.memory.jvm-overhead.min': '128m',
      'taskmanager.memory.jvm-overhead.max': '256m',
    });
    expect([d2.jvmOverhead, d2.totalFlink, d2.managed, d2.network, d2.taskHeap]).toEqual([
      134217728n,
      645922816n,
      258369130n,
      67108864n,
      52009366n,
    ]);
    const d3 = refused(
      {
        [TP]: '1000m',
        [TH]: '100m',
        'taskmanager.memory.jvm-overhead.min': '64m',
        'taskmanager.memory.jvm-overhead.max': '256m',
      },
      { version: '1.16' },
    );
    expect(d3.id).toBe('tm.network-rest-inconsistent');
    expect(d3.causes.at(-1)!.message).toBe(
      'Derived Network Memory size (30.400mb (31876706 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 1024.000mb (1073741824 bytes)].',
    );
    const d110 = ok(
      { [TF]: '1000m', [TH]: '100m', 'taskmanager.memory.network.min': '64m', 'taskmanager.memory.network.max': '256m' },
      { version: '1.10' },
    );
    expect(d110.network).toBe(255852538n);
  });
});

describe('pinned assertions of ProcessMemoryUtilsTestBase / TaskExecutorProcessUtilsTest', () => {
  it('overhead is the rest when process and flink are both set (fraction only logged)', () => {
    const r = ok({
      [TP]: '1000m',
      [TF]: '800m',
      'taskmanager.memory.jvm-metaspace.size': '100m',
      'taskmanager.memory.jvm-overhead.min': '50m',
      'taskmanager.memory.jvm-overhead.max': '200m',
      'taskmanager.memory.jvm-overhead.fraction': '0.5',
    });
    expect([r.jvmOverhead, r.managed, r.network, r.taskHeap]).toEqual([100n * M, 335544325n, 83886081n, 150994938n]);
    expect(r.log.some((l) => l.id === 'log.overhead-fraction-mismatch')).toBe(true);
    const e = refused({
      [TP]: '1000m',
      [TF]: '800m',
      'taskmanager.memory.jvm-metaspace.size': '100m',
      'taskmanager.memory.jvm-overhead.min': '150m',
      'taskmanager.memory.jvm-overhead.max': '200m',
      'taskmanager.memory.jvm-overhead.fraction': '0.5',
    });
    expect(e.message).toBe(
      `${PREFIX}Derived JVM Overhead size (100.000mb (104857600 bytes)) is not in configured JVM Overhead range [150.000mb (157286400 bytes), 200.000mb (209715200 bytes)].`,
    );
  });

  it('fractions with min 0 / max 1t apply exactly', () => {
    const r = ok({
      [TP]: '2g',
      'taskmanager.memory.jvm-overhead.min': '0',
      'taskmanager.memory.jvm-overhead.max': '1t',
      'taskmanager.memory.jvm-overhead.fraction': '0.2',
    });
    expect(r.jvmOverhead).toBe(429496736n); // 2g × 0.2f
    const n = ok({
      [TH]: '100m',
      [MG]: '200m',
      'taskmanager.memory.network.min': '0',
      'taskmanager.memory.network.max': '1t',
      'taskmanager.memory.network.fraction': '0.2',
    });
    const f = Math.fround(0.2);
    expect(multiplyBytes(583008256n, f / (1 - f))).toEqual({ ok: true, value: n.network }); // inverse fraction of the fixed parts
    const m = ok({ [TF]: '1g', 'taskmanager.memory.managed.fraction': '0.5' });
    expect(m.managed).toBe(512n * M);
  });

  it.each([
    ['taskmanager.memory.jvm-overhead.fraction', '-0.1'],
    ['taskmanager.memory.jvm-overhead.fraction', '1.0'],
    ['taskmanager.memory.network.fraction', '-0.1'],
    ['taskmanager.memory.network.fraction', '1.0'],
    ['taskmanager.memory.managed.fraction', '-0.1'],
    ['taskmanager.memory.managed.fraction', '1.0'],
    ['taskmanager.memory.managed.fraction', 'NaN'],
  ])('%s = %s → Inconsistently configured …', (key, value) => {
    const e = refused({ [TP]: '1728m', [key]: value });
    expect(e.className).toBe('IllegalConfigurationException');
    expect(e.id).toBe('range.inconsistent');
    expect(e.message).toContain(`${PREFIX}Inconsistently configured Key: '${key}'`);
  });

  it('network fraction 1.0 in 1.16 prints the option, the widened double and the 1g max', () => {
    expect(refused({ [TP]: '1728m', 'taskmanager.memory.network.fraction': '1.0' }, { version: '1.16' }).message).toBe(
      `${PREFIX}Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (1.0) and its min (64.000mb (67108864 bytes)), max (1024.000mb (1073741824 bytes)) value`,
    );
  });

  it('min > max fails', () => {
    expect(
      refused({
        [TP]: '1728m',
        'taskmanager.memory.jvm-overhead.min': '200m',
        'taskmanager.memory.jvm-overhead.max': '50m',
      }).causes.at(-1)!.message,
    ).toBe('min value must be less or equal to max value');
  });

  it('process 699m / flink 500m / overhead 100m: the Flink part fails first', () => {
    expect(
      refused({
        [TP]: '699m',
        [TF]: '500m',
        'taskmanager.memory.jvm-metaspace.size': '100m',
        'taskmanager.memory.jvm-overhead.min': '100m',
        'taskmanager.memory.jvm-overhead.max': '100m',
      }).id,
    ).toBe('tm.sum-network-exceeds');
  });

  it('derived total process greater than configured fails', () => {
    const e = refused({ 'taskmanager.memory.jvm-metaspace.size': '100m', [TP]: '200m', [TF]: '150m' });
    expect(e.id).toBe('tm.sum-network-exceeds');
  });

  it('flink 499m with fixed parts → E-SUM-HEAP', () => {
    const e = refused({
      [TF]: '499m',
      'taskmanager.memory.framework.heap.size': '100m',
      [TH]: '100m',
      'taskmanager.memory.task.off-heap.size': '100m',
      'taskmanager.memory.network.min': '100m',
      'taskmanager.memory.network.max': '100m',
      [MG]: '100m',
    });
    expect(e.message).toBe(
      `${PREFIX}Sum of configured Framework Heap Memory (100.000mb (104857600 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (100.000mb (104857600 bytes)), Task Off-Heap Memory (100.000mb (104857600 bytes)) and Managed Memory (100.000mb (104857600 bytes)) exceed configured Total Flink Memory (499.000mb (523239424 bytes)).`,
    );
  });

  it('network 0.6 + managed 0.6 → E-SUM-NETWORK in every version', () => {
    for (const v of ['1.16', '1.17', '2.0'] as const) {
      expect(
        refused(
          { [TF]: '1280m', 'taskmanager.memory.network.fraction': '0.6', 'taskmanager.memory.managed.fraction': '0.6' },
          { version: v },
        ).id,
      ).toBe('tm.sum-network-exceeds');
    }
  });

  it('network rest consistency: fraction 0.001 passes (INFO), out-of-range min/max fails', () => {
    const base = { [TF]: '1280m', [TH]: '300m', [MG]: '324m' };
    const r = ok({ ...base, 'taskmanager.memory.network.fraction': '0.001' });
    expect(r.network).toBe(400n * M);
    expect(r.log.some((l) => l.id === 'log.network-fraction-mismatch')).toBe(true);
    expect(refused({ ...base, 'taskmanager.memory.network.min': '900m', 'taskmanager.memory.network.max': '1000m' }).id).toBe(
      'tm.network-rest-inconsistent',
    );
    expect(refused({ ...base, 'taskmanager.memory.network.min': '100m', 'taskmanager.memory.network.max': '150m' }).id).toBe(
      'tm.network-rest-inconsistent',
    );
    const legacy = refused(
      {
        [TF]: '1280m',
        [TH]: '300m',
        [MG]: '324m',
        'taskmanager.network.numberOfBuffers': '10',
        'taskmanager.memory.segment-size': '16m',
      },
      { version: '1.20' },
    );
    expect(legacy.causes.at(-1)!.message).toBe(
      'Derived Network Memory size (400.000mb (419430400 bytes)) does not match configured Network Memory size (160.000mb (167772160 bytes)).',
    );
  });

  it('legacy numberOfBuffers: 1024 × 32k = 32m for every base config (≤1.20)', () => {
    const legacy = { 'taskmanager.network.numberOfBuffers': '1024', 'taskmanager.memory.segment-size': '32k' };
    for (const c of [{ [TH]: '100m', [MG]: '200m' }, { [TF]: '1280m' }, { [TF]: '1280m', [MG]: '200m' }, { [TP]: '1536m' }]) {
      expect(ok({ ...c, ...legacy }, { version: '1.20' }).network).toBe(32n * M);
    }
  });

  it('CPU cores: slots fallback, explicit value, refusal', () => {
    expect(ok({ [TP]: '1728m', 'taskmanager.numberOfTaskSlots': '3' }).cpuCores).toBe(3);
    expect(ok({ [TP]: '1728m', 'taskmanager.cpu.cores': '0.5' }).dynamicConfigs).toContain('-D taskmanager.cpu.cores=0.5 ');
    expect(ok({ [TP]: '1728m', 'taskmanager.cpu.cores': '10000000' }).dynamicConfigs).toContain(
      '-D taskmanager.cpu.cores=1.0E7 ',
    );
    expect(refused({ [TP]: '1728m', 'taskmanager.cpu.cores': '-0.1' }).message).toBe(
      `${PREFIX}TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.`,
    );
  });
});

describe('version-specific texts and paths', () => {
  const none: Record<string, string> = {
    '1.10':
      'Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    '1.20': `${PREFIX}Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.`,
  };
  it.each(Object.entries(none))('empty config in %s', (v, msg) => {
    expect(refused({}, { version: v as FlinkVersion }).message).toBe(msg);
  });

  it('1.10 has no "process < flink + metaspace" check: raw IllegalArgumentException', () => {
    const e = refused({ [TP]: '1000m', [TF]: '900m' }, { version: '1.10' });
    expect([e.className, e.message]).toEqual(['IllegalArgumentException', 'bytes must be >= 0']);
    expect(refused({ [TP]: '1000m', [TF]: '900m' }, { version: '1.11' }).message).toBe(
      `${PREFIX}The configured Total Process Memory size (1000.000mb (1048576000 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)).`,
    );
  });

  it('overhead fraction INFO: 1.10 / 1.11–1.15 "OVerhead" / 1.16+', () => {
    const c = { [TP]: '1728m', [TF]: '1280m', 'taskmanager.memory.jvm-overhead.fraction': '0.1' };
    const msg = (v: FlinkVersion) => ok(c, { version: v }).log.find((l) => l.id === 'log.overhead-fraction-mismatch')!.message;
    expect(msg('1.10')).toBe(
      'The derived JVM Overhead size (192.000mb (201326592 bytes)) does not match the configured JVM Overhead fraction (0.10000000149011612) from the configured Total Process Memory size (1.688gb (1811939328 bytes)). The derived JVM OVerhead size will be used.',
    );
    expect(msg('1.15')).toContain('configured or default JVM Overhead fraction (0.10000000149011612)');
    expect(msg('1.15')).toContain('The derived JVM OVerhead size will be used.');
    expect(msg('1.16')).toContain('The derived JVM Overhead size will be used.');
  });

  it('deprecated keys are honoured (and logged), the new key wins', () => {
    const r = ok({ [TP]: '1728m', 'taskmanager.network.memory.fraction': '0.2' }, { version: '2.0' });
    expect(r.network).toBe(268435460n);
    expect(r.log.some((l) => l.id === 'log.deprecated-key')).toBe(true);
    expect(
      ok({ [TP]: '1728m', 'taskmanager.network.memory.fraction': '0.2', 'taskmanager.memory.network.fraction': '0.1' }).network,
    ).toBe(134217730n);
    expect(ok({ [TH]: '100m', 'taskmanager.memory.size': '200m' }).path).toBe('fine-grained');
    expect(ok({ [TP]: '1728m', 'taskmanager.memory.size': '512' }).managed).toBe(512n); // bytes since 1.10
  });

  it('external resources: unquoted in 1.13–1.14, quoted from 1.15, amount entries added', () => {
    const c = { [TP]: '1728m', 'external-resources': 'gpu', 'external-resource.gpu.amount': '2' };
    expect(ok(c, { version: '1.14' }).dynamicConfigs).toContain('-D external-resources=gpu ');
    expect(ok(c, { version: '1.15' }).dynamicConfigs).toContain('-D external-resources="gpu" ');
    expect(ok(c, { version: '1.15' }).dynamicConfigs).toContain('-D external-resource.gpu.amount=2');
    expect(ok({ [TP]: '1728m', 'external-resources': 'gpu' }).dynamicConfigs).toContain('-D external-resources=none');
  });

  it('bad values: size wrapped with causes, fraction bare', () => {
    const size = refused({ [TP]: '1.5g' });
    expect(size.message).toBe(`${PREFIX}Cannot read memory size from config option 'taskmanager.memory.process.size'.`);
    expect(size.causes.map((c) => c.className)).toEqual([
      'IllegalConfigurationException',
      'IllegalArgumentException',
      'IllegalArgumentException',
    ]);
    const frac = refused({ [TP]: '1728m', 'taskmanager.memory.managed.fraction': 'abc' });
    expect([frac.className, frac.message]).toEqual([
      'IllegalArgumentException',
      "Could not parse value 'abc' for key 'taskmanager.memory.managed.fraction'.",
    ]);
    expect(refused({ [TF]: '9223372036854775807' }).message).toBe('long overflow');
  });
});

describe('local execution (MiniCluster, §8.1)', () => {
  it('2.x: 1 TiB task heap/off-heap, 1e6 cores, managed 128m, network 64m', () => {
    const r = ok({}, { mode: 'local' });
    expect([r.path, r.taskHeap, r.taskOffHeap, r.managed, r.network, r.cpuCores]).toEqual([
      'local',
      1n << 40n,
      1n << 40n,
      128n * M,
      64n * M,
      1000000,
    ]);
    expect(r.log.map((l) => l.message)).toContain(
      'The configuration option taskmanager.memory.task.heap.size required for local execution is not set, setting it to the maximal possible value.',
    );
    expect(r.log.map((l) => l.message)).toContain(
      'The configuration option taskmanager.memory.managed.size required for local execution is not set, setting it to its default value 128 mb.',
    );
  });

  it('1.11: Long.MAX_VALUE heap and the older log text', () => {
    const r = ok({}, { mode: 'local', version: '1.11' });
    expect(r.taskHeap).toBe(9223372036854775807n);
    expect(r.log[0]!.message).toBe(
      'The configuration option taskmanager.cpu.cores required for local execution is not set, setting it to its default value 1.7976931348623157E308',
    );
  });

  it('network min/max copy each other; different values are refused', () => {
    expect(ok({ 'taskmanager.memory.network.max': '100m' }, { mode: 'local' }).network).toBe(100n * M);
    const e = refused({ 'taskmanager.memory.network.min': '64m', 'taskmanager.memory.network.max': '128m' }, { mode: 'local' });
    expect(e.message).toBe('Failed to create TaskExecutorResourceSpec');
    expect(e.causes[0]!.message).toBe(
      'The network memory min (64 mb) and max (128 mb) mismatch, the network memory has to be resolved and set to a fixed value before task executor starts',
    );
  });

  it('process size is ignored with a WARN; 1.20 forces framework defaults, 1.19 honours them', () => {
    const r = ok({ [TP]: '2g', 'taskmanager.memory.framework.heap.size': '256m' }, { mode: 'local', version: '1.20' });
    expect(r.log.filter((l) => l.level === 'WARN').length).toBe(2);
    expect(r.frameworkHeap).toBe(128n * M);
    expect(ok({ 'taskmanager.memory.framework.heap.size': '256m' }, { mode: 'local', version: '1.19' }).frameworkHeap).toBe(
      256n * M,
    );
  });
});
