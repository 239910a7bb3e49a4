/**
 * Weight budgets on what the reader pays (sizes, not timings), both languages, on the built site
 * in Chromium. No budget on a chapter's length: the article's own text, figures and formulas are
 * what a reader came for.
 * - every built page: the frame (the HTML minus the article's own content) ≤ 5 KB gzip;
 * - chapter: CSS ≤ 15 KB gzip, 0 bytes of JavaScript files before search is opened or a
 *   calculator card's button is clicked (the boot script imports the card's click handler then,
 *   scripts/defer-embed.mjs); the click loads the handler and the calculator;
 * - calculator page: ≤ 24 KB gzip JavaScript before interaction (files + inline scripts), CSS ≤ 15 KB gzip;
 * - search: nothing of it loads until opened (every page type), and opening + a first query loads it;
 * - no request to any other origin, from any page (air-gapped intranet mirror), and no absolute
 *   http(s) URL in anything the built HTML/CSS would fetch. Every chapter and calculator page is
 *   watched for it while being weighed; the other page types are loaded once each in both
 *   languages (see "same origin only").
 * Pages are loaded concurrently within a describe (one Chromium, one page each): the figures come
 * from the files on disk and each page records only its own requests, so they cannot mix. (Plain
 * `expect` is fine there as it throws in its own test; `expect.poll` would need the context's.)
 * The first query's transfer budget (≤ 150 KB) is asserted in site-search.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT, calculatorsLive, listPages, pageTypeSamples, readPage, startSite, type Site } from './harness';
import { CALCULATORS } from '~/components/calculators/registry';
import { frameHtml, recordRequests, scrollThrough, searchOnce, weighPage } from './budgets-measure';
import { openPage } from './harness';

const KB = 1024;
/** The frame's HTML ceiling (gzip) on every page: header, sidebar, "on this page", footer, head. */
const FRAME_HTML = 5 * KB;
/** CSS (gzip) a page loads. */
const CSS = 15 * KB;
/**
 * JavaScript (gzip) a calculator page loads before the reader interacts (issue #14, DESIGN.md):
 * files plus inline scripts, measured after hydration.
 */
const CALCULATOR_JS = 24 * KB;
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

describe.concurrent('prose chapters', () => {
  it('are all built in both languages', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2 * 10);
    for (const l of LANGS) expect(chapters).toContain(`/${l}/overview/`);
  });

  it.each(chapters)("%s: CSS ≤ 15 KB gzip, no JS before search or a card's click", async (path) => {
    const w = await weighPage(site, path);
    try {
      const js = w.all.filter((r) => r.kind === 'js');
      const jsFiles = js.map((r) => `${r.path} ${r.gzip}`).join(', ');
      expect(await w.page.locator('astro-island').count()).toBe(0);
      expect(w.js.raw, `JS files: ${jsFiles}`).toBe(0);
      expect(w.all.filter((r) => r.kind === 'wasm' || r.path.includes('/pagefind/') || r.path.includes('/calc-data/'))).toEqual(
        [],
      );
      expect(w.html.files).toBe(1);
      expect(w.css.gzip, `CSS ${kb(w.css.gzip)} gzip`).toBeLessThanOrEqual(CSS);
      expect(w.otherOrigins, 'requests to another origin').toEqual([]);
      if ((await w.page.locator('[data-embed-open]').count()) > 0) {
        // The click loads the card's handler, which mounts the calculator.
        const rec = recordRequests(w.page);
        await w.page.locator('[data-embed-open]').first().click();
        await w.page.locator('[data-embed] [data-calculator]').first().waitFor({ timeout: 30_000 });
        const after = (await rec.settle()).filter((r) => r.kind === 'js').map((r) => r.path);
        expect(
          after.some((p) => /CalculatorEmbed\.astro_astro_type_script/.test(p)),
          after.join(', '),
        ).toBe(true);
      }
    } finally {
      await w.page.close();
    }
  });
});

describe.concurrent('calculator pages', () => {
  it('exist for every registered calculator in both languages', () => {
    expect([...calculators].sort()).toEqual(LANGS.flatMap((l) => CALCULATORS.map((c) => `/${l}/calculators/${c.name}/`)).sort());
  });

  it.each(calculators)('%s: ≤ 24 KB gzip JS before interaction (hydrated), CSS ≤ 15 KB gzip', async (path) => {
    const w = await weighPage(site, path);
    try {
      // Hydration happened: the weight is that of a working calculator, not of static HTML.
      await calculatorsLive(w.page);
      const total = w.js.gzip + w.inlineJs.gzip;
      const files = w.all.filter((r) => r.kind === 'js').map((r) => `${r.path} ${r.gzip}`);
      expect(w.js.files).toBeGreaterThan(0);
      expect(total, `JS ${kb(total)} gzip (inline ${w.inlineJs.gzip}): ${files.join(', ')}`).toBeLessThanOrEqual(CALCULATOR_JS);
      expect(w.all.filter((r) => r.path.includes('/pagefind/') || r.path.endsWith('/scripts/search.js'))).toEqual([]);
      expect(w.css.gzip, `CSS ${kb(w.css.gzip)} gzip`).toBeLessThanOrEqual(CSS);
      expect(w.otherOrigins, 'requests to another origin').toEqual([]);
    } finally {
      await w.page.close();
    }
  });
});

