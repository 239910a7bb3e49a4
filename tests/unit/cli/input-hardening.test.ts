/**
 * The command line's input is bounded and its keys are handled alike:
 * - `--config` on /dev/zero, a FIFO that never ends, a multi-GB (sparse) file or an endless
 *   standard input stops after the 1,000,000-character cap (+1) with the "too large" message,
 *   exit 2, in seconds — never read to the end first;
 * - `-D __proto__=1` and `-D constructor=2` are both kept as plain keys, each with a note;
 * - a compact JSON map is read like the web import reads config.yaml.
 * Every run has a timeout; every writer loop is bounded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExact } from '~/cli/json';
import { readBounded } from '~/cli/read';
import { loadConfigInput } from '~/cli/config-input';
import { MAX_TEXT_CHARS } from '~/model/config/limits';
import { CLI_BUNDLE } from '../../support/cli';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const NODE = process.execPath;
const CLI = [CLI_BUNDLE];
const dir = mkdtempSync(join(tmpdir(), 'fmg-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], input?: string, timeout = 30_000): Run {
  const t0 = Date.now();
  const r = spawnSync(NODE, [...CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    maxBuffer: 16 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

const TOO_LARGE = `The input is too large (>${MAX_TEXT_CHARS} characters; at most ${MAX_TEXT_CHARS} are read)`;

describe('bounded reading of --config', { timeout: 60_000 }, () => {
  it('/dev/zero: "too large", exit 2, at once', () => {
    const r = cli(['tm', '--config', '/dev/zero'], undefined, 30_000);
    expect(r.stderr).toContain(TOO_LARGE);
    expect(r.status).toBe(2);
    expect(r.ms).toBeLessThan(20_000);
  });

  it('a 4 GB file (sparse): "too large", exit 2, without reading it', () => {
    const big = join(dir, 'big.yaml');
    closeSync(openSync(big, 'w'));
    // truncate makes a sparse file: 4 GB long, no disk used.
    spawnSync('truncate', ['-s', '4G', big]);
    const r = cli(['tm', '--config', big]);
    expect(r.stderr).toContain(TOO_LARGE);
    expect(r.status).toBe(2);
  });

  it('a FIFO whose writer never stops: "too large", exit 2, while the writer is still writing', async () => {
    const fifo = join(dir, 'config.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(NODE, [...CLI, 'tm', '--config', fifo], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const out = createWriteStream(fifo);
    out.on('error', () => undefined); // EPIPE once the reader has stopped: expected
    const line = 'taskmanager.memory.process.size: 4g\n'.repeat(1000);
    let written = 0;
    let done = false;
    void exited.then(() => (done = true));
    // Bounded: at most 200 MB, far more than the cap; a bounded reader stops long before.
    while (!done && written < 200_000_000) {
      if (!out.write(line)) await new Promise((ok) => out.once('drain', ok).once('error', ok).once('close', ok));
      written += line.length;
      if (out.destroyed) break;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(timer);
    out.destroy();
    expect(stderr).toContain(TOO_LARGE);
    expect(code).toBe(2);
    expect(written).toBeLessThan(200_000_000);
  });

  it('an endless standard input (--config -): "too large", exit 2', () => {
    const t0 = Date.now();
    const r = spawnSync('sh', ['-c', `yes 'taskmanager.numberOfTaskSlots: 4' | '${NODE}' '${CLI_BUNDLE}' tm --config -`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).toContain(TOO_LARGE);
    expect(r.status).toBe(2);
    expect(Date.now() - t0).toBeLessThan(25_000);
  });

  it('standard input under the cap is read like a file', () => {
    const r = cli(['tm', '--config', '-', '--json'], 'taskmanager.memory.process.size: 4g\n');
    expect(r.status).toBe(0);
    expect(BigInt((parseExact(r.stdout) as { result: { totalProcess: bigint } }).result.totalProcess)).toBe(4294967296n);
  });

  it('a directory or a missing file is a clear usage error', () => {
    for (const f of [dir, join(dir, 'missing.yaml')]) {
      const r = cli(['tm', '--config', f]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`cannot read ${f}`);
    }
  });
});

describe('readBounded', () => {
  it('reads up to the cap + 1 character, counting characters, not bytes', async () => {
    const f = join(dir, 'utf8.txt');
    writeFileSync(f, '托管内存'.repeat(10));
    expect(await readBounded(f, 40)).toEqual({ text: '托管内存'.repeat(10), more: false });
    const over = await readBounded(f, 39);
    expect(over.more).toBe(true);
    expect(over.text).toBe('托管内存'.repeat(10));
    const far = await readBounded(f, 5);
    expect(far).toEqual({ text: '托管内存托管', more: true });
  });
});

describe('__proto__ and constructor', { timeout: 60_000 }, () => {
  it('-D __proto__=1 and -D constructor=2 are both kept, each with a note', () => {
    const text = cli(['tm', '-D', 'taskmanager.memory.process.size=4g', '-D', '__proto__=1', '-D', 'constructor=2']);
    expect(text.status).toBe(0);
    for (const k of ['__proto__', 'constructor']) {
      expect(text.stdout).toContain(`note: -D ${k}: "${k}" is not a Flink key; it is kept as plain text`);
    }
    const json = cli(['tm', '-D', 'taskmanager.memory.process.size=4g', '-D__proto__=1', '-Dconstructor=2', '--json']);
    expect(json.status).toBe(0);
    const config = (JSON.parse(json.stdout) as { config: Record<string, unknown> }).config;
    expect(Object.getOwnPropertyDescriptor(config, '__proto__')?.value).toBe('1');
    expect(Object.getOwnPropertyDescriptor(config, 'constructor')?.value).toBe('2');
  });

  it('from a config file and -D alike, and nothing leaks into prototypes', async () => {
    const f = join(dir, 'unsafe.yaml');
    writeFileSync(f, '__proto__: "x"\nconstructor: "y"\ntaskmanager.memory.process.size: 4g\n');
    const r = await loadConfigInput({
      configFile: f,
      dynamic: [
        ['__proto__', '1'],
        ['prototype', '3'],
      ],
      version: '2.0',
      lang: 'en',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.config).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'taskmanager.memory.process.size']);
    expect(Object.getOwnPropertyDescriptor(r.config, '__proto__')?.value).toBe('1');
    expect(r.notes.filter((n) => n.includes('is not a Flink key'))).toHaveLength(4);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('y');
  });
});

describe('JSON config maps', { timeout: 60_000 }, () => {
  it.each(['2.0', '1.20', '1.18'])('a compact JSON map is read (Flink %s)', (v) => {
    const f = join(dir, `map-${v}.json`);
    writeFileSync(f, '{"taskmanager.memory.process.size":"4g","taskmanager.numberOfTaskSlots":4}');
    const r = cli(['tm', '--config', f, '--flink-version', v, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const body = parseExact(r.stdout) as { config: Record<string, string>; result: { totalProcess: bigint } };
    expect(body.config).toEqual({ 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' });
    expect(BigInt(body.result.totalProcess)).toBe(4294967296n);
  });
});
