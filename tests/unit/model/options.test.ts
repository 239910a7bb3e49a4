import { describe, expect, it } from 'vitest';
import { OPTIONS, defaultFor, isReadIn, optionFor, optionForFallbackKey, optionsIn } from '~/model/options';
import { FLINK_VERSIONS } from '~/model/types';
import { atLeast, toFlinkVersion } from '~/model/version';

describe('option registry', () => {
  it('has unique main keys, and no fallback key that is also a main key', () => {
    const keys = OPTIONS.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of OPTIONS) for (const f of o.fallbackKeys ?? []) expect(keys).not.toContain(f.key);
  });

  it('has ascending defaults starting at `since`, and en + zh descriptions', () => {
    for (const o of OPTIONS) {
      expect(o.defaults.length, o.key).toBeGreaterThan(0);
      for (let i = 1; i < o.defaults.length; i++) {
        expect(atLeast(o.defaults[i]!.since, o.defaults[i - 1]!.since), o.key).toBe(true);
      }
      expect(o.description.en.trim(), o.key).not.toBe('');
      expect(o.description.zh.trim(), o.key).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(o.description.zh), o.key).toBe(true);
    }
  });

  it.each([
    ['taskmanager.memory.network.max', '1.16', '1 gb'],
    ['taskmanager.memory.network.max', '1.17', '9223372036854775807 bytes'],
    ['taskmanager.memory.network.max', '2.3', '9223372036854775807 bytes'],
    ['taskmanager.memory.jvm-metaspace.size', '1.10', '256 mb'],
    ['taskmanager.memory.managed.fraction', '1.20', '0.4'],
    ['taskmanager.memory.process.size', '2.0', null],
    ['jobmanager.heap.size', '1.10', '1024m'],
    ['jobmanager.heap.size', '1.11', null],
    ['jobmanager.memory.off-heap.size', '1.11', '128 mb'],
    ['taskmanager.memory.framework.off-heap.batch-shuffle.size', '1.14', '32 mb'],
    ['taskmanager.memory.framework.off-heap.batch-shuffle.size', '1.15', '64 mb'],
  ] as const)('defaultFor(%s, %s) = %s', (key, v, want) => {
    expect(defaultFor(key, v)).toBe(want);
  });

  it('knows which versions read a key', () => {
    expect(isReadIn('taskmanager.heap.size', '1.20')).toBe(true);
    expect(isReadIn('taskmanager.heap.size', '2.0')).toBe(false);
    expect(defaultFor('taskmanager.heap.size', '2.0')).toBeUndefined();
    expect(isReadIn('jobmanager.memory.process.size', '1.10')).toBe(false);
    expect(isReadIn('taskmanager.network.memory.fraction', '2.0')).toBe(true); // still a fallback in 2.x
    expect(isReadIn('taskmanager.memory.size', '2.3')).toBe(true);
    expect(isReadIn('taskmanager.memory.preallocate', '1.10')).toBe(false);
    expect(isReadIn('no.such.key', '1.20')).toBe(false);
    expect(optionForFallbackKey('taskmanager.memory.size')?.key).toBe('taskmanager.memory.managed.size');
    expect(optionFor('taskmanager.memory.size')).toBeUndefined();
    expect(optionsIn('2.0').some((o) => o.key === 'jobmanager.heap.mb')).toBe(false);
    expect(optionsIn('1.20').some((o) => o.key === 'jobmanager.heap.mb')).toBe(true);
  });

  it('maps version texts to minors', () => {
    expect(toFlinkVersion('1.20.1')).toBe('1.20');
    expect(toFlinkVersion('2.0')).toBe('2.0');
    expect(toFlinkVersion('2')).toBe('2.0');
    expect(toFlinkVersion('1.9')).toBeUndefined();
    expect(toFlinkVersion('abc')).toBeUndefined();
    expect(FLINK_VERSIONS.every((v) => toFlinkVersion(v) === v)).toBe(true);
  });
});
