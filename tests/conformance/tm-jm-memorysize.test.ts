/**
 * Every tm / jm / memorysize vector computed by Flink's own Java classes (1.20.1 and 2.0), through
 * the model and through the real CLI `conform` command. Every field of `expected` except `causes`
 * must come back equal: integers digit for digit, strings verbatim.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli';
import { fileURLToPath } from 'node:url';
import { parseExact } from '~/cli/json';
import { conformCase } from '~/cli/conform/handlers';
import type { VectorCase } from '~/cli/conform/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILES = ['flink-1.20', 'flink-2.0'].flatMap((d) =>
  ['tm-public.jsonl', 'jm-public.jsonl', 'memorysize.jsonl'].map((f) => `tests/fixtures/flink/${d}/${f}`),
);

/** Integers as tagged digit strings so 134217730 (number) and 134217730n (bigint) compare equal. */
function norm(v: unknown): unknown {
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `int:${v}` : v;
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'causes') o[k] = norm(x);
    return o;
  }
  return v;
}

function cases(file: string): (VectorCase & { expected: Record<string, unknown> })[] {
  return readFileSync(`${ROOT}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => parseExact(l) as VectorCase & { expected: Record<string, unknown> });
}

describe.each(FILES)('%s', (file) => {
  const all = cases(file);

  it('has cases', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all.map((c) => [c.id, c] as const))('model: %s', (_id, c) => {
    expect(norm(conformCase(c))).toEqual(norm(c.expected));
  });

  it('CLI conform reproduces every line', () => {
    const run = runCli(['conform'], readFileSync(`${ROOT}/${file}`));
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBe(all.length);
    lines.forEach((line, i) => {
      const got = parseExact(line) as { id: string; actual: unknown };
      const want = all[i]!;
      expect(got.id).toBe(want.id);
      expect(norm(got.actual), want.id).toEqual(norm(want.expected));
    });
  }, 90_000);
});
