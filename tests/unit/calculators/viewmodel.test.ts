import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changedDefaults,
  cleanConfig,
  defaultAt,
  fill,
  groupDigits,
  readsKey,
  segments,
  syntaxProblem,
} from '~/components/calculators/kit/viewmodel';
import type { FieldSpec } from '~/components/calculators/kit/types';
import { fieldsFor, shortName } from '~/components/calculators/kit/fields';
import { en, zh } from '~/i18n/calculators';

const netMax: FieldSpec = {
  key: 'taskmanager.memory.network.max',
  type: 'memory',
  name: 'Network max',
  description: '',
  defaults: [
    { since: '1.10', value: '1 gb' },
    { since: '1.17', value: '9223372036854775807 bytes' },
  ],
  since: '1.10',
  group: 'network',
};
const heapMb: FieldSpec = {
  key: 'taskmanager.heap.mb',
  type: 'int',
  name: 'legacy',
  description: '',
  defaults: [{ since: '1.10', value: null }],
  since: '1.10',
  removedIn: '2.0',
  group: 'legacy',
};

describe('defaults per version', () => {
  it('picks the entry in force', () => {
    expect(defaultAt(netMax.defaults, '1.16')).toBe('1 gb');
    expect(defaultAt(netMax.defaults, '1.17')).toBe('9223372036854775807 bytes');
    expect(defaultAt(netMax.defaults, '2.3')).toBe('9223372036854775807 bytes');
  });
  it('knows when a key is read', () => {
    expect(readsKey(heapMb, '1.20')).toBe(true);
    expect(readsKey(heapMb, '2.0')).toBe(false);
  });
  it('lists changed defaults and vanished options between versions', () => {
    expect(changedDefaults([netMax, heapMb], '1.16', '1.17')).toEqual([
      { key: netMax.key, from: '1 gb', to: '9223372036854775807 bytes' },
    ]);
    expect(changedDefaults([netMax, heapMb], '1.20', '2.0')).toEqual([{ key: heapMb.key, from: null, to: null }]);
    expect(changedDefaults([netMax, heapMb], '1.17', '1.20')).toEqual([]);
  });
});

describe('segments', () => {
  it('lays parts out proportionally and fills the bar', () => {
    const s = segments([
      { name: 'a', bytes: 1n },
      { name: 'b', bytes: 3n },
    ]);
    expect(s[0]).toMatchObject({ x: 0, w: 250 });
    expect(s[1]).toMatchObject({ x: 250, w: 750 });
  });
  it('never produces NaN or Infinity, whatever the sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 10 }), (xs) => {
        for (const seg of segments(xs.map((b, i) => ({ name: String(i), bytes: b })))) {
          expect(Number.isFinite(seg.x)).toBe(true);
          expect(Number.isFinite(seg.w)).toBe(true);
          expect(seg.w).toBeGreaterThanOrEqual(0);
          expect(seg.x + seg.w).toBeLessThanOrEqual(1000.0001);
        }
      }),
    );
  });
  it('gives zero widths for an all-zero bar', () => {
    expect(segments([{ name: 'a', bytes: 0n }])).toEqual([{ name: 'a', bytes: 0n, x: 0, w: 0 }]);
  });
});

describe('syntax checks follow Java parsing', () => {
  it.each([
    ['float', '0.1', null],
    ['float', '1e-3', null],
    ['float', '.5f', null],
    ['float', 'abc', 'invalidFloat'],
    ['float', '0,1', 'invalidFloat'],
    ['int', '4', null],
    ['int', '2147483648', 'invalidInt'],
    ['int', '1.5', 'invalidInt'],
    ['long', '9223372036854775807', null],
    ['long', '9223372036854775808', 'invalidInt'],
    ['boolean', 'TRUE', null],
    ['boolean', 'yes', 'invalidBool'],
    ['double', 'Infinity', null],
    ['memory', 'whatever', null],
    ['int', '   ', null],
  ] as const)('%s %j → %s', (type, text, want) => {
    expect(syntaxProblem(type, text)).toBe(want);
  });
});

describe('small helpers', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('groups digits without changing them', () => {
    expect(groupDigits(536870920n).replace(/\u202f/g, '')).toBe('536870920');
    expect(groupDigits(-1234n)).toBe('-1\u202f234');
  });
  it('drops blank values', () => {
    expect(cleanConfig({ a: ' ', b: '1g' })).toEqual({ b: '1g' });
  });
  it('takes the short name before the colon', () => {
    expect(shortName('Total Process Memory of the TaskManager: everything')).toBe('Total Process Memory of the TaskManager');
    expect(shortName('TaskManager 的进程总内存：JVM 进程')).toBe('TaskManager 的进程总内存');
  });
});

describe('generated inputs', () => {
  it('come from the registry, in the page language', () => {
    const enF = fieldsFor('taskmanager', 'en');
    const zhF = fieldsFor('taskmanager', 'zh');
    expect(enF.map((f) => f.key)).toContain('taskmanager.memory.process.size');
    expect(enF.map((f) => f.key)).toEqual(zhF.map((f) => f.key));
    expect(zhF.find((f) => f.key === 'taskmanager.memory.process.size')?.name).toMatch(/进程总内存/);
    expect(fieldsFor('jobmanager', 'en').map((f) => f.key)).toContain('jobmanager.memory.enable-jvm-direct-memory-limit');
  });
});

describe('string tables', () => {
  it('have the same keys and no empty or placeholder-mismatched entries', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[k].trim()).not.toBe('');
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(zh[k])).toEqual(ph(en[k]));
    }
  });
});

import { decodeJob, encodeJob, parseCount, JOB_MAX_VERTICES } from '~/components/calculators/network/job';

describe('job link codec', () => {
  it('round-trips a job', () => {
    const job = {
      vertices: [
        { name: 'source', parallelism: 4 },
        { name: 'sink', parallelism: 2 },
      ],
      edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
    };
    expect(decodeJob(encodeJob(job))).toEqual(job);
    expect(encodeJob(job)).toBe('source*4,sink*2;source>sink:all-to-all:PIPELINED_BOUNDED');
  });
  it('skips malformed parts and bounds the size, never throws', () => {
    expect(decodeJob('a*1,b*x,c*2;a>c:forward:PIPELINED,zz')).toEqual({
      vertices: [
        { name: 'a', parallelism: 1 },
        { name: 'c', parallelism: 2 },
      ],
      edges: [{ from: 'a', to: 'c', pattern: 'forward', partitionType: 'PIPELINED' }],
    });
    expect(decodeJob('')).toBeNull();
    expect(decodeJob('garbage')).toBeNull();
    const many = Array.from({ length: 100 }, (_, i) => `v${i}*1`).join(',');
    expect(decodeJob(many)?.vertices.length).toBe(JOB_MAX_VERTICES);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const j = decodeJob(s);
        if (j) for (const v of j.vertices) expect(Number.isFinite(v.parallelism)).toBe(true);
      }),
    );
  });
  it('reads counts strictly', () => {
    expect(parseCount('4', 1, 10)).toBe(4);
    expect(parseCount('0', 1, 10)).toBeNull();
    expect(parseCount('1e3', 1, 10000)).toBeNull();
    expect(parseCount(' 7 ', 1, 10)).toBe(7);
  });
});
