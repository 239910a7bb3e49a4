/**
 * The bulk of the calculator fuzzing, at unit level: random states (any version and offered mode,
 * the preset plus random values in random fields and link extras) through each calculator's
 * `compute` — the very function the islands call in the browser. It never throws, every number in
 * what it returns is finite, the human-readable sizes and the texts it builds never read
 * `NaN` / `Infinity` / `undefined` / `[object …]`, and a refusal always carries a message.
 * Flink's own messages may quote the reader's value or say "Infinity" (Java's Float.toString): they
 * are Flink's text, checked only for `undefined` / `[object …]`. The browser fuzz
 * (tests/browser/calculators-fuzz.test.ts) proves the rendered pages on top of this.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALCULATORS } from '~/components/calculators/registry';
import type { CalcState, ModelModule } from '~/components/calculators/kit/types';
import * as taskmanager from '~/components/calculators/taskmanager/compute';
import * as jobmanager from '~/components/calculators/jobmanager/compute';
import * as network from '~/components/calculators/network/compute';
import * as rocksdb from '~/components/calculators/rocksdb/compute';
import { FLINK_VERSIONS } from '~/model/types';
import { HOSTILE, TOKENS } from '../../support/hostile-values';

const MODULES: Record<string, ModelModule<unknown>> = { taskmanager, jobmanager, network, rocksdb };

/** Keys whose strings are Flink's (or the parser's) verbatim words, which may quote the input. */
const VERBATIM = /message|cause|detail|params|text|raw|input|value|log/i;
/**
 * RocksDB's ratios as Flink read them from the option (Double.parseDouble, no range check: NaN
 * and ±Infinity pass `validate()`, as in Flink); the page shows the option as typed, not the number.
 */
const FLINK_READ_NUMBER = /\.(writeBufferRatio|highPriorityPoolRatio)$/;
const BAD_ANYWHERE = /\bundefined\b|\[object /;
const BAD_OWN = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object /;

/** Every problem found in a computed value (path: what). */
function problems(x: unknown, path: string, inputs: readonly string[], out: string[], verbatim = false, depth = 0): void {
  if (depth > 40 || out.length > 5) return;
  if (typeof x === 'number') {
    if (!Number.isFinite(x) && !FLINK_READ_NUMBER.test(path)) out.push(`${path}: ${x}`);
  } else if (typeof x === 'string') {
    let text = x;
    // The reader's own value, shown back as typed, is not the calculator's text.
    for (const v of inputs) if (v.length > 2) text = text.split(v).join('');
    if ((verbatim ? BAD_ANYWHERE : BAD_OWN).test(text)) out.push(`${path}: ${JSON.stringify(x.slice(0, 160))}`);
  } else if (Array.isArray(x)) {
    x.forEach((v, i) => problems(v, `${path}[${i}]`, inputs, out, verbatim, depth + 1));
  } else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) problems(v, `${path}.${k}`, inputs, out, verbatim || VERBATIM.test(k), depth + 1);
  }
}

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS, ...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .bigInt({ min: -(2n ** 70n), max: 2n ** 70n })
      .map((n) => `${n}${['', 'b', 'k', 'm', 'g', 't'][Number(n & 3n)]}`),
  },
);

describe.each(CALCULATORS.map((c) => [c.name, c] as const))('%s compute on random states', (name, def) => {
  const mod = MODULES[name]!;
  const keys = [...def.fields.map(([k]) => k), ...(def.jobOptions ?? []).map((o) => o.key), ...def.extras];

  it('has a compute module and fields to fuzz', () => {
    expect(mod.compute).toBeTypeOf('function');
    expect(keys.length).toBeGreaterThan(5);
  });

  it('never throws; finite numbers, no NaN/Infinity/undefined in its own texts, a message on refusal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLINK_VERSIONS),
        fc.constantFrom(...def.modes),
        fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }),
        (v, mode, set) => {
          const config: Record<string, string> = {};
          const extras: Record<string, string> = {};
          for (const [k, x] of Object.entries({ ...def.preset, ...set })) (def.extras.includes(k) ? extras : config)[k] = x;
          const state: CalcState = { v, mode, config, extras };
          const out = mod.compute(state);
          const found: string[] = [];
          problems(out.result, 'result', Object.values(set), found);
          for (const [digits, human] of Object.entries(out.hr)) {
            expect(digits).toMatch(/^-?\d+$/);
            if (BAD_OWN.test(human)) found.push(`hr[${digits}]: ${human}`);
          }
          const r = out.result as { ok?: boolean; error?: { message?: unknown }; message?: unknown };
          if (r.ok === false) expect(typeof (r.error?.message ?? r.message)).toBe('string');
          expect(found, JSON.stringify(state)).toEqual([]);
          for (const k of Object.keys(set)) if (k in config || k in extras) void mod.sizeProblem(set[k]!);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('every hostile value in every field alone: never throws, finite numbers, clean texts', () => {
    const found: string[] = [];
    for (const k of keys) {
      for (const x of [...HOSTILE, ...TOKENS]) {
        const config: Record<string, string> = {};
        const extras: Record<string, string> = {};
        for (const [kk, xx] of Object.entries({ ...def.preset, [k]: x })) (def.extras.includes(kk) ? extras : config)[kk] = xx;
        const out = mod.compute({ v: '2.0', mode: def.modes[0]!, config, extras });
        problems(out.result, `${k}=${JSON.stringify(x).slice(0, 40)}: result`, [x], found);
        for (const human of Object.values(out.hr)) if (BAD_OWN.test(human)) found.push(`${k}=${x}: hr ${human}`);
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});
