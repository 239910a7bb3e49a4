/**
 * Page weight as a reader's Chromium loads it, shared by the budget tests and `npm run bench`.
 *
 * Which files a page requests is observed in Chromium (after load, a scroll to the bottom and a
 * short settle — no clicks); their sizes come from the built files on disk (raw, and gzip level 9
 * as a static host would compress them), so the figures are deterministic. Inline scripts are
 * counted as JavaScript too (they are part of the HTML bytes as well).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { BASE, DIST, openPage, type Problems, type Site } from './harness';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'wasm' | 'data' | 'other';

export interface Resource {
  /** Path as requested (with base). */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Bytes that crossed the network (body + headers) as Chromium reports them. */
  transferred: number;
  /** Same origin as the page. */
  sameOrigin: boolean;
}

export interface Weight {
  raw: number;
  gzip: number;
  files: number;
}

const gzCache = new Map<string, { raw: number; gzip: number }>();

/** Raw and gzip-9 size of a built file (cached). */
export function fileSizes(file: string): { raw: number; gzip: number } {
  let s = gzCache.get(file);
  if (!s) {
    const buf = readFileSync(file);
    // pagefind's index/fragment/wasm files are stored compressed already: hosts send them as they are.
    const precompressed = /\.pf_\w+$|\.wasm(\.\w+)?$/.test(file);
    s = { raw: buf.length, gzip: precompressed ? buf.length : gzipSync(buf, { level: 9 }).length };
    gzCache.set(file, s);
  }
  return s;
}

/** Raw and gzip size of a string (inline scripts). */
export function textSizes(text: string): { raw: number; gzip: number } {
  const buf = Buffer.from(text, 'utf8');
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * The page's frame: its HTML without the article's own content (text, figures, formulas, the
 * calculator it shows). Inline scripts inside the article stay (the island runtime is frame).
 * The article is the first `<article>` up to the last `</article>` (articles nest on some pages).
 */
export function frameHtml(html: string): string {
  const start = html.search(/<article\b/);
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return html;
  const open = html.indexOf('>', start) + 1;
  const scripts = html.slice(open, end).match(/<script\b[\s\S]*?<\/script>/g) ?? [];
  return html.slice(0, open) + scripts.join('') + html.slice(end);
}

/** The built file behind a served URL path, or null. */
export function distFile(urlPath: string, dist = DIST): string | null {
  let rel = decodeURIComponent(urlPath);
  if (rel.startsWith(BASE)) rel = rel.slice(BASE.length);
  else rel = rel.replace(/^\/+/, '');
  let file = join(dist, rel);
  if (rel === '' || rel.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function kindOf(path: string, resourceType: string): Kind {
  if (resourceType === 'document' || /\.html$/.test(path)) return 'html';
  if (resourceType === 'stylesheet' || /\.css$/.test(path)) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'font' || /\.woff2?$/.test(path)) return 'font';
  if (resourceType === 'image' || /\.(svg|png|jpe?g|webp|ico)$/.test(path)) return 'image';
  if (/\.wasm/.test(path)) return 'wasm';
  if (/\.pf_\w+$|\.json$/.test(path)) return 'data';
  return 'other';
}

/** Records every response of `page` from now on. `settle()` waits until all sizes are known. */
export function recordRequests(page: Page): { resources: Resource[]; failed: Resource[]; settle: () => Promise<Resource[]> } {
  const resources: Resource[] = [];
  /** Requests that never completed (e.g. cancelled by a navigation): no bytes, but still requests. */
  const failed: Resource[] = [];
  const pending: Promise<void>[] = [];
  const pageOrigin = () => new URL(page.url()).origin;
  page.on('requestfinished', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    pending.push(
      r.sizes().then(
        (s) => {
          const file = distFile(url.pathname);
          const sizes = file ? fileSizes(file) : { raw: s.responseBodySize, gzip: s.responseBodySize };
          resources.push({
            path: url.pathname,
            kind: kindOf(url.pathname, r.resourceType()),
            ...sizes,
            transferred: s.responseBodySize + s.responseHeadersSize,
            sameOrigin: url.origin === pageOrigin(),
          });
        },
        () => undefined,
      ), // the page closed before Chromium reported the sizes
    );
  });
  page.on('requestfailed', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    failed.push({
      path: url.pathname,
      kind: kindOf(url.pathname, r.resourceType()),
      raw: 0,
      gzip: 0,
      transferred: 0,
      sameOrigin: url.origin === pageOrigin(),
    });
  });
  return {
    resources,
    failed,
    settle: async () => {
      // Sizes arrive asynchronously; new requests may start while we wait.
      for (let n = -1; n !== pending.length;) {
        n = pending.length;
        await Promise.all(pending.slice());
      }
      return resources;
    },
  };
}

