/**
 * Earlier patch releases that derive differently from the minor's last patch (process-memory.md
 * §1): each is modelled when a full version is given, and only then.
 */
import { describe, expect, it } from 'vitest';
import { deriveTaskManager } from '~/model/taskmanager';
import { deriveJobManager } from '~/model/jobmanager';
import { parseFlinkRelease, modelledPatches } from '~/model/release';

const MIB = 1n << 20n;

describe('parseFlinkRelease', () => {
  it.each([
    ['1.10.0', { version: '1.10', patch: 0 }],
    ['1.20', { version: '1.20' }],
    ['v1.12.1', { version: '1.12', patch: 1 }],
    ['2.0.2', { version: '2.0', patch: 2 }],
  ])('%s', (text, want) => {
    expect(parseFlinkRelease(text)).toEqual(want);
  });
  it('unknown versions are undefined', () => {
    expect(parseFlinkRelease('0.9.1')).toBeUndefined();
  });
});

describe('1.10.0: TaskManager metaspace default 96m (FLINK-16406 raised it to 256m in 1.10.1)', () => {
  it.each([
    [0, 96n * MIB],
    [1, 256n * MIB],
    [undefined, 256n * MIB],
  ])('patch %s', (patch, metaspace) => {
    const r = deriveTaskManager({ 'taskmanager.memory.process.size': '1568m' }, { version: '1.10', patch });
    expect(r.ok && r.jvmMetaspace).toBe(metaspace);
  });
  it('1.10.0 with the shipped 1568m reproduces the documented figures (total Flink 1.25 GiB)', () => {
    const r = deriveTaskManager({ 'taskmanager.memory.process.size': '1568m' }, { version: '1.10', patch: 0 });
    expect(r.ok && r.totalFlink).toBe(1568n * MIB - 96n * MIB - 192n * MIB);
  });
});

describe('1.11.0–1.11.2: refusals without the "… memory configuration failed: " prefix (FLINK-20171, 1.11.3)', () => {
  const tm = { 'taskmanager.memory.process.size': '100m' };
  const jm = { 'jobmanager.memory.process.size': '100m' };
  it.each([0, 1, 2])('1.11.%s', (patch) => {
    const t = deriveTaskManager(tm, { version: '1.11', patch });
    const j = deriveJobManager(jm, { version: '1.11', patch });
    expect(!t.ok && t.error.message.startsWith('Sum of configured JVM Metaspace')).toBe(true);
    expect(!j.ok && j.error.message.startsWith('Sum of configured JVM Metaspace')).toBe(true);
  });
  it.each([3, 6, undefined])('1.11.%s', (patch) => {
    const t = deriveTaskManager(tm, { version: '1.11', patch });
    const j = deriveJobManager(jm, { version: '1.11', patch });
    expect(!t.ok && t.error.message.startsWith('TaskManager memory configuration failed: Sum')).toBe(true);
    expect(!j.ok && j.error.message.startsWith('JobManager memory configuration failed: Sum')).toBe(true);
  });
});

describe('1.12.0–1.12.1: -D string without the metaspace and overhead keys (FLINK-21158, 1.12.2)', () => {
  const c = { 'taskmanager.memory.process.size': '1728m' };
  it.each([0, 1])('1.12.%s', (patch) => {
    const r = deriveTaskManager(c, { version: '1.12', patch });
    expect(r.ok && r.dynamicConfigs).toBe(
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
    );
  });
  it.each([2, 7, undefined])('1.12.%s carries them', (patch) => {
    const r = deriveTaskManager(c, { version: '1.12', patch });
    expect(r.ok && r.dynamicConfigs).toContain('-D taskmanager.memory.jvm-metaspace.size=268435456b');
  });
});

describe('1.12.0–1.12.4: local execution fills unbounded maxima (bounded since 1.12.5)', () => {
  it('1.12.4 → Long.MAX_VALUE task heap; 1.12.5 → 1 TiB', () => {
    const a = deriveTaskManager({}, { version: '1.12', patch: 4, mode: 'local' });
    const b = deriveTaskManager({}, { version: '1.12', patch: 5, mode: 'local' });
    expect(a.ok && a.taskHeap).toBe(9223372036854775807n);
    expect(b.ok && b.taskHeap).toBe(1n << 40n);
  });
});

it('modelledPatches names the differences of a given release', () => {
  expect(modelledPatches('1.12', 1)).toEqual(['dynamic-without-jvm-keys', 'local-unbounded']);
  expect(modelledPatches('1.20', 1)).toEqual([]);
  expect(modelledPatches('1.10', undefined)).toEqual([]);
});
