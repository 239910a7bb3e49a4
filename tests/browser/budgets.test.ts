/**
 * Weight budgets (sizes, not timings), both languages, measured on the built site in Chromium:
 * - prose chapter: 0 bytes of JavaScript before search is opened, HTML ≤ 12 KB gzip, CSS ≤ 15 KB gzip;
 *   a chapter that embeds a calculator (chapters 3–6): the calculator's JS budget, its prose HTML
 *   ≤ 12 KB gzip and the embedded calculator's HTML ≤ 10 KB gzip (its texts come as a cached JSON table);
 * - calculator page: ≤ 20 KB gzip JavaScript before interaction (files + inline scripts), HTML ≤ 12 KB gzip;
 * - search: nothing of it loads until opened (every page type), and opening + a first query loads it;
 * - no request to any other origin, from any page (air-gapped intranet mirror), and no absolute
 *   http(s) URL in anything the built HTML/CSS would fetch.
 * The first query's transfer budget (≤ 150 KB) is asserted in site-search.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT, calculatorsLive, listPages, startSite, type Site } from './harness';
import { recordRequests, scrollThrough, searchOnce, weighPage } from './budgets-measure';
import { openPage } from './harness';

const KB = 1024;
/** HTML ceiling (gzip) of one server-rendered calculator embedded in a chapter (its texts are not in the HTML). */
const CALCULATOR_HTML = 10 * KB;
/** HTML ceiling (gzip) of every page that is not a chapter with an embedded calculator. */
const PAGE_HTML = 12 * KB;
const LANGS = ['en', 'zh'] as const;
const pages = listPages();
const built = new Set(pages.map((p) => p.path));
const chapterSlugs = readdirSync(join(ROOT, 'content', 'en'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4));
const chapters = LANGS.flatMap((l) => chapterSlugs.map((s) => `/${l}/${s}/`)).filter((p) => built.has(p));
const calculators = pages.filter((p) => /^\/(en|zh)\/calculators\/[^/]+\/$/.test(p.path)).map((p) => p.path);

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('prose chapters', () => {
  it('are all built in both languages', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2 * 10);
    for (const l of LANGS) expect(chapters).toContain(`/${l}/overview/`);
  });

  // A chapter that embeds a calculator is held to the calculator's JS budget; pure prose to 0 B.
  it.each(chapters)('%s: 0 B JS before search (≤ 20 KB gzip with an embedded calculator), HTML ≤ 12 KB gzip, CSS ≤ 15 KB gzip', async (path) => {
    const w = await weighPage(site, path);
    try {
      const islands = await w.page.locator('astro-island').count();
      const jsFiles = w.all.filter((r) => r.kind === 'js').map((r) => `${r.path} ${r.gzip}`).join(', ');
      if (islands === 0) expect(w.js.raw, `JS files: ${jsFiles}`).toBe(0);
      else expect(w.js.gzip + w.inlineJs.gzip, `${islands} islands, JS ${kb(w.js.gzip + w.inlineJs.gzip)} gzip: ${jsFiles}`).toBeLessThanOrEqual(20 * KB);
      expect(w.all.filter((r) => r.kind === 'wasm' || r.path.includes('/pagefind/'))).toEqual([]);
      expect(w.html.files).toBe(1);
      if (islands === 0) {
        expect(w.html.gzip, `HTML ${kb(w.html.gzip)} gzip`).toBeLessThanOrEqual(12 * KB);
      } else {
        // The chapter's prose is held to the prose budget; its embedded calculator to the
        // calculator pages' HTML ceiling (both measured on the built file, gzip -9).
        const { prose, islands: isl } = splitIslands(path);
        expect(prose, `prose HTML ${kb(prose)} gzip`).toBeLessThanOrEqual(12 * KB);
        expect(isl, `embedded calculator HTML ${kb(isl)} gzip`).toBeLessThanOrEqual(CALCULATOR_HTML);
      }
      expect(w.css.gzip, `CSS ${kb(w.css.gzip)} gzip`).toBeLessThanOrEqual(15 * KB);
    } finally {
      await w.page.close();
    }
  });

  it('the prose/island split measures what it says (the check can fail)', () => {
    const withIsland = '<html><body><p>prose</p><astro-island uid="x" props="{}">' + 'x'.repeat(5000) + '</astro-island></body></html>';
    const r = splitHtml(withIsland);
    expect(r.islands).toBeGreaterThan(r.prose);
  });
});

/** Gzip -9 size of a built page's HTML, split into the page without its calculator islands and the islands. */
function splitIslands(path: string): { prose: number; islands: number } {
  return splitHtml(readFileSync(join(DIST, ...path.split('/').filter(Boolean), 'index.html'), 'utf8'));
}
function splitHtml(html: string): { prose: number; islands: number } {
  // The calculator's share: its island elements plus Astro's island runtime and `client:visible`
  // loader, which a page carries only because it has an island.
  const runtime = (html.match(/<script>[\s\S]*?<\/script>/g) ?? []).filter((x) => /astro-island|IntersectionObserver|Astro\b/.test(x) && !x.includes('fmg-theme'));
  const islandCss = html.match(/<style>astro-island[^<]*<\/style>/g) ?? [];
  const islands = [...(html.match(/<astro-island[\s\S]*?<\/astro-island>/g) ?? []), ...runtime, ...islandCss];
  const prose = islands.reduce((h, i) => h.replace(i, ''), html);
  return { prose: gzipSync(prose, { level: 9 }).length, islands: gzipSync(islands.join(''), { level: 9 }).length };
}

