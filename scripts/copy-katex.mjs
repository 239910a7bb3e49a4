// @ts-check
/**
 * Copies KaTeX's stylesheet and its woff2 fonts (only) into public/katex/, so pages with
 * `math: true` link /katex/katex.min.css and browsers fetch just the faces a formula uses.
 * The .woff/.ttf fallbacks are stripped from the @font-face rules (every browser we target reads
 * woff2), and font-display is switched to swap so text never waits for a font.
 * Idempotent and fast; astro.config.mjs runs it on every dev/build/check start.
 */
import { mkdirSync, readFileSync, readdirSync, copyFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} [outDir] defaults to public/katex */
export function copyKatex(outDir = join(root, 'public', 'katex')) {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('katex/dist/katex.min.css'));
  mkdirSync(join(outDir, 'fonts'), { recursive: true });
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8')
    .replace(/,\s*url\([^)]*\.woff\)\s*format\("woff"\)/g, '')
    .replace(/,\s*url\([^)]*\.ttf\)\s*format\("truetype"\)/g, '')
    .replace(/font-display:\s*block/g, 'font-display:swap');
  if (/\.(woff|ttf)\)/.test(css)) throw new Error('copy-katex: a .woff/.ttf reference survived; KaTeX CSS format changed?');
  writeFileSync(join(outDir, 'katex.min.css'), css);
  let fonts = 0;
  for (const f of readdirSync(join(dist, 'fonts'))) {
    if (!f.endsWith('.woff2')) continue;
    const from = join(dist, 'fonts', f);
    const to = join(outDir, 'fonts', f);
    if (!existsSync(to) || statSync(to).size !== statSync(from).size) copyFileSync(from, to);
    fonts++;
  }
  return { css: css.length, fonts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = copyKatex();
  console.log(`copy-katex: katex.min.css ${r.css} B, ${r.fonts} woff2 fonts → public/katex/`);
}
