// @ts-check
/**
 * A chapter with a calculator card loads no JavaScript until the reader clicks "calculate here"
 * (DESIGN.md: no JavaScript on prose pages until search opens). Astro emits the card's click
 * handler as a module script on the page; after the build, this moves its URL onto `<html>`
 * (`data-embed-loader`), and the boot script (`src/components/site/boot.js`) imports it on the
 * first click of a card's button, then replays that click. Under `astro dev` nothing is rewritten
 * and the handler loads with the page, as Astro wrote it.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOADER =
  /<script type="module" src="([^"]*\/CalculatorEmbed\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js)"><\/script>/g;

/**
 * Every `.html` file under `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/**
 * Rewrites the built pages in `outDir`; returns how many pages had a card. Throws when a page has
 * a card but its loader script is not where this expects it (Astro changed how it emits scripts),
 * so that a build never ships a card whose button does nothing.
 * @param {string} outDir
 */
export function deferEmbedLoader(outDir) {
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    // A card's button (the boot script names the attribute too, so look for the element).
    if (!/<button\b[^>]*\sdata-embed-open[\s>=]/.test(html)) continue;
    const urls = [...html.matchAll(LOADER)].map((m) => m[1]);
    if (urls.length !== 1) throw new Error(`${file}: a calculator card, but ${urls.length} loader scripts`);
    const out = html.replace(LOADER, '').replace(/<html\b/, `<html data-embed-loader="${urls[0]}"`);
    writeFileSync(file, out);
    pages++;
  }
  return pages;
}
