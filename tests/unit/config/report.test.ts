import { describe, expect, it } from 'vitest';
import { editDistance, reportKeys, suggestKey } from '~/model/config';
import type { OptionSpec } from '~/model/types';

const spec = (key: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({
  key,
  type: 'memory',
  category: 'taskmanager',
  since: '1.10',
  defaults: [{ since: '1.10', value: null }],
  description: { en: key, zh: key },
  ...extra,
});

const REGISTRY: OptionSpec[] = [
  spec('taskmanager.memory.process.size'),
  spec('taskmanager.memory.network.min', { fallbackKeys: [{ key: 'taskmanager.network.memory.min', deprecated: true }] }),
  spec('taskmanager.heap.size', { category: 'legacy', removedIn: '2.0', removal: 'removed' }),
  spec('taskmanager.memory.fraction', { category: 'legacy', type: 'float', removedIn: '1.10', removal: 'ignored' }),
  spec('taskmanager.memory.framework.off-heap.batch-shuffle.size', { since: '1.13' }),
  spec('state.backend.rocksdb.memory.managed', { category: 'rocksdb', type: 'boolean' }),
  spec('taskmanager.memory.managed.size', { fallbackKeys: [{ key: 'taskmanager.memory.size', deprecated: true }] }),
  spec('x.new', { fallbackKeys: [{ key: 'x.old', deprecated: true, removedIn: '1.15' }] }),
];

const one = (key: string, version: Parameters<typeof reportKeys>[1], value = '1g') =>
  reportKeys({ [key]: value }, version, REGISTRY)[0];

describe('reportKeys', () => {
  it.each<[string, Parameters<typeof reportKeys>[1], Record<string, unknown>]>([
    ['taskmanager.memory.process.size', '2.0', { status: 'memory', id: 'report.memory' }],
    ['taskmanager.heap.size', '1.20', { status: 'memory' }],
    ['taskmanager.heap.size', '2.0', { status: 'removed', removedIn: '2.0', params: { removedIn: '2.0', version: '2.0' } }],
    ['taskmanager.memory.fraction', '1.10', { status: 'ignored', removedIn: '1.10' }],
    ['taskmanager.network.memory.min', '2.0', { status: 'deprecated', replacement: 'taskmanager.memory.network.min' }],
    ['x.old', '1.14', { status: 'deprecated', replacement: 'x.new' }],
    ['x.old', '1.15', { status: 'removed', removedIn: '1.15' }],
    ['taskmanager.memory.framework.off-heap.batch-shuffle.size', '1.12', { status: 'notYet', since: '1.13' }],
    ['parallelism.default', '2.0', { status: 'not-memory' }],
    ['high-availability.storageDir', '2.0', { status: 'not-memory' }],
    ['rest.port', '2.0', { status: 'not-memory' }],
    ['execution.checkpointing.interval', '2.0', { status: 'not-memory' }],
    ['taskmanager.memory.proces.size', '2.0', { status: 'unknown', suggestion: 'taskmanager.memory.process.size' }],
    ['taskmanager.memory.process-size', '2.0', { status: 'unknown', suggestion: 'taskmanager.memory.process.size' }],
    ['TaskManager.Memory.Process.Size', '2.0', { status: 'unknown', suggestion: 'taskmanager.memory.process.size' }],
    ['taskmanager.network.memory.mni', '2.0', { status: 'unknown', suggestion: 'taskmanager.network.memory.min' }],
    // Under a non-memory prefix, but a near miss of a memory key: more likely a typo.
    ['state.backend.rocksdb.memory.manged', '2.0', { status: 'unknown', suggestion: 'state.backend.rocksdb.memory.managed' }],
    ['taskmanager.memory.something-else', '2.0', { status: 'unknown' }],
    ['completely.unrelated.thing', '2.0', { status: 'unknown' }],
  ])('%s in %s', (key, version, expected) => {
    expect(one(key, version)).toMatchObject({ key, ...expected });
  });

  it('no suggestion for far-away keys', () => {
    expect(one('completely.unrelated.thing', '2.0')?.suggestion).toBeUndefined();
  });

  it('a fallback key shadowed by its main key says so', () => {
    const r = reportKeys({ 'taskmanager.memory.managed.size': '1g', 'taskmanager.memory.size': '2g' }, '1.20', REGISTRY);
    expect(r[1]).toMatchObject({ status: 'deprecated', shadowedBy: 'taskmanager.memory.managed.size' });
  });

  it('keeps the order of the config and the values', () => {
    const r = reportKeys({ b: '1', a: '2' }, '2.0', REGISTRY);
    expect(r.map((e) => [e.key, e.value])).toEqual([
      ['b', '1'],
      ['a', '2'],
    ]);
  });

  it('works on the real registry', () => {
    const r = reportKeys({ 'taskmanager.heap.size': '1g', 'taskmanager.memory.process.size': '4g' }, '2.0');
    expect(r.map((e) => e.status)).toEqual(['removed', 'memory']);
  });

  it('__proto__ and constructor are just unknown keys', () => {
    const c = Object.create(null) as Record<string, string>;
    c['__proto__'] = 'x';
    c['constructor'] = 'y';
    expect(reportKeys(c, '2.0', REGISTRY).map((e) => e.status)).toEqual(['unknown', 'unknown']);
  });
});

describe('edit distance', () => {
  it.each<[string, string, number]>([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['abc', 'acb', 2],
  ])('%s/%s', (a, b, d) => {
    expect(editDistance(a, b, 10)).toBe(d);
  });
  it('stops early past the bound', () => {
    expect(editDistance('a'.repeat(50), 'b'.repeat(50), 3)).toBe(4);
  });
  it('suggestKey prefers exact normalised matches', () => {
    expect(suggestKey('taskmanager_memory_process_size', ['taskmanager.memory.process.size', 'x'])).toBe(
      'taskmanager.memory.process.size',
    );
  });
});
