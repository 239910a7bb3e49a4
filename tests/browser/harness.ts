/**
 * Shared harness for browser tests against the BUILT site (run by `npm test` after the build, or
 * `npm run test:browser`). Everything here is what any area's browser test needs:
 *
 *   import { startSite, openPage, runAxe, listPages, expectClean } from './harness';
 *   let site: Site;
 *   beforeAll(async () => { site = await startSite(); });     // static server + Chromium
 *   afterAll(() => site.close());
 *   it('…', async () => {
 *     const { page, problems } = await openPage(site, '/en/calculators/taskmanager/?v=2.0');
 *     expectClean(problems);                                   // no console error, failed request, CSP violation
 *     expect(await runAxe(page)).toEqual([]);                  // serious + critical axe violations
 *     await page.close();
 *   });
 *
 * - `DIST` (env FMG_TEST_DIST, default `dist/`) is the built site; `BASE` (env FMG_BASE, default `/`)
 *   its base path. `site.url('/en/x/')` maps a site path (without base) to a served URL.
 * - `useSite()` at a test file's top level: starts the site before its tests and closes it after
 *   (the `beforeAll` / `afterAll` pair every file needs), returning a handle usable as a `Site`.
 * - `startSite()` serves DIST with `scripts/serve.mjs` on a free port (MIME incl. wasm, dir → index.html,
 *   404 pages) and launches Debian's `/usr/bin/chromium` through playwright-core with the flags from
 *   toolchain.md (each launch gets a fresh temporary profile). `site.newContext(opts)` for own contexts.
 * - `openPage(site, path, { theme, javaScript, context })` opens a page (theme: 'light' | 'dark' preset
 *   in localStorage before any script runs) and collects `problems`: console errors, uncaught page
 *   errors, failed requests / HTTP ≥ 400 responses, CSP violations (securitypolicyviolation events).
 * - `runAxe(page, { impacts })` injects axe-core from node_modules (via evaluate, so a strict CSP does not
 *   block it) and returns the violations of the given impacts (default serious + critical) as short strings.
 * - `listPages()` lists every built HTML page ({ file, path, lang }), pagefind's files excluded.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { CALCULATORS } from '~/components/calculators/registry';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(ROOT, process.env['FMG_TEST_DIST'] ?? process.env['FMG_OUT_DIR'] ?? 'dist');
export const BASE = `/${(process.env['FMG_BASE'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
export const CHROMIUM = process.env['FMG_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Site {
  /** Served root including the base path, with trailing slash. */
  origin: string;
  /** Site path ('/en/overview/', with or without base) → absolute served URL. */
  url(path: string): string;
  browser: Browser;
  /** The default context (fresh profile, shared by openPage unless one is passed). */
  context: BrowserContext;
  newContext(opts?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
}

/** Starts the static server over DIST and Chromium. Fails clearly when the build is missing. */
export async function startSite(): Promise<Site> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run \`npm run build\` first (or set FMG_TEST_DIST).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
  }
  const server = await startServer({ root: DIST, base: BASE, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const origin = server.url;
  return {
    origin,
    url: (path: string) => {
      const p = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\/+/, '');
      return origin + p;
    },
    browser,
    context,
    newContext: (opts) => browser.newContext(opts),
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Starts the site for the calling test file (beforeAll) and closes it afterwards (afterAll). */
export function useSite(): Site {
  let started: Site | undefined;
  beforeAll(async () => {
    started = await startSite();
  }, 60000);
  afterAll(async () => {
    await started?.close();
  });
  const get = (): Site => {
    if (!started) throw new Error('the site is not started: call useSite() at the top level of a test file');
    return started;
  };
  return {
    get origin() {
      return get().origin;
    },
    url: (path) => get().url(path),
    get browser() {
      return get().browser;
    },
    get context() {
      return get().context;
    },
    newContext: (opts) => get().newContext(opts),
    close: () => get().close(),
  };
}

export interface OpenOptions {
  /** Preset the stored theme before any page script runs. */
  theme?: 'light' | 'dark' | 'system';
  /** Use this context instead of the site's default one. */
  context?: BrowserContext;
  /** `false`: a fresh context with JavaScript disabled, closed with the page. */
  javaScript?: boolean;
  /** Status codes that are expected for the main document (e.g. 404 pages). */
  allowStatus?: number[];
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Runs on the fresh page after the problem listeners are attached, before it navigates (e.g. a request recorder). */
  beforeGoto?: (page: Page) => Promise<void> | void;
}

/** Opens `path` and returns the page plus the problems it reports while loading (and later). */
export async function openPage(site: Site, path: string, opts: OpenOptions = {}): Promise<{ page: Page; problems: Problems }> {
  const own = opts.javaScript === false ? await site.newContext({ javaScriptEnabled: false }) : null;
  const context = own ?? opts.context ?? site.context;
  const page = await context.newPage();
  // The browser may already be closing (a test file's last page): nothing is left to close then.
  if (own) page.on('close', () => void own.close().catch(() => undefined));
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [] };
  const target = site.url(path);
  await page.addInitScript(
    ({ theme }: { theme: string | null }) => {
      if (theme) {
        try {
          localStorage.setItem('fmg-theme', theme);
        } catch {
          /* storage may be disabled */
        }
      }
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    },
    { theme: opts.theme ?? null },
  );
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    (text.startsWith('CSP violation') || text.includes('Content Security Policy')
      ? problems.cspViolations
      : problems.consoleErrors
    ).push(`${text} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  // A request cancelled because the page navigated on (e.g. `/`'s meta refresh) is not a failure.
  let navigations = 0;
  const startedAt = new WeakMap<object, number>();
  page.on('request', (r) => {
    // Counted when the navigation request starts: the abort of the old page's requests follows it.
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
    startedAt.set(r, navigations);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'failed';
    if (error === 'net::ERR_ABORTED' && ((startedAt.get(r) ?? navigations) < navigations || navigations > 1)) return;
    problems.failedRequests.push(`${r.url()}: ${error}`);
  });
  page.on('response', (r) => {
    const allowed = r.request().isNavigationRequest() && (opts.allowStatus ?? []).includes(r.status());
    if (r.status() >= 400 && !allowed) problems.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  await opts.beforeGoto?.(page);
  await page.goto(target, { waitUntil: opts.waitUntil ?? 'load' });
  return { page, problems };
}

/** Asserts that no problem was collected (one readable failure listing all of them). */
export function expectClean(problems: Problems): void {
  expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.failedRequests, ...problems.cspViolations]).toEqual([]);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns violations with the given impacts as "rule (impact): targets". */
