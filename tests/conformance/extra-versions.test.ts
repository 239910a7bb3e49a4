/**
 * Every minor 1.10 → 2.2: the `extra-public.jsonl` vectors computed by Flink's own classes of each
 * version (1.10.3, 1.11.6, 1.12.7, 1.13.6, 1.14.4, 1.15.2, 1.16–1.18 release branches, 1.19.3,
 * 1.20.0, 2.0.2, 2.1.2, 2.2.1), through the model and through the real CLI `conform` command.
 * Every field of `expected` except `causes` must come back equal.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { canon, loadVectors, ROOT } from '../support/vectors';
import { parseExact } from '~/cli/json';
import { conformCase } from '~/cli/conform/handlers';
import { runCli } from '../support/cli';

const DIR = `${ROOT}/tests/fixtures/flink`;
/** Read from the fixture folder, so a minor added there is tested without editing this file. */
const FILES = readdirSync(DIR)
  .filter((d) => /^flink-\d+\.\d+$/.test(d))
  .filter((d) => readdirSync(`${DIR}/${d}`).includes('extra-public.jsonl'))
  .map((d) => `tests/fixtures/flink/${d}/extra-public.jsonl`);

it('covers every minor from 1.10 to 2.2', () => {
  const minors = FILES.map((f) => /flink-(\d+\.\d+)/.exec(f)![1]);
  for (const m of ['1.10', '1.11', '1.12', '1.13', '1.14', '1.15', '1.16', '1.17', '1.18', '1.19', '1.20', '2.0', '2.1', '2.2'])
    expect(minors).toContain(m);
});

describe.each(FILES)('%s', (file) => {
  const all = loadVectors(file);

  it('has cases', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all.map((c) => [c.id, c] as const))('model: %s', (_id, c) => {
    expect(canon(conformCase(c))).toEqual(canon(c.expected));
  });
});

// One process for every file: starting the CLI costs more than the cases themselves.
it('CLI conform reproduces every line of every minor', () => {
  const all = FILES.flatMap((f) => loadVectors(f));
  const input = FILES.map((f) => readFileSync(`${ROOT}/${f}`, 'utf8').trimEnd() + '\n').join('');
  const run = runCli(['conform'], input);
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length).toBe(all.length);
  lines.forEach((line, i) => {
    const got = parseExact(line) as { id: string; actual: unknown };
    const want = all[i]!;
    expect(got.id).toBe(want.id);
    expect(canon(got.actual), `${want.flinkVersion} ${want.id}`).toEqual(canon(want.expected));
  });
}, 150_000);
