/**
 * The model is an installable package: `npm pack` gives a tarball that installs into an empty
 * project offline, with no dependencies, and provides the `flink-memory` command and
 * `flink-memory-guide/model` with type declarations that need no DOM, Astro or Preact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/cli';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });

let project = '';

describe('npm pack → install offline → use', { timeout: 400_000 }, () => {
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'fmg-pack-'));
    const packed = npm(['pack', '--pack-destination', packDir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    project = mkdtempSync(join(tmpdir(), 'fmg-consumer-'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }),
    );
    const installed = npm(['install', '--offline', join(packDir, tarball!)], project);
    expect(installed.status, installed.stderr).toBe(0);
  }, 400_000);

  it('installs no dependency besides itself', () => {
    expect(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([PKG.name]);
    const meta = JSON.parse(readFileSync(join(project, 'node_modules', PKG.name, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(meta['dependencies']).toBeUndefined();
    expect(meta['peerDependencies']).toBeUndefined();
  });

  it('provides the flink-memory command', () => {
    const bin = join(project, 'node_modules', '.bin', 'flink-memory');
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain(`flink-memory ${PKG.version}`);
    const tm = spawnSync(bin, ['tm', '-D', 'taskmanager.memory.process.size=1728m', '--flink-version', '1.20', '--json'], {
      encoding: 'utf8',
    });
    expect(tm.status, tm.stderr).toBe(0);
    expect(tm.stdout).toContain('"totalProcess":1811939328');
  });

  it('exports the model: derivations, parsers and the option registry', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { deriveTaskManager, parseConfigText, OPTIONS, parseMemorySize } from '${PKG.name}/model';
const parsed = parseConfigText('taskmanager.memory.process.size: 1728m\\n', { version: '1.20' });
if (!parsed.ok) throw new Error('parse');
const r = deriveTaskManager(parsed.config, { version: '1.20' });
console.log(JSON.stringify({ ok: r.ok, taskHeap: r.ok ? String(r.taskHeap) : null, options: OPTIONS.length > 20, size: String(parseMemorySize('3579m').value) }));`,
    );
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, taskHeap: '402653174', options: true, size: String(3579n * 1024n * 1024n) });
  });

  it('ships type declarations a strict nodenext project accepts, without DOM, Astro or Preact types', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { deriveTaskManager, type TaskManagerResult, type FlinkVersion } from '${PKG.name}/model';
const v: FlinkVersion = '2.0';
const r: TaskManagerResult = deriveTaskManager({ 'taskmanager.memory.process.size': '4g' }, { version: v });
export const heap: bigint | undefined = r.ok ? r.taskHeap : undefined;
// @ts-expect-error -- a derivation is not a number: proves the declarations are really read
export const wrong: number = r;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022'], types: [] },
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
