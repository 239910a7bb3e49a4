/**
 * Scenario tests: realistic setups readers bring, each checked for the values a Flink engineer
 * would expect and rendered in both languages. The expected values follow from the rules written
 * in content/<lang>/advisor-rules.mdx, not from running the advisor.
 */
import { describe, expect, it } from 'vitest';
import { advise, type AdvisorInput, type Advice } from '~/model/advisor';
import { deriveTaskManager, parseMemorySize } from '~/model';
import { reasonLine, warningText } from '~/i18n/advisor';

const MIB = 1n << 20n;
const GIB = 1n << 30n;
const bytes = (s: string | undefined): bigint => {
  const r = parseMemorySize(s ?? '');
  if (!r.ok) throw new Error(`not a size: ${s}`);
  return r.value;
};
const has = (a: Advice, id: string): boolean => a.warnings.some((w) => w.id === id);

interface Scenario {
  name: string;
  input: AdvisorInput;
  expect: (a: Advice) => void;
}

const SCENARIOS: Scenario[] = [
  {
    name: '4Gi / 2 CPU pods with RocksDB (operator, 1.20)',
    input: {
      version: '1.20',
      deployment: 'kubernetes-operator',
      taskManager: { memory: '4Gi', cpus: 2 },
      job: { stateBackend: 'rocksdb', stateSizePerSlot: '2g', parallelism: 8 },
    },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBe('4096m');
      expect(a.config['taskmanager.numberOfTaskSlots']).toBe('2');
      expect(Number(a.config['taskmanager.memory.managed.fraction'])).toBeGreaterThanOrEqual(0.4);
      expect(a.config['state.backend.type']).toBe('rocksdb');
      expect(a.config['state.backend.rocksdb.memory.managed']).toBe('true');
      expect(a.config['state.backend.rocksdb.memory.partitioned-index-filters']).toBe('true');
      expect(a.config['kubernetes.taskmanager.memory.limit-factor']).toBe('1.0');
      expect(a.config['taskmanager.memory.jvm-overhead.fraction']).toBe('0.15');
      // 10 % of 2 GiB per slot is wanted; the slot's RocksDB budget covers it.
      expect(a.checks.stateBackend.perSlot >= 204n * MIB).toBe(true);
      expect(has(a, 'warn.rocksShort')).toBe(false);
      expect(a.numTms).toBe(4);
    },
  },
  {
    name: 'YARN 8 GB containers',
    input: {
      version: '1.18',
      deployment: 'yarn',
      taskManager: { memory: 8192, cpus: 4 },
      yarnMinAllocationMb: 1024,
      job: { parallelism: 16 },
    },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBe('8192m');
      expect(a.checks.platform.yarnContainerMb).toBe(8192);
      expect(a.config['yarn.containers.vcores']).toBe('4');
      expect(a.config['taskmanager.numberOfTaskSlots']).toBe('4');
      expect(a.config['taskmanager.memory.managed.fraction']).toBe('0');
      expect(has(a, 'warn.yarnRounding')).toBe(false);
    },
  },
  {
    name: 'YARN container rounded up by the minimum allocation',
    input: { deployment: 'yarn', taskManager: { memory: 7000, cpus: 4 }, yarnMinAllocationMb: 1024 },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBe('7168m');
      expect(a.checks.platform.yarnContainerMb).toBe(7168);
      expect(has(a, 'warn.yarnRounding')).toBe(true);
    },
  },
  {
    name: 'a wide batch job (SQL joins, parallelism 128)',
    input: {
      version: '2.0',
      deployment: 'native-kubernetes',
      taskManager: { memory: '8Gi', cpus: 4 },
      job: { mode: 'batch', parallelism: 128, sql: { joins: true, aggregations: true } },
    },
    expect: (a) => {
      expect(a.config['taskmanager.memory.managed.fraction']).toBe('0.4');
      expect(a.config['taskmanager.network.memory.buffer-debloat.enabled']).toBeUndefined();
      expect(a.config['taskmanager.memory.jvm-metaspace.size']).toBe('384m');
      expect(a.checks.network.requiredPerTm).toBeGreaterThan(1000);
      expect(a.checks.network.fitsWithMargin).toBe(true);
      expect(a.job).toContain(':BLOCKING');
    },
  },
  {
    name: 'a Python job (1.20, SQL aggregations)',
    input: {
      version: '1.20',
      taskManager: { memory: '4Gi', cpus: 2 },
      job: { python: true, sql: { aggregations: true }, parallelism: 4 },
    },
    expect: (a) => {
      expect(Number(a.config['taskmanager.memory.managed.fraction'])).toBeCloseTo(0.2, 3);
      expect(a.config['taskmanager.memory.managed.consumer-weights']).toBe('OPERATOR:70,STATE_BACKEND:70,PYTHON:30');
      expect(a.config['taskmanager.memory.jvm-overhead.fraction']).toBe('0.15');
      expect(a.config['taskmanager.memory.jvm-metaspace.size']).toBe('384m');
    },
  },
  {
    name: 'a Python job on 1.11 (workers off-heap)',
    input: { version: '1.11', taskManager: { memory: '4Gi', cpus: 2 }, job: { python: true } },
    expect: (a) => {
      expect(a.config['taskmanager.memory.task.off-heap.size']).toBe('158m');
      expect(a.config['taskmanager.memory.managed.consumer-weights']).toBeUndefined();
      expect(a.config['kubernetes.taskmanager.memory.limit-factor']).toBeUndefined();
    },
  },
  {
    name: 'a 2.x ForSt job with 10g of state per slot',
    input: {
      version: '2.0',
      taskManager: { memory: '8Gi', cpus: 2 },
      job: { stateBackend: 'forst', stateSizePerSlot: '10g', parallelism: 4, checkpointing: 'unaligned' },
    },
    expect: (a) => {
      expect(a.config['state.backend.type']).toBe('forst');
      expect(a.config['state.backend.forst.memory.managed']).toBe('true');
      expect(a.config['state.backend.forst.memory.partitioned-index-filters']).toBe('true');
      expect(a.config['state.backend.rocksdb.memory.managed']).toBeUndefined();
      expect(has(a, 'warn.unalignedInflight')).toBe(true);
      // 1 GiB wanted per slot (10 %): 2 slots of an 8 GiB pod give it.
      expect(a.checks.stateBackend.perSlot >= GIB - MIB).toBe(true);
    },
  },
  {
    name: 'ForSt on 1.20 falls back to RocksDB',
    input: { version: '1.20', job: { stateBackend: 'forst' } },
    expect: (a) => {
      expect(a.problems.map((p) => p.id)).toContain('input.forstVersion');
      expect(a.config['state.backend.type']).toBe('rocksdb');
    },
  },
  {
    name: 'a small standalone session cluster (2g hosts, 4 slots, 1g JobManager)',
    input: {
      version: '1.19',
      deployment: 'standalone',
      taskManager: { memory: '2g', cpus: 4, slots: 4 },
      jobManager: { memory: '1g' },
    },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBeUndefined();
      expect(a.config['taskmanager.memory.flink.size']).toBeDefined();
      expect(a.config['jobmanager.memory.flink.size']).toBeDefined();
      expect(a.config['taskmanager.numberOfTaskSlots']).toBe('4');
      const tm = deriveTaskManager(a.config, { version: '1.19', mode: 'standalone' });
      expect(tm.ok && tm.totalProcess <= 2n * GIB).toBe(true);
      expect(tm.ok && tm.totalProcess > 2n * GIB - 2n * MIB).toBe(true);
      expect(a.config['kubernetes.taskmanager.memory.limit-factor']).toBeUndefined();
    },
  },
  {
    name: 'a 64 GiB TaskManager (2.0, hashmap)',
    input: { version: '2.0', taskManager: { memory: '64Gi', cpus: 16 }, job: { stateSizePerSlot: '1g', parallelism: 64 } },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBe('65536m');
      expect(a.config['taskmanager.numberOfTaskSlots']).toBe('16');
      // 1.17+ has no network cap: 10 % would be ~6 GiB; the topology needs far less.
      expect(a.config['taskmanager.memory.network.max']).toBe('1024m');
      expect(a.reasons['taskmanager.memory.network.max']?.rule).toBe('rule.networkCapped');
      expect(has(a, 'warn.bigHeap')).toBe(true);
      expect(has(a, 'warn.stateExceedsHeap')).toBe(false);
    },
  },
  {
    name: 'a 1 GiB pod',
    input: { version: '1.20', taskManager: { memory: '1Gi', cpus: 1 } },
    expect: (a) => {
      expect(a.config['taskmanager.memory.process.size']).toBe('1024m');
      expect(a.config['taskmanager.numberOfTaskSlots']).toBe('1');
      expect(has(a, 'warn.containerTooSmall')).toBe(false);
      expect(a.checks.tm.figures?.['taskHeap']).toBe(256n * MIB);
    },
  },
  {
    name: 'a 512 MiB pod with 0 CPUs (impossible: nearest feasible configuration)',
    input: { version: '1.20', taskManager: { memory: '512Mi', cpus: 0 } },
    expect: (a) => {
      expect(a.problems.map((p) => p.id)).toContain('input.cpus');
      expect(has(a, 'warn.containerTooSmall')).toBe(true);
      expect(bytes(a.config['taskmanager.memory.process.size']) > 512n * MIB).toBe(true);
      expect(a.checks.platform.tmContainer).toBe(bytes(a.config['taskmanager.memory.process.size']));
    },
  },
  {
    name: 'HashMap state larger than the heap',
    input: { version: '1.20', taskManager: { memory: '4Gi', cpus: 4 }, job: { stateSizePerSlot: '4g' } },
    expect: (a) => {
      expect(has(a, 'warn.stateExceedsHeap')).toBe(true);
      expect(a.checks.stateBackend.shortBy > 0n).toBe(true);
    },
  },
];

describe('advisor scenarios', () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const a = advise(s.input);
      s.expect(a);
      expect(a.checks.tm.ok && a.checks.tm.fits && a.checks.jm.ok).toBe(true);
      for (const lang of ['en', 'zh'] as const) {
        for (const [key, r] of Object.entries(a.reasons)) {
          const line = reasonLine(r, lang);
          expect(line.length, key).toBeGreaterThan(20);
          expect(line).not.toMatch(/NaN|undefined|\{\w+\}/);
          if (lang === 'zh') expect(line).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const w of a.warnings) expect(warningText(w, lang)).not.toMatch(/NaN|undefined|\{\w+\}/);
      }
    });
  }
});
