import { afterAll, describe, expect, it } from 'vitest';
import {
  parseConfigText,
  parseConfigYaml,
  parseDynamicProperties,
  parseFlinkConf,
  parseFlinkDeployment,
  reportKeys,
} from '~/model/config';
import type { ParseResult } from '~/model/config';

/** Generous: the suite shares a 2-core machine; a hang or a quadratic blow-up is far above it. */
const LIMIT_MS = 15_000;
const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function timed(f: () => ParseResult): { r: ParseResult; ms: number } {
  const t0 = performance.now();
  const r = f();
  return { r, ms: performance.now() - t0 };
}

const bomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

let seed = 42;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

const cases: [string, () => string, string][] = [
  ['alias bomb (billion laughs)', () => bomb, 'config.yaml.aliasLimit'],
  ['10k-deep flow nesting', () => `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'config.tooDeep'],
  ['10k-deep mapping nesting (flow)', () => `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`, 'config.tooDeep'],
  [
    '900-deep block nesting',
    () => Array.from({ length: 900 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + `\n${' '.repeat(900)}v: 1\n`,
    'config.tooDeep',
  ],
  [
    '1 MB binary junk',
    () => Array.from({ length: 1_000_000 }, () => String.fromCharCode(Math.floor(rnd() * 256))).join(''),
    'config.binary',
  ],
  ['10 MB paste', () => 'a: b\n'.repeat(2_000_000), 'config.tooLarge'],
  ['6000 keys', () => Array.from({ length: 6000 }, (_, i) => `k${i}: ${i}`).join('\n'), 'config.tooManyKeys'],
];

describe('hostile pasted configs: bounded time, a message id, no crash', () => {
  it.each(cases)(
    '%s',
    (_n, make, id) => {
      const text = make();
      for (const format of ['config-yaml', 'flink-deployment', undefined] as const) {
        const { r, ms } = timed(() => parseConfigText(text, format === undefined ? undefined : { format }));
        expect(ms).toBeLessThan(LIMIT_MS);
        expect(r.ok).toBe(false);
        if (!r.ok && format === 'config-yaml') expect(r.error.id).toBe(id);
        if (!r.ok) expect(typeof r.error.id).toBe('string');
      }
    },
    120_000,
  );

  it('6000 -D flags and 6000 legacy lines are refused quickly', () => {
    const d = timed(() => parseDynamicProperties(Array.from({ length: 6000 }, (_, i) => `-Dk${i}=${i}`).join(' ')));
    expect(d.ms).toBeLessThan(LIMIT_MS);
    expect(d.r.ok ? '' : d.r.error.id).toBe('config.tooManyKeys');
    const l = timed(() => parseFlinkConf(Array.from({ length: 6000 }, (_, i) => `k${i}: ${i}`).join('\n')));
    expect(l.r.ok ? '' : l.r.error.id).toBe('config.tooManyKeys');
  }, 60_000);

  it('5000 keys are read, and reported, in bounded time', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `taskmanager.memory.proces${i}.size: ${i}m`).join('\n');
    const { r, ms } = timed(() => parseConfigYaml(text));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t0 = performance.now();
    const rep = reportKeys(r.config, '2.0');
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(rep).toHaveLength(5000);
  }, 60_000);

  it.each([
    ['config.yaml', () => parseConfigYaml('__proto__: {polluted: yes}\nconstructor:\n  prototype:\n    polluted: yes\n')],
    ['flink-conf.yaml', () => parseFlinkConf('__proto__: x\nconstructor: y\n')],
    ['-D', () => parseDynamicProperties('-D__proto__=x -Dconstructor.prototype.polluted=1')],
    ['FlinkDeployment', () => parseFlinkDeployment('kind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    __proto__: x\n')],
  ])('%s: __proto__ / constructor are plain keys', (_n, f) => {
    const r = f();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.config)).toBeNull();
    expect(Object.keys(r.config).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('self-referencing and recursive aliases end with a message', () => {
    const r = parseConfigYaml('a: &a\n  b: *a\n');
    expect(r.ok).toBe(false);
  });

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  });
});