/** Scrolls to the bottom in steps (so `client:visible` islands hydrate) and lets the network settle. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(250);
}

/** Inline executable scripts of the current document. */
export async function inlineScriptTexts(page: Page): Promise<string[]> {
  return page.$$eval('script:not([src])', (els) =>
    els.filter((e) => !/json/i.test(e.getAttribute('type') ?? '')).map((e) => e.textContent ?? ''),
  );
}

/** Totals per kind; a file requested twice (e.g. by two islands) counts once. */
export function sum(resources: readonly Resource[], kind?: Kind): Weight {
  const seen = new Set<string>();
  const rs = (kind ? resources.filter((r) => r.kind === kind) : resources).filter((r) => !seen.has(r.path) && !!seen.add(r.path));
  return { raw: rs.reduce((a, r) => a + r.raw, 0), gzip: rs.reduce((a, r) => a + r.gzip, 0), files: rs.length };
}

export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  /** External JS files requested before any interaction (after load + scroll). */
  js: Weight;
  /** Inline scripts in the HTML (also part of `html`). */
  inlineJs: Weight;
  fonts: Weight;
  images: Weight;
  all: Resource[];
  /** Every request (finished or not) to another origin than the site's, from the start of the load. */
  otherOrigins: string[];
  problems: Problems;
  page: Page;
}

/** Loads `path`, scrolls through it, and returns what it weighs before any interaction. The page stays open. */
export async function weighPage(site: Site, path: string): Promise<PageWeight> {
  // One load, from a cold cache, with the recorder attached before the navigation starts (the
  // fresh page has requested nothing yet, so nothing is missed).
  let rec: ReturnType<typeof recordRequests> | undefined;
  const otherOrigins: string[] = [];
  const { page, problems } = await openPage(site, path, {
    beforeGoto: async (p) => {
      rec = recordRequests(p);
      p.on('request', (r) => {
        const u = new URL(r.url());
        if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(site.origin).origin) otherOrigins.push(r.url());
      });
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    },
  });
  await scrollThrough(page);
  const all = await rec!.settle();
  const inline = (await inlineScriptTexts(page)).map(textSizes);
  return {
    path,
    html: sum(all, 'html'),
    css: sum(all, 'css'),
    js: sum(all, 'js'),
    inlineJs: { raw: inline.reduce((a, s) => a + s.raw, 0), gzip: inline.reduce((a, s) => a + s.gzip, 0), files: inline.length },
    fonts: sum(all, 'font'),
    images: sum(all, 'image'),
    all,
    otherOrigins,
    problems,
    page,
  };
}

/** Opens search (the header button) and types a query; resolves when its results are listed. */
export async function searchOnce(page: Page, query: string): Promise<void> {
  await page.click('button[data-search-open]');
  await page.locator('dialog.search-dialog input[type=search]').waitFor();
  await page.locator('dialog.search-dialog input[type=search]').fill(query);
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('.search-results');
      return !!list && (list.dataset['q'] === q || list.querySelector('a') !== null);
    },
    query,
    { timeout: 30000 },
  );
}
