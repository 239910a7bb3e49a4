#!/usr/bin/env node
// @ts-check
/**
 * `npm run flink-memory -- …` in a checkout: runs the built CLI (dist-pkg/bin/flink-memory.mjs),
 * rebuilding it first when any source it bundles is newer, so an edit never runs stale code.
 * The check is a few hundred stat calls; the rebuild (esbuild) about 0.2 s, only after an edit.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist-pkg', 'bin', 'flink-memory.mjs');

/** @param {string} dir @returns {number} newest mtime below dir */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  // not built yet
}
const sources = Math.max(
  newest(join(root, 'src')),
  ...['package.json', 'scripts/build-package.mjs'].map((f) => statSync(join(root, f)).mtimeMs),
);
if (sources > built) await (await import('./build-package.mjs')).buildCli();
await import(pathToFileURL(bundle).href);
