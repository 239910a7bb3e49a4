/**
 * The CLI contract other tools rely on (DESIGN.md): a refusal's `--json` carries
 * `fixes: [{ set, text }]`, and re-running the same command with any `set` applied as `-D`
 * options gives `"ok": true` — checked literally, by running the CLI again. Plus `network --job`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExact } from '~/cli/json';
import { parseMemorySize } from '~/model/memorysize';
import { runCli } from '../../support/cli';

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runCli(args);
}

type Out = { ok: boolean; fixes?: { set: Record<string, string>; text: string }[] };

const REFUSED: [string, string[]][] = [
  [
    'tm: task heap 2189m on a 4g, 4-slot TaskManager (1.20)',
    [
      'tm',
      '--flink-version',
      '1.20',
      '-D',
      'taskmanager.memory.process.size=4g',
      '-D',
      'taskmanager.numberOfTaskSlots=4',
      '-D',
      'taskmanager.memory.task.heap.size=2189m',
    ],
  ],
  ['tm: 600m total (2.0)', ['tm', '--flink-version', '2.0', '-D', 'taskmanager.memory.process.size=600m']],
  [
    'tm: zero CPU cores (1.14)',
    ['tm', '--flink-version', '1.14', '-D', 'taskmanager.memory.process.size=2g', '-D', 'taskmanager.cpu.cores=0'],
  ],
  ['jm: 300m total (1.20)', ['jm', '--flink-version', '1.20', '-D', 'jobmanager.memory.process.size=300m']],
  ['jm: nothing set (2.2)', ['jm', '--flink-version', '2.2']],
];

describe('refusal --json: every fix, applied with -D, gives ok: true', { timeout: 180_000 }, () => {
  it.each(REFUSED)('%s', (_name, args) => {
    const first = cli([...args, '--json']);
    expect(first.status).toBe(1);
    const out = parseExact(first.stdout) as Out;
    expect(out.ok).toBe(false);
    expect(out.fixes?.length).toBeGreaterThan(0);
    for (const fix of out.fixes!) {
      expect(fix.text.length).toBeGreaterThan(10);
      expect(fix.text).not.toMatch(/\{\w+\}|undefined|NaN/);
      for (const v of Object.values(fix.set)) if (/^\d+[mg]$/.test(v)) expect(parseMemorySize(v).ok).toBe(true);
      const again = cli([...args, ...Object.entries(fix.set).flatMap(([k, v]) => ['-D', `${k}=${v}`]), '--json']);
      expect(again.status, JSON.stringify(fix.set)).toBe(0);
      expect((parseExact(again.stdout) as Out).ok).toBe(true);
    }
  });

  it('the 1.20 TaskManager refusal offers 4931m, not the excess-only 4483m', () => {
    const out = parseExact(cli([...REFUSED[0]![1], '--json']).stdout) as Out;
    expect(out.fixes?.[0]?.set).toEqual({ 'taskmanager.memory.process.size': '4931m' });
  });
});

describe('network --job', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fmg-net-'));
  const file = join(dir, 'job.json');
  writeFileSync(
    file,
    JSON.stringify({
      vertices: [
        { name: 'source', parallelism: 400 },
        { name: 'sink', parallelism: 400 },
      ],
      edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
      slotsPerTm: 8,
      config: { 'taskmanager.memory.process.size': '1728m' },
      flinkVersion: '1.20',
    }),
  );

  it("P=400 on 8 slots: verdict, first failing pool, Flink's message, and 3579m (not 3.495gb)", () => {
    const r = cli(['network', '--job', file, '--json']);
    expect(r.status).toBe(1);
    const out = parseExact(r.stdout) as Out & {
      firstFailingPool: { kind: string };
      error: { message: string };
      requiredPerTm: number;
    };
    expect(out.ok).toBe(false);
    expect(out.requiredPerTm).toBe(9488);
    expect(out.firstFailingPool.kind).toBe('exclusive');
    expect(out.error.message).toMatch(/^Insufficient number of network buffers: required 2, but only 0 available\./);
    expect(out.fixes?.[0]?.set).toEqual({ 'taskmanager.memory.process.size': '3579m' });
    const bpc = out.fixes?.find((f) => 'taskmanager.network.memory.buffers-per-channel' in f.set);
    expect(bpc?.text).toMatch(/throughput/);
    expect(bpc?.text).toMatch(/0 means no exclusive buffers/);
  });

  it('every fix applied with -D makes the job fit (exit 0, ok true); zh text too', () => {
    const out = parseExact(cli(['network', '--job', file, '--json', '--lang', 'zh']).stdout) as Out;
    for (const fix of out.fixes!) {
      expect(fix.text).toMatch(/[\u4e00-\u9fff]/);
      const again = cli([
        'network',
        '--job',
        file,
        '--json',
        ...Object.entries(fix.set).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
      ]);
      expect(again.status, JSON.stringify(fix.set)).toBe(0);
      expect((parseExact(again.stdout) as Out).ok).toBe(true);
    }
  });

  it('text output names the verdict and the fixes', () => {
    const r = cli(['network', '--job', file]);
    expect(r.stdout).toContain('Verdict: does not fit.');
    expect(r.stdout).toContain('-D taskmanager.memory.process.size=3579m');
    expect(r.stdout).toContain('modelled as its last patch release');
  });

  it('a missing --job is a usage error (exit 2)', () => {
    expect(cli(['network']).status).toBe(2);
  });
});

it('help states that each minor is modelled as its last patch', () => {
  const r = cli(['help']);
  expect(r.stdout).toMatch(/Each minor is modelled as its last patch release/);
}, 60_000);
