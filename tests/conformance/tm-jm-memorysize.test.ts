/**
 * Every tm / jm / memorysize vector computed by Flink's own Java classes (1.20.1 and 2.0), through
 * the model and through the real CLI `conform` command. Every field of `expected` except `causes`
 * must come back equal: integers digit for digit, strings verbatim.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli';
import { canon, loadVectors, ROOT } from '../support/vectors';
import { parseExact } from '~/cli/json';
import { conformCase } from '~/cli/conform/handlers';

const FILES = ['flink-1.20', 'flink-2.0'].flatMap((d) =>
  ['tm-public.jsonl', 'jm-public.jsonl', 'memorysize.jsonl'].map((f) => `tests/fixtures/flink/${d}/${f}`),
);

describe.each(FILES)('%s', (file) => {
  const all = loadVectors(file);

  it('has cases', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all.map((c) => [c.id, c] as const))('model: %s', (_id, c) => {
    expect(canon(conformCase(c))).toEqual(canon(c.expected));
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
      expect(canon(got.actual), want.id).toEqual(canon(want.expected));
    });
  }, 90_000);
});
