/** `flink-memory diagnose FILE|- [--json] [--lang]`: the JSON contract, exit codes, bounded reads. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPaste } from '~/cli/diagnose';
import { parseExact } from '~/cli/json';
import { POOLS, PROCESSES } from '~/model/diagnose';
import { runCli } from '../../support/cli';

const CASES = 'tests/fixtures/diagnose/cases/';

function cli(args: string[], input?: string) {
  return runCli(['diagnose', ...args], input);
}

interface Out {
  findings: {
    id: string;
    pool: string;
    process: string;
    title: string;
    fixes: { set?: Record<string, string>; text: string }[];
  }[];
  extracted: { config: Record<string, string>; systemProperties: Record<string, string> };
}

describe('flink-memory diagnose', { timeout: 120_000 }, () => {
  it('--json: findings root cause first with pool, process, title and fixes; exit 1', () => {
    const r = cli([`${CASES}yarn-rocksdb.txt`, '--json']);
    expect(r.status).toBe(1);
    const out = parseExact(r.stdout) as Out;
    expect(out.findings.map((f) => [f.id, f.pool, f.process])).toEqual([
      ['rocksdb-native-memory', 'rocksdb-native', 'taskmanager'],
      ['yarn-container-killed', 'container', 'taskmanager'],
    ]);
    for (const f of out.findings) {
      expect(POOLS).toContain(f.pool);
      expect(PROCESSES).toContain(f.process);
      expect(f.title.length).toBeGreaterThan(3);
      expect(f.fixes.length).toBeGreaterThan(0);
      for (const x of f.fixes) expect(x.text).not.toMatch(/\{|undefined|NaN/);
    }
    expect(out.extracted.config['state.backend.type']).toBe('rocksdb');
  });

  it('reads stdin with -, answers in Chinese, keeps JVM properties apart', () => {
    const r = cli(
      ['-', '--json', '--lang', 'zh'],
      'JVM Options: -Dlog.file=/opt/flink/log/taskmanager.log -Dlog4j.configuration=file:log4j.properties\nCaused by：java.lang.OutOfMemoryError：Java heap space\n',
    );
    expect(r.status).toBe(1);
    const out = parseExact(r.stdout) as Out;
    expect(out.findings[0]).toMatchObject({ id: 'java-heap-space', pool: 'heap', process: 'taskmanager' });
    expect(out.findings[0]!.title).toContain('堆内存溢出');
    expect(out.extracted.config).toEqual({});
    expect(Object.keys(out.extracted.systemProperties)).toEqual(['log.file', 'log4j.configuration']);
  });

  it('exit 0 and the families when nothing is recognised — never "not a memory failure"', () => {
    const r = cli([`${CASES}unrelated-kafka-auth.txt`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No known memory failure recognised');
    expect(r.stdout).toContain('Cannot reserve');
    expect(r.stdout).not.toMatch(/not a memory failure/i);
    const j = cli([`${CASES}unrelated-classnotfound.txt`, '--json']);
    expect(j.status).toBe(0);
    expect((parseExact(j.stdout) as Out).findings).toEqual([]);
  });

  it('exit 2 on a missing file, no file, or a binary file', () => {
    expect(cli(['/nonexistent/flink.log']).status).toBe(2);
    expect(cli([]).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'diag-'));
    writeFileSync(join(dir, 'bin'), Buffer.from([0, 1, 2, 0, 0, 255]));
    const r = cli([join(dir, 'bin')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a text file');
  });

  it('reads no more than the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diag-'));
    const file = join(dir, 'big.log');
    writeFileSync(file, 'x'.repeat(5000));
    expect(await readPaste(file, 1000)).toEqual({ text: 'x'.repeat(1000), truncated: true });
    expect(await readPaste(file, 5000)).toEqual({ text: 'x'.repeat(5000), truncated: false });
  });
});