describe('every built page', () => {
  // Read from the files (no browser): the landing pages, 404s, diagnose, calculator index, … too.
  it.each(pages.map((p) => [p.path, p.file] as const))('%s: frame ≤ 5 KB gzip', (_path, file) => {
    const html = readFileSync(file, 'utf8');
    const frame = gzipSync(frameHtml(html), { level: 9 }).length;
    expect(frame, `frame ${kb(frame)} gzip`).toBeLessThanOrEqual(FRAME_HTML);
  });

  it('the frame leaves out the article, nested articles and all, and keeps its scripts', () => {
    const page =
      '<head><title>t</title></head><nav>n</nav><main><article><h1>x</h1><article>a</article><script>s()</script><p>long</p></article></main><footer>f</footer>';
    expect(frameHtml(page)).toBe(
      '<head><title>t</title></head><nav>n</nav><main><article><script>s()</script></article></main><footer>f</footer>',
    );
    const chapter = readFileSync(pages.find((p) => p.path === '/en/overview/')!.file, 'utf8');
    expect(frameHtml(chapter).length).toBeLessThan(chapter.length / 2);
    expect(frameHtml(chapter)).toContain('<nav');
  });
});

describe.concurrent('search', () => {
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

/**
 * One page of every page type in both languages, in Chromium: a chapter, a chapter with an
 * embedded calculator, every calculator, the calculators index, diagnose, the advisor, compare,
 * home, the 404 pages and the root `/` (which sends the reader on to /en/). Every chapter and
 * calculator page is also watched for it while being weighed above.
 *
 * Why a sample suffices for the rest: what a page fetches by itself is either in its HTML/CSS
 * (scripts, stylesheets, icons, preloads, images, media, frames, CSS url()/@import) — the static
 * scan below reads every built HTML and CSS file for an absolute or protocol-relative http(s)
 * URL — or is requested by its scripts, and pages of one type run the same scripts (the layout's
 * and the type's islands), so one page per type and language exercises them all.
 */
const SAME_ORIGIN_SAMPLES = pageTypeSamples();

describe.concurrent('same origin only', () => {
  it('the sample has every page type in both languages, all built', () => {
    expect(SAME_ORIGIN_SAMPLES.filter((p) => !built.has(p))).toEqual([]);
    // Every route of src/pages is sampled (the [...slug] chapters twice: plain and with an embed).
    const routes = readdirSync(join(ROOT, 'src', 'pages'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.astro'),
    );
    // A new route needs a sample above (and a place in this list).
    expect(routes.map((f) => f.split(sep).join('/')).sort()).toEqual([
      '404.astro',
      '[locale]/404.astro',
      '[locale]/[...slug].astro',
      '[locale]/advisor.astro',
      '[locale]/calculators/[name].astro',
      '[locale]/calculators/index.astro',
      '[locale]/compare.astro',
      '[locale]/diagnose.astro',
      '[locale]/index.astro',
      'index.astro',
    ]);
    expect(readPage('/en/taskmanager-memory/')).toContain('data-embed=');
    expect(readPage('/en/overview/')).not.toContain('data-embed=');
  });

  it.each(SAME_ORIGIN_SAMPLES)('%s requests nothing from another origin', async (path) => {
    const others: string[] = [];
    let rec: ReturnType<typeof recordRequests> | undefined;
    const { page } = await openPage(site, path, {
      allowStatus: [404],
      beforeGoto: (p) => {
        rec = recordRequests(p);
        p.on('request', (r) => {
          const u = new URL(r.url());
          if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(site.origin).origin) others.push(r.url());
        });
      },
    });
    try {
      // The root's meta refresh navigates at once: follow it, then watch /en/ as well.
      if (path === '/') await page.waitForURL(/\/en\/$/);
      await scrollThrough(page);
      await rec!.settle();
      expect(rec!.resources.length).toBeGreaterThan(0);
      expect(others).toEqual([]);
      expect(rec!.resources.filter((r) => !r.sameOrigin).map((r) => r.path)).toEqual([]);
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
      /<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b)[^>]*\shref=["']?(?:https?:)?\/\/[^"'\s>]+/gi.test(
        sample,
      ),
    ).toBe(true);
  });
});
