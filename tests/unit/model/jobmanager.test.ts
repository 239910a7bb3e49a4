/** Ports of JobManagerProcessUtilsTest and the J1/J2 examples (process-memory.md §6, §9, §10). */
import { describe, expect, it } from 'vitest';
import { deriveJobManager } from '~/model/jobmanager';
import type { ConfigMap, DeriveOptions, JobManagerResult } from '~/model/types';

const M = 1n << 20n;
const PREFIX = 'JobManager memory configuration failed: ';

function ok(config: ConfigMap, opts: DeriveOptions = {}): Extract<JobManagerResult, { ok: true }> {
  const r = deriveJobManager(config, opts);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return r;
}
function refused(config: ConfigMap, opts: DeriveOptions = {}) {
  const r = deriveJobManager(config, opts);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('J1: jobmanager.memory.process.size 1600m', () => {
  it('figures, JVM flags with and without direct limit, -D string', () => {
    const r = ok({ 'jobmanager.memory.process.size': '1600m' });
    expect([r.jvmHeap, r.offHeap, r.jvmMetaspace, r.jvmOverhead, r.totalFlink, r.totalProcess]).toEqual([
      1n << 30n,
      128n * M,
      256n * M,
      192n * M,
      1207959552n,
      1677721600n,
    ]);
    expect(r.jvmParams).toBe('-Xmx1073741824 -Xms1073741824 -XX:MaxMetaspaceSize=268435456');
    expect(r.jvmParamsDirectLimitOn).toBe(
      '-Xmx1073741824 -Xms1073741824 -XX:MaxDirectMemorySize=134217728 -XX:MaxMetaspaceSize=268435456',
    );
    expect(
      ok({ 'jobmanager.memory.process.size': '1600m', 'jobmanager.memory.enable-jvm-direct-memory-limit': 'TRUE' }).jvmParams,
    ).toBe(r.jvmParamsDirectLimitOn);
    expect(r.dynamicConfigs).toBe(
      '-D jobmanager.memory.off-heap.size=134217728b -D jobmanager.memory.jvm-overhead.min=201326592b -D jobmanager.memory.jvm-metaspace.size=268435456b -D jobmanager.memory.heap.size=1073741824b -D jobmanager.memory.jvm-overhead.max=201326592b',
    );
    expect(r.log[0]!.message).toBe(
      'The derived from fraction jvm overhead memory (160.000mb (167772162 bytes)) is less than its min value 192.000mb (201326592 bytes), min value will be used instead',
    );
  });

  it('1.11 has no -D string', () => {
    expect(ok({ 'jobmanager.memory.process.size': '1600m' }, { version: '1.11' }).dynamicConfigs).toBe('');
  });
});

describe('J2 vectors', () => {
  it.each([
    [{ 'jobmanager.memory.process.size': '1024m' }, 469762048n, 134217728n, 201326592n, 1073741824n],
    [{ 'jobmanager.memory.process.size': '1536m' }, 1006632960n, 134217728n, 201326592n, 1610612736n],
    [{ 'jobmanager.memory.process.size': '2g' }, 1530082096n, 134217728n, 214748368n, 2147483648n],
    [{ 'jobmanager.memory.process.size': '4g' }, 3462817376n, 134217728n, 429496736n, 4294967296n],
    [{ 'jobmanager.memory.process.size': '8g' }, 7328287936n, 134217728n, 858993472n, 8589934592n],
    [{ 'jobmanager.memory.flink.size': '1280m' }, 1207959552n, 134217728n, 201326592n, 1811939328n],
    [{ 'jobmanager.memory.heap.size': '1024m' }, 1073741824n, 134217728n, 201326592n, 1677721600n],
    [{ 'jobmanager.heap.size': '1024m' }, 1073741824n, 134217728n, 201326592n, 1677721600n],
    [{ 'jobmanager.memory.heap.size': '1152m' }, 1207959552n, 134217728n, 201326592n, 1811939328n],
    [{ 'jobmanager.memory.heap.size': '50m' }, 52428800n, 134217728n, 201326592n, 656408576n],
    [
      { 'jobmanager.memory.flink.size': '378m', 'jobmanager.memory.heap.size': '150m' },
      157286400n,
      239075328n,
      201326592n,
      866123776n,
    ],
  ] as const)('%j', (config, heap, off, oh, tp) => {
    const r = ok(config, { version: '1.20' });
    expect([r.jvmHeap, r.offHeap, r.jvmOverhead, r.totalProcess]).toEqual([heap, off, oh, tp]);
  });

  it('logs: small heap WARN, off-heap derived INFO', () => {
    expect(ok({ 'jobmanager.memory.heap.size': '50m' }).log.find((l) => l.level === 'WARN')!.message).toBe(
      'The configured or derived JVM heap memory size (50.000mb (52428800 bytes)) is less than its recommended minimum value (128.000mb (134217728 bytes))',
    );
    expect(ok({ 'jobmanager.memory.flink.size': '378m', 'jobmanager.memory.heap.size': '150m' }).log[0]!.message).toBe(
      'The Off-Heap Memory size (228.000mb (239075328 bytes)) is derived the configured Total Flink Memory size (378.000mb (396361728 bytes)) minus the configured JVM Heap Memory size (150.000mb (157286400 bytes)). The default Off-Heap Memory size (128.000mb (134217728 bytes)) is ignored.',
    );
  });

  it('fine-grained: flink 200m, off-heap 50m, heap 150m', () => {
    expect(
      ok({
        'jobmanager.memory.flink.size': '200m',
        'jobmanager.memory.off-heap.size': '50m',
        'jobmanager.memory.heap.size': '150m',
      }).offHeap,
    ).toBe(50n * M);
  });

  it('base-class case: process 1000m, flink 800m, metaspace 100m → overhead 100m, heap 704643072', () => {
    const r = ok({
      'jobmanager.memory.process.size': '1000m',
      'jobmanager.memory.flink.size': '800m',
      'jobmanager.memory.jvm-metaspace.size': '100m',
      'jobmanager.memory.jvm-overhead.min': '50m',
      'jobmanager.memory.jvm-overhead.max': '200m',
      'jobmanager.memory.jvm-overhead.fraction': '0.5',
    });
    expect([r.jvmOverhead, r.jvmHeap, r.offHeap]).toEqual([100n * M, 704643072n, 128n * M]);
  });
});

describe('JobManager refusals, prefix per version', () => {
  it.each([
    ['1.20', PREFIX],
    ['1.12', PREFIX],
    ['2.0', ''],
    ['2.3', ''],
  ] as const)('%s prefix %j', (v, prefix) => {
    expect(refused({ 'jobmanager.memory.process.size': '500m' }, { version: v }).message).toBe(
      `${prefix}The configured Total Flink Memory (52.000mb (54525952 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).`,
    );
  });

  it.each([
    [
      { 'jobmanager.memory.process.size': '448m' },
      'The configured Total Flink Memory (0 bytes) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    ],
    [
      { 'jobmanager.memory.flink.size': '128m' },
      'The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    ],
    [
      { 'jobmanager.memory.process.size': '400m' },
      'Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (400.000mb (419430400 bytes)).',
    ],
    [
      {
        'jobmanager.memory.flink.size': '199m',
        'jobmanager.memory.heap.size': '100m',
        'jobmanager.memory.off-heap.size': '100m',
      },
      'Sum of the configured JVM Heap Memory (100.000mb (104857600 bytes)) and the configured Off-heap Memory (100.000mb (104857600 bytes)) does not match the configured Total Flink Memory (199.000mb (208666624 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ],
    [
      { 'jobmanager.memory.flink.size': '100m', 'jobmanager.memory.heap.size': '150m' },
      'The configured JVM Heap Memory (150.000mb (157286400 bytes)) exceeds the configured Total Flink Memory (100.000mb (104857600 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ],
    [
      {
        'jobmanager.memory.process.size': '1000m',
        'jobmanager.memory.heap.size': '100m',
        'jobmanager.memory.jvm-overhead.min': '64m',
        'jobmanager.memory.jvm-overhead.max': '256m',
      },
      'Derived JVM Overhead size (516.000mb (541065216 bytes)) is not in configured JVM Overhead range [64.000mb (67108864 bytes), 256.000mb (268435456 bytes)].',
    ],
    [
      {},
      "Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ],
  ] as const)('%j', (config, msg) => {
    expect(refused(config, { version: '2.0' }).message).toBe(msg);
    expect(refused(config, { version: '1.20' }).message).toBe(PREFIX + msg);
  });

  it('process 699m, flink 500m, metaspace 100m, overhead 100m → overhead rest 99m out of range', () => {
    expect(
      refused({
        'jobmanager.memory.process.size': '699m',
        'jobmanager.memory.flink.size': '500m',
        'jobmanager.memory.jvm-metaspace.size': '100m',
        'jobmanager.memory.jvm-overhead.min': '100m',
        'jobmanager.memory.jvm-overhead.max': '100m',
      }).id,
    ).toBe('process.overhead-out-of-range');
  });

  it('a bad boolean is a bare IllegalArgumentException', () => {
    const e = refused(
      { 'jobmanager.memory.process.size': '1600m', 'jobmanager.memory.enable-jvm-direct-memory-limit': 'yes' },
      { version: '1.20' },
    );
    expect([e.className, e.message]).toEqual([
      'IllegalArgumentException',
      "Could not parse value 'yes' for key 'jobmanager.memory.enable-jvm-direct-memory-limit'.",
    ]);
  });

  it('legacy jobmanager.heap.size: heap (standalone), process (active), ignored in 2.0', () => {
    expect(ok({ 'jobmanager.heap.size': '2g' }, { version: '1.20', mode: 'active' }).totalProcess).toBe(2n << 30n);
    expect(ok({ 'jobmanager.heap.mb': '1024' }, { version: '1.20' }).jvmHeap).toBe(1n << 30n);
    expect(refused({ 'jobmanager.heap.size': '1024m' }, { version: '2.0' }).id).toBe('jm.none-configured');
  });
});

describe('1.10: jobmanager.heap.size → -Xms/-Xmx in MiB (bin/jobmanager.sh)', () => {
  it.each([
    [{}, '-Xms1024m -Xmx1024m', 1024n],
    [{ 'jobmanager.heap.size': '2g' }, '-Xms2048m -Xmx2048m', 2048n],
    [{ 'jobmanager.heap.size': '1000000k' }, '-Xms976m -Xmx976m', 976n],
    [{ 'jobmanager.heap.mb': '512' }, '-Xms512m -Xmx512m', 512n],
  ] as const)('%j → %s', (config, flags, mib) => {
    const r = ok(config, { version: '1.10' });
    expect([r.path, r.jvmParams, r.jvmHeap, r.dynamicConfigs]).toEqual(['legacy-1.10', flags, mib << 20n, '']);
  });

  it.each([
    [1024n, 424n],
    [2048n, 1448n],
    [4096n, 3072n],
  ])('containerized %s MiB → heap %s MiB (cut-off 0.25 / 600)', (c, heap) => {
    const r = ok({ 'jobmanager.heap.size': `${c}m` }, { version: '1.10', mode: 'active' });
    expect([r.jvmHeap, r.totalProcess]).toEqual([heap << 20n, c << 20n]);
  });
});
