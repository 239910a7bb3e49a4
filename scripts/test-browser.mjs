// @ts-check
/**
 * Browser tests only (`npm run test:browser`): the built site in FMG_TEST_DIST / FMG_OUT_DIR /
 * dist/ must exist (`npm run build`). `npm test` runs these after type checks, unit tests and the
 * build. Shared helpers for both runners live here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.FMG_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Makes sure Chromium is there: installs Debian's chromium + a CJK font when running as root,
 * otherwise explains how. Browser tests are never skipped silently. Returns false when missing.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      `${CHROMIUM} is missing, and the browser tests need it.\n` +
        'Install it (Debian/Ubuntu) with:  sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei\n' +
        '(or point FMG_CHROMIUM at a Chromium binary), then run npm test again.',
    );
    return false;
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium and fonts-wqy-microhei with apt-get (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium', 'fonts-wqy-microhei']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status}); install chromium and fonts-wqy-microhei by hand.`);
      return false;
    }
  }
  return existsSync(CHROMIUM);
}

/**
 * Runs vitest with the JSON reporter next to the default one.
 * @param {string[]} args extra vitest args (e.g. ['-c', 'vitest.browser.config.ts'])
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ ok: boolean, passed: number, failed: number, skipped: number }}
 */
export function runVitest(args, env = process.env) {
  const out = join(mkdtempSync(join(tmpdir(), 'fmg-vitest-')), 'report.json');
  const r = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { stdio: 'inherit', env },
  );
  if (!existsSync(out)) {
    console.error(`vitest ${args.join(' ')} wrote no report (exit ${r.status ?? r.signal}).`);
    return { ok: false, passed: 0, failed: 1, skipped: 0 };
  }
  const j = JSON.parse(readFileSync(out, 'utf8'));
  // A file that fails to load has no failed tests but a failed suite: count it as a failure.
  const brokenFiles = (j.testResults ?? []).filter(
    (/** @type {{ status: string, assertionResults?: unknown[] }} */ f) =>
      f.status === 'failed' && !(f.assertionResults ?? []).length,
  ).length;
  const failed = (j.numFailedTests ?? 0) + brokenFiles;
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  return { ok: r.status === 0 && failed === 0, passed: j.numPassedTests ?? 0, failed, skipped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!ensureChromium()) process.exit(1);
  const r = runVitest(['-c', 'vitest.browser.config.ts']);
  console.log(`tests: ${r.passed} passed, ${r.failed} failed${r.skipped ? ` (${r.skipped} skipped)` : ''}`);
  process.exit(r.ok ? 0 : 1);
}