describe('calculator pages', () => {
  it('exist for taskmanager and jobmanager in both languages', () => {
    for (const l of LANGS) for (const c of ['taskmanager', 'jobmanager']) expect(calculators).toContain(`/${l}/calculators/${c}/`);
  });

  it.each(calculators)('%s: ≤ 20 KB gzip JS before interaction (hydrated)', async (path) => {
    const w = await weighPage(site, path);
    try {
      // Hydration happened: the weight is that of a working calculator, not of static HTML.
      await calculatorsLive(w.page);
      const total = w.js.gzip + w.inlineJs.gzip;
      const files = w.all.filter((r) => r.kind === 'js').map((r) => `${r.path} ${r.gzip}`);
      expect(w.js.files).toBeGreaterThan(0);
      expect(total, `JS ${kb(total)} gzip (inline ${w.inlineJs.gzip}): ${files.join(', ')}`).toBeLessThanOrEqual(20 * KB);
      expect(w.all.filter((r) => r.path.includes('/pagefind/') || r.path.endsWith('/scripts/search.js'))).toEqual([]);
      expect(w.html.gzip, `HTML ${kb(w.html.gzip)} gzip`).toBeLessThanOrEqual(PAGE_HTML);
    } finally {
      await w.page.close();
    }
  });
});

describe('every built page', () => {
  // Read from the files (no browser): the landing pages, 404s, diagnose, calculator index, … too.
  it.each(pages.map((p) => [p.path, p.file] as const))('%s: HTML ≤ 12 KB gzip (a chapter\'s embedded calculator apart, ≤ 10 KB)', (_path, file) => {
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-embed=')) {
      const { prose, islands } = splitHtml(html);
      expect(prose, `prose HTML ${kb(prose)} gzip`).toBeLessThanOrEqual(PAGE_HTML);
      expect(islands, `embedded calculator HTML ${kb(islands)} gzip`).toBeLessThanOrEqual(CALCULATOR_HTML);
    } else {
      const whole = gzipSync(html, { level: 9 }).length;
      expect(whole, `HTML ${kb(whole)} gzip`).toBeLessThanOrEqual(PAGE_HTML);
    }
  });
});

describe('search', () => {
  const samples = LANGS.flatMap((l) => [`/${l}/`, `/${l}/overview/`, `/${l}/calculators/taskmanager/`]);
  it.each(samples)('%s: loads nothing of search until opened, then loads it on the first query', async (path) => {
    const w = await weighPage(site, path);
    try {
      expect(w.all.filter((r) => r.path.includes('/pagefind/') || r.path.endsWith('/scripts/search.js'))).toEqual([]);
      const rec = recordRequests(w.page);
      await searchOnce(w.page, path.startsWith('/zh/') ? '内存' : 'memory');
      const after = await rec.settle();
      expect(after.some((r) => r.path.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(after.some((r) => r.path.endsWith('/scripts/search.js'))).toBe(true);
    } finally {
      await w.page.close();
    }
  });
});

describe('same origin only', () => {
  it.each(pages.filter((p) => p.path !== '/').map((p) => p.path))('%s requests nothing from another origin', async (path) => {
    const { page } = await openPage(site, path, { allowStatus: [404] });
    const rec = recordRequests(page);
    const others: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(site.origin).origin) others.push(r.url());
    });
    try {
      await page.reload({ waitUntil: 'load' });
      await scrollThrough(page);
      await rec.settle();
      expect(others).toEqual([]);
      expect(rec.resources.filter((r) => !r.sameOrigin).map((r) => r.path)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the built HTML and CSS reference no absolute http(s) resource', () => {
    const offenders: string[] = [];
    // Anything a browser fetches by itself: scripts, stylesheets, icons, preloads, images, media, frames, CSS url()/@import.
    const fetched = [
      /<script\b[^>]*\ssrc=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
      /<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b)[^>]*\shref=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
      /<(?:img|source|audio|video|iframe|embed|track|input)\b[^>]*\s(?:src|srcset|poster)=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
      /<object\b[^>]*\sdata=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
      /url\(\s*["']?(?:https?:)?\/\/[^)]+\)/gi,
      /@import\s+(?:url\()?["']?(?:https?:)?\/\//gi,
    ];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const f = join(dir, n);
        return statSync(f).isDirectory() ? walk(f) : /\.(html|css)$/.test(n) ? [f] : [];
      });
    const files = walk(DIST);
    expect(files.length).toBeGreaterThan(pages.length);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const re of fetched) for (const m of text.matchAll(re)) offenders.push(`${relative(DIST, f)}: ${m[0].slice(0, 120)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the scan catches a CDN reference (the check can fail)', () => {
    const sample = '<link rel="stylesheet" href="https://cdn.example.com/x.css"><script src="//cdn.example.com/a.js"></script>';
    expect(/<script\b[^>]*\ssrc=["']?(?:https?:)?\/\/[^"'\s>]+/gi.test(sample)).toBe(true);
    expect(
      /<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b)[^>]*\shref=["']?(?:https?:)?\/\/[^"'\s>]+/gi.test(sample),
    ).toBe(true);
  });
});
