/**
 * Runs the command line as users do: the built plain-JavaScript bundle (dist-pkg/bin), which
 * tests/support/global-setup.ts builds once before any test file starts.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_BUNDLE = fileURLToPath(new URL('../../dist-pkg/bin/flink-memory.mjs', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `flink-memory …args` with optional standard input. */
export function runCli(args: string[], input?: string | Buffer, opts: SpawnSyncOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
    ...opts,
  });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
