/** Compare: figures with deltas, changed defaults, removed keys, refusals, JVM flags, CLI. */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareConfigs } from '~/model/compare';
import { deriveTaskManager } from '~/model';
import { comparisonText, runDiff } from '~/cli/diff';
import { runAdvise } from '~/cli/advise';
import { parseExact } from '~/cli/json';
import { runCli } from '../../support/cli';

const GIB = 1n << 30n;
const fig = (c: ReturnType<typeof compareConfigs>, name: string) => c.tm!.figures.find((f) => f.name === name)!;

describe('compareConfigs', () => {
  it('1.16 → 1.17: the network max default goes from 1g to infinite, so a 16g TaskManager gets more network memory', () => {
    const c = compareConfigs({ a: { 'taskmanager.memory.process.size': '16g' }, from: '1.16', to: '1.17' });
    const net = fig(c, 'network');
    const before = deriveTaskManager({ 'taskmanager.memory.process.size': '16g' }, { version: '1.16' });
    const after = deriveTaskManager({ 'taskmanager.memory.process.size': '16g' }, { version: '1.17' });
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(net.before).toBe(GIB);
    expect(net.after).toBe(after.network);
    expect(net.delta).toBe(after.network - GIB);
    expect(fig(c, 'taskHeap').delta).toBe(after.taskHeap - before.taskHeap);
    expect(fig(c, 'totalProcess').delta).toBe(0n);
    expect(c.defaults.find((d) => d.key === 'taskmanager.memory.network.max')).toMatchObject({
      before: '1 gb',
      setInConfig: false,
    });
    expect(c.tm!.before.jvmParams).not.toBe(c.tm!.after.jvmParams);
    expect(c.tm!.refusal).toBe('none');
    expect(c.processes).toEqual({ tm: true, jm: false });
  });

  it('1.17 → 2.0: legacy heap keys are removed, so a refusal appears', () => {
    const a = {
      'taskmanager.heap.size': '2g',
      'taskmanager.network.numberOfBuffers': '4096',
      'jobmanager.memory.process.size': '1600m',
    };
    const c = compareConfigs({ a, from: '1.17', to: '2.0' });
    expect(c.tm!.refusal).toBe('appears');
    expect(c.tm!.after.error?.message).toContain('need to be configured explicitly');
    expect(fig(c, 'totalFlink').before).toBe(2n * GIB);
    expect(fig(c, 'totalFlink').after).toBeNull();
    expect(c.jm!.refusal).toBe('none');
    const keys = Object.fromEntries(c.keys.map((k) => [k.key, k.after]));
    expect(keys['taskmanager.heap.size']).toBe('removed');
    expect(keys['taskmanager.network.numberOfBuffers']).toBe('removed');
    expect(
      c.defaults.some((d) => d.key === 'taskmanager.network.memory.buffers-per-channel' && d.readBefore && !d.readAfter),
    ).toBe(true);
    const text = comparisonText(c, 'en');
    expect(text).toContain('A refusal appears');
    expect(comparisonText(c, 'zh')).toContain('出现拒绝');
  });

  it('a refusal disappears when the newer config fixes it', () => {
    const c = compareConfigs({
      a: { 'taskmanager.memory.process.size': '500m' },
      b: { 'taskmanager.memory.process.size': '1g' },
      from: '1.20',
      to: '1.20',
    });
    expect(c.tm!.refusal).toBe('disappears');
    expect(c.defaults).toEqual([]);
    expect(c.valueChanges).toEqual([{ key: 'taskmanager.memory.process.size', before: '500m', after: '1g' }]);
  });

  it('two configurations: every figure has its delta', () => {
    const c = compareConfigs({
      a: { 'taskmanager.memory.process.size': '4g' },
      b: { 'taskmanager.memory.process.size': '8g', 'taskmanager.numberOfTaskSlots': '4' },
      from: '2.0',
      to: '2.0',
    });
    expect(fig(c, 'totalProcess').delta).toBe(4n * GIB);
    expect(fig(c, 'numSlots')).toMatchObject({ before: 1n, after: 4n, delta: 3n });
    expect(fig(c, 'numNetworkBuffers').delta! > 0n).toBe(true);
    for (const f of c.tm!.figures) expect(f.delta).toBe(f.after! - f.before!);
  });

  it('same version, same config: nothing changes', () => {
    const c = compareConfigs({
      a: { 'taskmanager.memory.process.size': '4g', 'jobmanager.memory.process.size': '2g' },
      from: '1.20',
      to: '1.20',
    });
    expect(c.tm!.figures.every((f) => f.delta === 0n)).toBe(true);
    expect(c.jm!.figures.every((f) => f.delta === 0n)).toBe(true);
    expect(c.keys).toEqual([]);
  });
});

