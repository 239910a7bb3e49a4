// @ts-check
/**
 * `npm test`: everything, in order, on a fresh clone after `npm ci`:
 *   1. Chromium present (installed with apt-get when root, else a clear message and exit 1);
 *   2. type checks: `astro check` and `tsc --noEmit` (strict);
 *   3. lint (`eslint`: layering, no import cycles) and format check (`prettier --check`);
 *   4. unit + conformance tests (vitest.config.ts);
 *   5. production build into dist/ (FMG_OUT_DIR honoured) via `npm run build`;
 *   6. browser tests (vitest.browser.config.ts) against that build, served locally.
 * Ends with `tests: N passed, M failed` (summed over both vitest runs) and exits non-zero on any
 * failure, including a failed check or build.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ensureChromium, runVitest } from './test-browser.mjs';

// Node 24 LTS or newer (package.json "engines"); on an older Node the tools fail in obscure ways.
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(
    `npm test needs Node 24 or newer; this is Node ${process.versions.node}.\n` +
      'Get it from the npm registry:  npm install -g --prefix ~/.node24 node@24 && export PATH=~/.node24/bin:$PATH',
  );
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const t0 = performance.now();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** @type {string[]} */
const failures = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

/** @param {string} title @param {string} cmd @param {string[]} args */
function step(title, cmd, args) {
  const t = performance.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const ok = r.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${title} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}
/** @param {string} title @param {string[]} args */
function tests(title, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const r = runVitest(args, { ...env, ...extraEnv });
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  if (!r.ok) failures.push(title);
}

const haveChromium = ensureChromium();
if (!haveChromium) failures.push('Chromium');
const node = process.execPath;
step('astro check', node, ['node_modules/astro/bin/astro.mjs', 'check']);
step('tsc --noEmit', node, ['node_modules/typescript/bin/tsc', '--noEmit']);
step('lint (eslint)', node, ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']);
step('format check (prettier)', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
tests('unit + conformance tests', []);
const built = step('production build (npm run build)', node, ['scripts/build.mjs']);
if (built && haveChromium) {
  tests('browser tests', ['-c', 'vitest.browser.config.ts'], { FMG_TEST_DIST: resolve(process.env.FMG_OUT_DIR ?? 'dist') });
} else {
  failures.push('browser tests (not run: ' + (built ? 'no Chromium' : 'build failed') + ')');
  totals.failed += 1;
}

console.log(
  `\n${failures.length ? `✗ failed: ${failures.join('; ')}` : '✓ all steps passed'} in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
if (totals.skipped) console.log(`(${totals.skipped} tests skipped)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length ? 1 : 0);
