import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, URL_MAX_PARAMS } from '~/model/urlstate';

const KEYS = ['taskmanager.memory.process.size', 'taskmanager.numberOfTaskSlots', 'taskmanager.memory.managed.fraction'];
const spec = { allowedKeys: KEYS, extraKeys: ['preset'] };

describe('decodeState', () => {
  it('reads version, mode, Flink keys and extras', () => {
    const s = decodeState('?v=2.0&mode=active&taskmanager.memory.process.size=4g&preset=big', spec);
    expect(s.version).toBe('2.0');
    expect(s.mode).toBe('active');
    expect({ ...s.config }).toEqual({ 'taskmanager.memory.process.size': '4g' });
    expect({ ...s.extras }).toEqual({ preset: 'big' });
    expect(s.problems).toEqual([]);
  });

  it('maps a full version to its minor and reports unknown versions and modes', () => {
    expect(decodeState('v=1.20.1', spec).version).toBe('1.20');
    const s = decodeState('v=9.9&mode=cloud', spec);
    expect(s.version).toBeUndefined();
    expect(s.mode).toBeUndefined();
    expect(s.problems.map((p) => p.id)).toEqual(['url.badVersion', 'url.badMode']);
  });

  it.each([
    ['unknown key', 'foo=1', 'url.unknownParam'],
    ['bad percent-encoding', 'taskmanager.memory.process.size=%E0%A4%A', 'url.badEncoding'],
    ['lone surrogate', 'taskmanager.memory.process.size=%ED%A0%80', 'url.badEncoding'],
    ['__proto__', '__proto__=x', 'url.unsafeKey'],
    ['constructor', 'constructor=x', 'url.unsafeKey'],
    ['control char', 'taskmanager.memory.process.size=4g%00', 'url.badValue'],
    ['duplicate', 'taskmanager.memory.process.size=1g&taskmanager.memory.process.size=2g', 'url.duplicate'],
    ['300-char value', `taskmanager.memory.process.size=${'9'.repeat(300)}`, 'url.valueTooLong'],
    ['100 KB value', `taskmanager.memory.process.size=${'9'.repeat(100_000)}`, 'url.queryTooLong'],
  ])('%s → %s, nothing applied wrongly', (_name, q, id) => {
    const s = decodeState(q, spec);
    expect(s.problems.map((p) => p.id)).toContain(id);
    expect(Object.getPrototypeOf(s.config)).toBeNull();
    expect(Object.keys(s.config).every((k) => KEYS.includes(k))).toBe(true);
  });

  it('keeps the first of duplicate values', () => {
    const s = decodeState('taskmanager.memory.process.size=1g&taskmanager.memory.process.size=2g', spec);
    expect(s.config['taskmanager.memory.process.size']).toBe('1g');
  });

  it('markup in values stays inert text and does not pollute prototypes', () => {
    const s = decodeState(
      'taskmanager.memory.process.size=%3Cscript%3Ealert(1)%3C%2Fscript%3E&__proto__[x]=1&constructor.prototype.y=2',
      spec,
    );
    expect(s.config['taskmanager.memory.process.size']).toBe('<script>alert(1)</script>');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(({} as Record<string, unknown>)['y']).toBeUndefined();
    expect(Object.isFrozen(s.config)).toBe(true);
  });

  it('caps thousands of parameters quickly', () => {
    const q = Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&');
    const t0 = performance.now();
    const s = decodeState(q, spec);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(s.problems.filter((p) => p.id === 'url.unknownParam')).toHaveLength(URL_MAX_PARAMS);
    expect(s.problems.at(-1)?.id).toBe('url.tooManyParams');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (q) => {
        const s = decodeState(q, spec);
        expect(Array.isArray(s.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('encodeState', () => {
  it('writes the documented shape', () => {
    expect(
      encodeState({
        version: '2.0',
        mode: 'standalone',
        config: { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' },
      }),
    ).toBe('?v=2.0&mode=standalone&taskmanager.memory.process.size=4g&taskmanager.numberOfTaskSlots=4');
    expect(encodeState({})).toBe('');
  });

  it('round-trips through decodeState', () => {
    const value = fc.string({ maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s) && s.length <= 256);
    fc.assert(
      fc.property(fc.record({ a: value, b: value, c: value }), ({ a, b, c }) => {
        const config = { [KEYS[0]!]: a, [KEYS[1]!]: b, [KEYS[2]!]: c };
        const q = encodeState({ version: '1.17', mode: 'raw', config, extras: { preset: c } });
        const s = decodeState(q, spec);
        expect(s.problems).toEqual([]);
        expect({ ...s.config }).toEqual(config);
        expect(s.extras['preset']).toBe(c);
        expect(s.version).toBe('1.17');
        expect(s.mode).toBe('raw');
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
