/**
 * Sub-path deploy: the site built with `FMG_BASE=/flink-memory/` (into `dist-subpath/`, git-ignored)
 * and served under that base works — every link, asset and #anchor (the SITE link checker and the
 * search tests re-run against that build with FMG_BASE), every page loads with no failed request
 * and nothing outside the base, the search finds pages and links under the base, calculator
 * links restore their state, and `/flink-memory/` sends a reader to a language.
 *
 * "Nothing outside the base" is read from every built HTML and CSS file (every root-relative URL
 * starts with the base) and watched in Chromium on one page of every page type in both languages
 * (`pageTypeSamples`): what else a page requests comes from its scripts, the same for all pages of
 * a type. Every link and asset exists: the link checker, re-run here against this build.
 *
 * Building takes a minute or two. The build is reused when `dist-subpath/` is newer than every
 * source it is built from (src/, content/, public/, the build scripts, astro config, lockfile);
 * set FMG_SUBPATH_DIST to reuse a sub-path build made elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { runVitest } from '../../scripts/test-browser.mjs';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  calculatorsLive,
  expectClean,
  listPages,
  openPage,
  pageTypeSamples,
  type Site,
} from './harness';

const SUB = '/flink-memory/';
const OUT = resolve(process.env['FMG_SUBPATH_DIST'] ?? join(ROOT, 'dist-subpath'));

/**
 * The environment for the nested build, without what Vitest injects into `process.env`
 * (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, VITEST_*): Vite reads BASE_URL from there and the
 * site would silently be built for `/` instead of the sub-path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) || k.startsWith('VITEST')) delete env[k];
  }
  return env;
}

/** Newest modification time (ms) of a file or anything under a directory. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, n) => Math.max(m, newest(join(path, n))), st.mtimeMs);
}

/** A sub-path build in OUT for SUB that is newer than everything it is built from. */
function upToDate(): boolean {
  const stamp = join(OUT, '.fmg-subpath-build');
  if (!existsSync(join(OUT, 'index.html')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== SUB) return false;
  const inputs = [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ];
  return Math.max(...inputs.map((p) => newest(join(ROOT, p)))) < statSync(stamp).mtimeMs;
}

let site: Site;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const given = !!process.env['FMG_SUBPATH_DIST'] && existsSync(join(OUT, 'index.html'));
  if (!given && !upToDate()) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...buildEnv(), FMG_OUT_DIR: OUT, FMG_BASE: SUB, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0)
      throw new Error(
        `sub-path build failed (exit ${r.status}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`,
      );
    writeFileSync(join(OUT, '.fmg-subpath-build'), SUB);
  }
  server = await startServer({ root: OUT, base: SUB, port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  site = {
    origin: server.url,
    url: (p: string) => server.url + (p.startsWith(SUB) ? p.slice(SUB.length) : p.replace(/^\/+/, '')),
    browser,
    context,
    newContext: (o) => browser.newContext(o),
    close: async () => undefined,
  };
}, 600_000);
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
});

const pages = () => listPages(OUT);

describe(`site built for ${SUB}`, () => {
  it('serves under the base only', () => {
    expect(server.url.endsWith(SUB)).toBe(true);
    expect(pages().length).toBeGreaterThan(10);
  });

  it('passes the link checker and the search tests with FMG_BASE (every link, asset, anchor, search result)', () => {
    // Only what depends on the base: the link checker and search (not e.g. the heading-id twins).
    const only = ['-t', '^(links in dist/|search) '];
    const r = runVitest(
      ['-c', 'vitest.browser.config.ts', 'tests/browser/site-links.test.ts', 'tests/browser/site-search.test.ts', ...only],
      {
        ...buildEnv(),
        FMG_BASE: SUB,
        FMG_TEST_DIST: OUT,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    );
    // Not r.ok: that also turns false on an unhandled rejection in those files' own teardown
    // (a race of theirs that shows at the root too); what matters here is that no check failed.
    expect(r.failed).toBe(0);
    expect(r.passed).toBeGreaterThan(10);
  }, 600_000);

  it('every built HTML and CSS file refers to root-relative URLs under the base only', () => {
    const outside: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const f = join(dir, n);
        return statSync(f).isDirectory() ? walk(f) : /\.(html|css)$/.test(n) ? [f] : [];
      });
    const files = walk(OUT);
    expect(files.length).toBeGreaterThan(pages().length);
    // Attribute values and CSS url()s that start with one slash (not `//host`): all must carry the base.
    const RE = /(?:\s(?:href|src|srcset|action|poster|data|content)=["']?|url\(\s*["']?|@import\s+["'])(\/(?!\/)[^"'\s>)]*)/gi;
    let seen = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(RE)) {
        seen++;
        if (!m[1]!.startsWith(SUB)) outside.push(`${f.slice(OUT.length)}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(seen).toBeGreaterThan(files.length);
    expect(outside).toEqual([]);
  });

  it.concurrent.for(pageTypeSamples())(
    '%s loads with no failed request and requests nothing outside the base',
    async (path, { expect }) => {
      const outside: string[] = [];
      const { page, problems } = await openPage(site, path, {
        allowStatus: path.includes('404') ? [404] : [],
        beforeGoto: (p) =>
          void p.on('request', (r) => {
            const u = new URL(r.url());
            if (u.protocol.startsWith('http') && !u.pathname.startsWith(SUB)) outside.push(`${path} → ${u.pathname}`);
          }),
      });
      try {
        // The root's meta refresh navigates at once: follow it.
        if (path === '/') await page.waitForURL(/\/flink-memory\/en\/$/);
        await calculatorsLive(page);
        const all = [...problems.consoleErrors, ...problems.pageErrors, ...problems.failedRequests, ...problems.cspViolations];
        expect(all).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('a calculator link restores its state and the page keeps its links under the base', async () => {
    for (const lang of ['en', 'zh']) {
      const { page, problems } = await openPage(
        site,
        `/${lang}/calculators/taskmanager/?v=2.0&taskmanager.memory.process.size=4g`,
      );
      try {
        await calculatorsLive(page);
        await page.waitForSelector('[data-calculator="taskmanager"] [data-figure="totalProcess"][data-bytes="4294967296"]', {
          timeout: 15000,
        });
        await page.locator('[data-calculator="taskmanager"] input[name="taskmanager.memory.process.size"]').fill('2g');
        await page.waitForSelector('[data-calculator="taskmanager"] [data-figure="totalProcess"][data-bytes="2147483648"]');
        expect(new URL(page.url()).pathname).toBe(`${SUB}${lang}/calculators/taskmanager/`);
        await expect.poll(() => new URL(page.url()).searchParams.get('taskmanager.memory.process.size')).toBe('2g');
        const hrefs = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(5);
        expect(hrefs.filter((h) => !h.startsWith('/flink-memory/'))).toEqual([]);
        // The language switch keeps the state, under the base.
        await Promise.all([
          page.waitForURL(/\/flink-memory\/(en|zh)\/calculators\/taskmanager\/\?/),
          page.click('[data-lang-switch]'),
        ]);
        expect(new URL(page.url()).searchParams.get('taskmanager.memory.process.size')).toBe('2g');
        expectClean(problems);
      } finally {
        await page.close();
      }
    }
  });
});