/** Runs a command in-process, capturing what it writes (spawning the CLI per case is slow). */
async function run(
  fn: (argv: string[]) => Promise<number>,
  args: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    const status = await fn(args);
    return { status, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('flink-memory advise / diff', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fmg-advise-'));
  it('advise --json follows the contract: a reason for every key of config (through the CLI entry)', () => {
    const f = join(dir, 'in.json');
    writeFileSync(
      f,
      JSON.stringify({
        version: '1.20',
        taskManager: { memory: '4Gi', cpus: 2 },
        job: { stateBackend: 'rocksdb', stateSizePerSlot: '2g' },
      }),
    );
    const r = runCli(['advise', '--input', f, '--json', '--lang', 'zh']);
    expect(r.status).toBe(0);
    const out = parseExact(r.stdout) as {
      config: Record<string, string>;
      reasons: Record<string, string>;
      warnings: unknown[];
      checks: { tm: { ok: boolean }; jm: { ok: boolean }; network: { fits: boolean } };
    };
    expect(Object.keys(out.reasons).sort()).toEqual(Object.keys(out.config).sort());
    expect(out.config['taskmanager.memory.process.size']).toBe('4096m');
    expect(out.reasons['taskmanager.memory.process.size']).toMatch(/Pod/);
    expect(out.checks.tm.ok && out.checks.jm.ok && out.checks.network.fits).toBe(true);
  });
  it('advise: bad usage and unreadable input exit 2; text output in English', async () => {
    expect((await run(runAdvise, [])).status).toBe(2);
    expect((await run(runAdvise, ['--input', join(dir, 'missing.json')])).status).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect((await run(runAdvise, ['--input', bad])).status).toBe(2);
    expect((await run(runAdvise, ['--help'])).status).toBe(0);
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, JSON.stringify({ deployment: 'yarn', taskManager: { memory: 8192, cpus: 4 } }));
    const r = await run(runAdvise, ['--input', ok]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('taskmanager.memory.process.size: 8192m');
    expect(r.stdout).toContain('YARN container: 8192 MB');
  });
  it('diff: one config across versions; exit 1 when the newer version refuses', async () => {
    const f = join(dir, 'flink-conf.yaml');
    writeFileSync(f, 'taskmanager.heap.size: 2g\njobmanager.memory.process.size: 1600m\n');
    const r = await run(runDiff, ['--config', f, '--from-version', '1.17', '--to-version', '2.0', '--json']);
    expect(r.status).toBe(1);
    const out = parseExact(r.stdout) as {
      refusals: { tm: { change: string } };
      keys: { key: string; after: string; text: string }[];
    };
    expect(out.refusals.tm.change).toBe('appears');
    expect(out.keys.find((k) => k.key === 'taskmanager.heap.size')?.after).toBe('removed');
    expect((await run(runDiff, ['--config', f, '--from-version', '1.17', '--to-version', '1.17'])).status).toBe(0);
    expect((await run(runDiff, ['--config', f, '--from-version', '0.9'])).status).toBe(2);
    expect((await run(runDiff, [])).status).toBe(2);
  });
});
