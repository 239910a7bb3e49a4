// @ts-check
/**
 * Production build: KaTeX assets → `astro build` → calculator cards' loader deferred to the click
 * (scripts/defer-embed.mjs) → pagefind index of the output → the output's
 * `_headers` rendered for nginx / Apache / Caddy (scripts/deploy.mjs: `deploy/`, or `<out>-deploy/`
 * for another FMG_OUT_DIR).
 * Honours FMG_OUT_DIR (default dist/) and FMG_BASE (the base path, also read by astro.config.mjs).
 * Pagefind must run after EVERY astro build (astro wipes the out dir, index included).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { copyKatex } from './copy-katex.mjs';
import { deployDirFor, writeDeploy } from './deploy.mjs';
import { deferEmbedLoader } from './defer-embed.mjs';

const outDir = resolve(process.env.FMG_OUT_DIR ?? 'dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const t0 = performance.now();
copyKatex();
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
if (astro.status !== 0) {
  console.error(`build: astro build failed (exit ${astro.status ?? astro.signal})`);
  process.exit(1);
}
deferEmbedLoader(outDir);
const t1 = performance.now();

/** Indexes outDir; returns the page count. */
async function indexSite() {
  const { index, errors } = await pagefind.createIndex({
    // Formula glyphs and navigation chrome stay out of the index; pages opt in with data-pagefind-body.
    excludeSelectors: ['.katex', '.heading-anchor', 'nav', '[data-pagefind-ignore]'],
  });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/** The entry file lists the per-language indexes; an empty or partial one breaks every search. */
function entryOk() {
  try {
    const entry = JSON.parse(readFileSync(resolve(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    return Object.keys(entry.languages ?? {}).length > 0;
  } catch {
    return false;
  }
}

let pages = await indexSite();
if (!entryOk()) {
  console.warn('build: pagefind wrote an unreadable pagefind-entry.json; indexing once more');
  pages = await indexSite();
  if (!entryOk()) throw new Error('pagefind: pagefind-entry.json is empty or invalid after two attempts');
}
const t2 = performance.now();
const deployDir = deployDirFor(outDir, process.cwd());
writeDeploy(outDir, deployDir);

console.log(
  `build: astro ${((t1 - t0) / 1000).toFixed(1)} s, pagefind ${((t2 - t1) / 1000).toFixed(1)} s ` +
    `(${pages} pages indexed) → ${outDir}; server snippets → ${deployDir}`,
);
