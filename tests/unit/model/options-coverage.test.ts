/**
 * The options the coverage chapters name (ForSt, Kubernetes, batch shuffle and batch SQL, Python
 * mode, the JobManager's job store), checked against the defaults in Flink's source:
 * ForStOptions, KubernetesConfigOptions, NettyShuffleEnvironmentOptions, ExecutionConfigOptions,
 * PythonOptions, JobManagerOptions. Each row names a version the default must hold in and one
 * where the key must not be read, so a wrong `since`/`removedIn` fails as well as a wrong value.
 */
import { describe, expect, it } from 'vitest';
import { defaultFor, isReadIn, optionFor } from '~/model/options';
import { buildReference } from '~/model/config/reference';
import { OPTIONS } from '~/model/options';
import { parseMemorySize } from '~/model/memorysize';
import type { FlinkVersion } from '~/model/types';

type Row = readonly [key: string, version: FlinkVersion, value: string | null];

const DEFAULTS: readonly Row[] = [
  ['state.backend.forst.memory.managed', '2.0', 'true'],
  ['state.backend.forst.memory.managed', '2.3', 'true'],
  ['state.backend.forst.memory.fixed-per-slot', '2.0', null],
  ['state.backend.forst.memory.fixed-per-tm', '2.2', null],
  ['state.backend.forst.memory.write-buffer-ratio', '2.1', '0.5'],
  ['state.backend.forst.memory.high-prio-pool-ratio', '2.3', '0.1'],
  // ForStOptions: partitioned index/filters and the file cache (see forst.ts for the commits read).
  ['state.backend.forst.memory.partitioned-index-filters', '2.0', 'true'],
  ['state.backend.forst.memory.partitioned-index-filters', '2.3', 'true'],
  ['state.backend.forst.cache.dir', '2.0', null],
  ['state.backend.forst.cache.dir', '2.3', null],
  ['state.backend.forst.cache.size-based-limit', '2.0', '0 bytes'],
  ['state.backend.forst.cache.size-based-limit', '2.3', '0 bytes'],
  ['state.backend.forst.cache.reserve-size', '2.0', '256 mb'],
  ['state.backend.forst.cache.reserve-size', '2.3', '256 mb'],
  ['state.backend.forst.cache.lru.access-before-promote', '2.1', '6'],
  ['state.backend.forst.cache.lru.promote-limit', '2.2', '3'],
  // RocksDBManualCompactionOptions.MIN_INTERVAL: Duration.ofMinutes(0), "Zero disables".
  ['state.backend.rocksdb.manual-compaction.min-interval', '1.20', '0 ms'],
  ['state.backend.rocksdb.manual-compaction.min-interval', '2.3', '0 ms'],
  ['kubernetes.jobmanager.memory.limit-factor', '1.15', '1.0'],
  ['kubernetes.taskmanager.memory.limit-factor', '2.3', '1.0'],
  ['taskmanager.network.blocking-shuffle.type', '1.10', 'file'],
  ['taskmanager.network.blocking-shuffle.type', '1.20', 'file'],
  ['table.exec.resource.external-buffer-memory', '1.10', '10 mb'],
  ['table.exec.resource.hash-agg.memory', '1.20', '128 mb'],
  ['table.exec.resource.hash-join.memory', '2.0', '128 mb'],
  ['table.exec.resource.sort.memory', '2.3', '128 mb'],
  ['python.execution-mode', '1.15', 'process'],
  ['python.fn-execution.memory.managed', '1.11', 'false'],
  ['python.fn-execution.memory.managed', '1.12', 'true'],
  ['jobstore.cache-size', '1.10', '52428800'],
  ['jobstore.cache-size', '2.3', '52428800'],
  ['taskmanager.network.sort-shuffle.min-buffers', '1.14', '64'],
  ['taskmanager.network.sort-shuffle.min-buffers', '1.15', '512'],
];

const NOT_READ: readonly (readonly [string, FlinkVersion])[] = [
  ['state.backend.forst.memory.managed', '1.20'],
  ['state.backend.forst.memory.partitioned-index-filters', '1.20'],
  ['state.backend.forst.cache.reserve-size', '1.20'],
  ['state.backend.rocksdb.manual-compaction.min-interval', '1.19'],
  ['kubernetes.taskmanager.memory.limit-factor', '1.14'],
  ['kubernetes.jobmanager.memory.limit-factor', '1.14'],
  ['taskmanager.network.blocking-shuffle.type', '2.0'],
  ['python.execution-mode', '1.14'],
];

describe("coverage options: defaults from Flink's source", () => {
  it.each(DEFAULTS)('defaultFor(%s, %s) = %s', (key, v, want) => {
    expect(defaultFor(key, v)).toBe(want);
  });

  it.each(NOT_READ)('%s is not read in %s', (key, v) => {
    expect(isReadIn(key, v)).toBe(false);
    expect(defaultFor(key, v)).toBeUndefined();
  });

  it("memory defaults are sizes Flink's MemorySize.parse accepts", () => {
    for (const [key, v, value] of DEFAULTS) {
      if (optionFor(key)?.type !== 'memory' || value === null) continue;
      expect(parseMemorySize(value).ok, `${key}@${v}`).toBe(true);
    }
  });

  it('the ForSt file cache is on by default: reserve-size is positive, the size limit is off', () => {
    // ForStOptions: "User should specify at least one cache size limit to enable the cache".
    const bytes = (k: string): bigint | undefined => {
      const r = parseMemorySize(defaultFor(k, '2.3') ?? '');
      return r.ok ? r.value : undefined;
    };
    expect(bytes('state.backend.forst.cache.reserve-size')).toBe(256n * 1024n * 1024n);
    expect(bytes('state.backend.forst.cache.size-based-limit')).toBe(0n);
  });

  it('the batch SQL weights keep their 128 mb / 10 mb ratio (12.8 : 1)', () => {
    const bytes = (k: string): bigint | undefined => {
      const r = parseMemorySize(defaultFor(k, '2.3') ?? '');
      return r.ok ? r.value : undefined;
    };
    expect(bytes('table.exec.resource.sort.memory')).toBe(128n * 1024n * 1024n);
    expect(bytes('table.exec.resource.external-buffer-memory')).toBe(10n * 1024n * 1024n);
  });

  it('every new category is on the reference page', () => {
    const cats = buildReference(OPTIONS).map((s) => s.category);
    for (const c of ['forst', 'batch', 'kubernetes'] as const) expect(cats).toContain(c);
  });
});