export async function runAxe(page: Page, opts: { impacts?: string[]; rules?: string[] } = {}): Promise<string[]> {
  const impacts = opts.impacts ?? ['serious', 'critical'];
  const rules = opts.rules ?? null;
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (only: string[] | null) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  }, rules);
  return violations.filter((v) => impacts.includes(v.impact)).map((v) => `${v.id} (${v.impact}): ${v.targets.join(' ')}`);
}

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Site path without base: '/', '/en/overview/', '/404.html'. */
  path: string;
  /** 'en' | 'zh' from the first path segment, or null (root pages). */
  lang: 'en' | 'zh' | null;
}

/** Every HTML page of the build (pagefind's own files excluded), sorted by path. */
export function listPages(dist = DIST): BuiltPage[] {
  const out: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        const path =
          rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        const seg = path.split('/')[1];
        out.push({ file: full, path, lang: seg === 'en' || seg === 'zh' ? seg : null });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page of every page type (route of src/pages) in both languages: the root `/` (a meta refresh
 * to /en/), the 404s, home, a chapter, a chapter with an embedded calculator, the calculators index,
 * every calculator, diagnose, the advisor and compare. For in-browser checks whose static part
 * reads every built file: pages of one type run the same scripts.
 */
export function pageTypeSamples(): string[] {
  return [
    '/',
    '/404.html',
    ...(['en', 'zh'] as const).flatMap((l) => [
      `/${l}/`,
      `/${l}/404/`,
      `/${l}/overview/`,
      `/${l}/taskmanager-memory/`,
      `/${l}/calculators/`,
      ...CALCULATORS.map((c) => `/${l}/calculators/${c.name}/`),
      `/${l}/diagnose/`,
      `/${l}/advisor/`,
      `/${l}/compare/`,
    ]),
  ];
}

/** Reads a built page's HTML by site path ('/en/overview/'). */
export function readPage(path: string, dist = DIST): string {
  const rel = path.replace(/^\/+/, '');
  const file = rel === '' || rel.endsWith('/') ? join(dist, rel, 'index.html') : join(dist, rel);
  return readFileSync(file, 'utf8');
}

/**
 * Every island on the page has hydrated and every calculator has gone live: its texts arrived and
 * the server's DOM was replaced by the interactive one (`data-live`, see island-data.tsx). Islands
 * hydrate when visible, so each pending one is scrolled into view in turn (inside the page: a
 * locator could be detached by the swap).
 */
export async function calculatorsLive(page: Page, timeout = 15000): Promise<void> {
  await page.waitForFunction(
    () => {
      const pending = [...document.querySelectorAll('astro-island')].filter(
        (i) => i.hasAttribute('ssr') || i.querySelector('[data-calculator]:not([data-live])') !== null,
      );
      const first = pending[0];
      if (!first) return true;
      (first.querySelector('[data-calculator]') ?? first.firstElementChild)?.scrollIntoView({ block: 'center' });
      return false;
    },
    null,
    { timeout, polling: 100 },
  );
}

/**
 * The top `n` result paths of `q` (best first, base path stripped), searched in the page with
 * pagefind and the site's own ranking, as the search dialog does.
 */
export async function searchSite(page: Page, n: number, q: string): Promise<string[]> {
  // Passed as source text, with the keyword assembled, because vitest rewrites any dynamic import
  // it finds in a test file (even inside a function handed to the browser).
  const dyn = ['im', 'port'].join('');
  const script = `(async () => {
    const pf = await ${dyn}(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    const { RANKING } = await ${dyn}(${JSON.stringify(`${BASE}scripts/search-ranking.js`)});
    await pf.options({ ranking: RANKING });
    const r = await pf.search(${JSON.stringify(q)});
    const top = await Promise.all(r.results.slice(0, ${n}).map((x) => x.data()));
    return top.map((d) => d.url);
  })()`;
  const urls = (await page.evaluate(script)) as string[];
  return urls.map((u) => new URL(u, 'http://x').pathname.slice(BASE.length - 1));
}
