/**
 * Security and robustness of the built site, both languages:
 * - the Content-Security-Policy: a meta tag on every page and `_headers`, scripts without
 *   'unsafe-inline'; enforced (an injected inline script is blocked and reported); no violation
 *   while searching, using a calculator (typing, import) and the diagnose page;
 * - hostile URL state on every calculator page: markup and scripts, `__proto__` / `constructor` /
 *   `prototype` keys, 100 KB values, invalid percent-encoding and lone surrogates, thousands of
 *   parameters → no injection, no dialog, no prototype pollution, no freeze, a visible message,
 *   and typing a valid size still updates the figures;
 * - hostile pasted configs in the import panel: deep nesting, alias bombs, binary junk, a huge
 *   paste → an answer in bounded time with a clear message, and the calculator keeps working;
 * - the server of `npm start` and these tests (scripts/serve.mjs) sends, for every built file,
 *   exactly the headers of dist/_headers; deploy/ holds the nginx / Apache / Caddy renderings of
 *   this very build; a link longer than Node's default 16 KB head reaches the page, whose codec
 *   explains its own limit (en and zh). Request loops are bounded (the build's own files).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BASE, DIST, ROOT, listPages, openPage, readPage, startSite, type Problems, type Site, calculatorsLive } from './harness';
import { CSP_META_RE, inlineScripts, scriptHash } from '../../scripts/csp.mjs';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { DEPLOY_FILES, deployDirFor, renderApache, renderCaddy, renderNginx } from '../../scripts/deploy.mjs';
import { configTexts, fillConfigText } from '~/i18n/config';
import { URL_MAX_QUERY_CHARS } from '~/model/urlstate';

const LANGS = ['en', 'zh'] as const;
const pages = listPages();
const calculatorPaths = pages.filter((p) => /^\/(en|zh)\/calculators\/[^/]+\/$/.test(p.path)).map((p) => p.path);
/** Calculators with a process-size input to prove "still works" (name → key, typed value, figure, bytes). */
const WORKS: Record<string, { key: string; value: string; figure: string; bytes: string }> = {
  taskmanager: { key: 'taskmanager.memory.process.size', value: '4g', figure: 'totalProcess', bytes: '4294967296' },
  jobmanager: { key: 'jobmanager.memory.process.size', value: '3g', figure: 'totalProcess', bytes: '3221225472' },
};

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Resolves with the page's answer, or rejects if the page does not answer within `ms` (a freeze). */
async function answers<T>(page: Page, fn: () => T, ms = 5000): Promise<T> {
  return Promise.race([
    page.evaluate(fn),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`page did not answer within ${ms} ms`)), ms)),
  ]);
}

async function hydrated(page: Page): Promise<void> {
  await calculatorsLive(page);
}

function noScriptProblems(p: Problems): void {
  expect(p.pageErrors).toEqual([]);
  expect(p.cspViolations).toEqual([]);
}

describe('Content-Security-Policy', () => {
  const policies = new Map<string, string>();
  for (const p of pages) {
    const m = CSP_META_RE.exec(readFileSync(p.file, 'utf8'));
    policies.set(p.path, m?.[1] ?? '');
  }

  const headerPolicy = (): string => {
    const line = readFileSync(join(DIST, '_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)?.[1] ?? '';
    return line.replace(/; frame-ancestors 'self'$/, '');
  };
  const scriptSrc = (policy: string) => policy.split(/;\s*/).find((d) => d.startsWith('script-src ')) ?? '';
  const hashesOf = (policy: string) =>
    scriptSrc(policy)
      .split(/\s+/)
      .filter((x) => x.startsWith("'sha256-"));

  it('every page carries a policy as a meta tag, before any script, allowing exactly its own inline scripts', () => {
    expect(pages.length).toBeGreaterThan(10);
    const missing = [...policies].filter(([, v]) => v === '').map(([k]) => k);
    expect(missing).toEqual([]);
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      const meta = html.search(CSP_META_RE);
      const firstScript = html.search(/<script\b/i);
      if (firstScript >= 0) expect(meta, p.path).toBeLessThan(firstScript);
      const own = [...new Set((inlineScripts(html) as string[]).map((s) => scriptHash(s) as string))].sort();
      expect(hashesOf(policies.get(p.path)!), p.path).toEqual(own);
    }
    // Apart from the hashes, one policy for the whole site.
    expect(new Set([...policies.values()].map((v) => v.replace(/ 'sha256-[^']*'/g, ''))).size).toBe(1);
  });

  it('allows scripts only from self and by hash: no unsafe-inline, no unsafe-eval', () => {
    for (const policy of [...new Set(policies.values()), headerPolicy()]) {
      const script = scriptSrc(policy);
      expect(script).not.toBe('');
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      expect(script).not.toMatch(/\shttps?:|\s\*/);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it("_headers carries the union of the pages' policies (plus frame-ancestors) and caches hashed assets for a year", () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: .*; frame-ancestors 'self'/);
    const all = [...new Set([...policies.values()].flatMap(hashesOf))].sort();
    expect(hashesOf(headerPolicy())).toEqual(all);
    // Without the hashes the header's policy is the pages' policy.
    const bare = (v: string) => v.replace(/ 'sha256-[^']*'/g, '');
    expect(bare(headerPolicy())).toBe(bare([...policies.values()][0]!));
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it.each(LANGS)('is enforced: an injected inline script is blocked and reported (%s)', async (lang) => {
    const { page, problems } = await openPage(site, `/${lang}/overview/`);
    try {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = 1';
        document.body.append(s);
      });
      await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it.each(LANGS)('reports no violation while searching, using a calculator and the diagnose page (%s)', async (lang) => {
    const { page, problems } = await openPage(site, `/${lang}/taskmanager-memory/`);
    try {
      await page.click('button[data-search-open]');
      await page.locator('dialog.search-dialog input[type=search]').fill(lang === 'zh' ? '托管内存' : 'managed memory');
      await page.waitForFunction(() => (document.querySelector('.search-results')?.children.length ?? 0) > 0, null, {
        timeout: 20000,
      });
      await page.keyboard.press('Escape');

      await page.goto(site.url(`/${lang}/calculators/taskmanager/`));
      await hydrated(page);
      await page.locator('[data-calculator="taskmanager"] input[name="taskmanager.memory.process.size"]').fill('4g');
      await page.waitForSelector('[data-calculator="taskmanager"] [data-figure="totalProcess"][data-bytes="4294967296"]');
      await page.locator('[data-calculator="taskmanager"] [data-panel="import"] summary').click();
      await page
        .locator('[data-calculator="taskmanager"] [data-panel="import"] textarea')
        .fill('taskmanager.memory.process.size: 2g\n');
      await page.locator('[data-calculator="taskmanager"] [data-action="import"]').click();
      await page.waitForSelector('[data-calculator="taskmanager"] [data-figure="totalProcess"][data-bytes="2147483648"]');

      await page.goto(site.url(`/${lang}/diagnose/`));
      await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
      await page.fill('#diagnose-input', 'java.lang.OutOfMemoryError: Java heap space\n\tat x.y(Z.java:1)');
      await page.click('[data-diagnose] button[type=submit]');
      await page.waitForSelector('.diagnose__results', { timeout: 30000 });
      expect(problems.cspViolations).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** Hostile queries; each must leave the calculator working. */
const BIG = 'x'.repeat(100 * 1024);
const HOSTILE: Array<[string, (key: string) => string]> = [
  [
    'markup and scripts',
    (k) =>
      `?${encodeURIComponent(k)}=${encodeURIComponent('<img src=x id=pwn1 onerror="window.__pwned=1;alert(1)">')}` +
      `&${encodeURIComponent('<svg id=pwn2 onload=alert(1)>')}=1&v=${encodeURIComponent('"><script>window.__pwned=2</script>')}` +
      `&mode=${encodeURIComponent('javascript:alert(1)')}`,
  ],
  [
    'prototype keys',
    (k) =>
      `?__proto__[polluted]=1&__proto__.polluted=1&__proto__=polluted&constructor[prototype][polluted]=1` +
      `&constructor.prototype.polluted=1&prototype=1&constructor=1&hasOwnProperty=1&toString=1&${encodeURIComponent(k)}=1g`,
  ],
  ['a 100 KB value', (k) => `?${encodeURIComponent(k)}=${BIG}&${BIG}=1`],
  [
    'invalid percent-encoding and lone surrogates',
    (k) => `?${encodeURIComponent(k)}=%E0%A4%A&%ZZ=1&%ED%A0%80=%ED%B0%80&x=%uD800&${encodeURIComponent(k)}=%F0%9F%98&%=%%`,
  ],
  [
    'thousands of parameters',
    (k) => `?${Array.from({ length: 5000 }, (_, i) => `p${i}=${i}`).join('&')}&${encodeURIComponent(k)}=2g`,
  ],
];

describe.concurrent.each(calculatorPaths)('hostile URL state on %s', (path) => {
  const name = path.split('/')[3]!;
  const works = WORKS[name];
  const key = works?.key ?? 'taskmanager.memory.process.size';

  // Concurrent: the test context's `expect` (expect.poll needs to know its test).
  it.for(HOSTILE)('%s: no injection, no pollution, no freeze, a message, still works', async ([, make], { expect }) => {
    const ctx = await site.newContext();
    // Hosts cap request lines (Node: 16 KB, nginx: 8 KB) — a reader could still hold such a link, so
    // longer ones are answered with the page itself, as a host without that cap would.
    await ctx.route(
      (u) => u.href.length > 8000,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readPage(path) }),
    );
    const dialogs: string[] = [];
    const { page, problems } = await openPage(site, path + make(key), { context: ctx });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await hydrated(page);
      const state = await answers(page, () => ({
        polluted: ({} as Record<string, unknown>)['polluted'],
        protoKeys: Object.keys(Object.prototype).length,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: document.querySelectorAll('#pwn1, #pwn2, [onerror], [onload], img[src="x"], script[src*="javascript"]').length,
        text: document.body.innerText,
      }));
      expect(state.polluted).toBeUndefined();
      expect(state.protoKeys).toBe(0);
      expect(state.pwned).toBeUndefined();
      expect(state.injected).toBe(0);
      expect(dialogs).toEqual([]);
      // Some calculators re-render once more after reading the link: poll for the message.
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              [...document.querySelectorAll('[data-url-problems], [data-field-error], [data-error]')].some(
                (e) => (e as HTMLElement).offsetParent !== null && (e.textContent ?? '').trim() !== '',
              ),
            ),
          { timeout: 10000, message: 'a visible message about the link' },
        )
        .toBe(true);
      expect(state.text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
      if (works) {
        const input = page.locator(`[data-calculator="${name}"] input[name="${works.key}"]`);
        await input.fill(works.value);
        await page.waitForSelector(`[data-calculator="${name}"] [data-figure="${works.figure}"][data-bytes="${works.bytes}"]`, {
          timeout: 10000,
        });
      } else {
        // Other calculators (network, rocksdb, …) read the TaskManager's size too: typing one re-derives a sized figure.
        const sel = `[data-calculator="${name}"] [data-figure][data-bytes]`;
        const before = await page.evaluate((q) => document.querySelector(q)?.getAttribute('data-bytes') ?? null, sel);
        await page.locator(`[data-calculator="${name}"] input[name="taskmanager.memory.process.size"]`).first().fill('4g');
        await page.waitForFunction(
          ({ q, b }) => {
            const v = document.querySelector(q)?.getAttribute('data-bytes');
            return !!v && v !== b;
          },
          { q: sel, b: before },
          { timeout: 10000 },
        );
      }
      noScriptProblems(problems);
    } finally {
      await page.close();
      await ctx.close();
    }
  });
});

/** Hostile pastes in the import panel. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n') + '\ntaskmanager.memory.process.size: *a9\n';
}
const PASTES: Array<[string, () => string]> = [
  ['deep YAML nesting (blocks)', () => Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n'],
  ['deep YAML nesting (flow mappings)', () => '{a: '.repeat(50_000) + '1' + '}'.repeat(50_000)],
  ['deep YAML nesting (flow)', () => '['.repeat(100_000) + ']'.repeat(100_000)],
  ['an alias bomb', aliasBomb],
  [
    'binary junk',
    () => {
      let s = '';
      let x = 12345;
      for (let i = 0; i < 200_000; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(x % 0xd800);
      }
      return s + '\u0000\uFFFE\uD800';
    },
  ],
  ['a 2 MB paste', () => 'taskmanager.memory.process.size: 1g\n'.repeat(60_000)],
];

describe.each(LANGS)('hostile pasted configs (%s)', (lang) => {
  it.each(PASTES)('%s: bounded time, a clear message, the calculator keeps working', async (_label, make) => {
    const { page, problems } = await openPage(site, `/${lang}/calculators/taskmanager/`);
    try {
      await hydrated(page);
      await page.locator('[data-calculator="taskmanager"] [data-panel="import"] summary').click();
      const area = page.locator('[data-calculator="taskmanager"] [data-panel="import"] textarea');
      const text = make();
      // fill() types nothing key by key: the whole paste arrives at once, as from the clipboard.
      await area.evaluate((el, t) => {
        (el as HTMLTextAreaElement).value = t;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      // A DOM click: Playwright's actionability checks would wait on the huge textarea's layout.
      await page.evaluate(() =>
        document.querySelector<HTMLButtonElement>('[data-calculator="taskmanager"] [data-action="import"]')!.click(),
      );
      await page.waitForFunction(
        () => (document.querySelector('[data-calculator="taskmanager"] [data-import-result]')?.textContent ?? '').trim() !== '',
        null,
        { timeout: 20000 },
      );
      expect(await answers(page, () => 1)).toBe(1);
      const msg = (await page.locator('[data-calculator="taskmanager"] [data-import-result]').innerText()).trim();
      expect(msg.length).toBeGreaterThan(5);
      expect(msg).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object /);
      if (lang === 'zh') expect(msg).toMatch(/[\u4e00-\u9fff]/);
      const input = page.locator('[data-calculator="taskmanager"] input[name="taskmanager.memory.process.size"]');
      await input.fill('4g');
      await page.waitForSelector('[data-calculator="taskmanager"] [data-figure="totalProcess"][data-bytes="4294967296"]', {
        timeout: 10000,
      });
      noScriptProblems(problems);
    } finally {
      await page.close();
    }
  });
});

describe('the server sends what _headers promises', () => {
  const rules = () => parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('every page and a sample of assets: exactly the headers of _headers, CSP with frame-ancestors', async () => {
    const r = rules();
    const targets = [
      ...pages.map((p) => p.path),
      '/favicon.svg',
      '/search-strings.json',
      '/scripts/search.js',
      '/pagefind/pagefind.js',
      '/_headers',
    ];
    const astro = readFileSync(pages.find((p) => p.path === '/en/calculators/taskmanager/')!.file, 'utf8').match(
      /\/_astro\/[^"'\s>]+\.js/,
    )?.[0];
    if (astro) targets.push(astro.slice(BASE.length - 1));
    const wrong: string[] = [];
    for (const path of targets) {
      const res = await fetch(site.url(path), { redirect: 'manual' });
      await res.arrayBuffer();
      const want = headersFor(r, `${BASE}${path.replace(/^\//, '')}`);
      if (want.length === 0) wrong.push(`${path}: no rule`);
      for (const [name, value] of want)
        if (res.headers.get(name) !== value) wrong.push(`${path}: ${name} = ${res.headers.get(name)}`);
      if (path === '/_headers' && res.status !== 404) wrong.push('/_headers is served');
    }
    expect(wrong).toEqual([]);
    const page = await fetch(site.url('/en/'));
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const post = await fetch(site.url('/en/'), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it("deploy/ holds the nginx, Apache and Caddy renderings of this build's _headers", () => {
    const dir = deployDirFor(DIST, ROOT);
    const r = rules();
    expect(readFileSync(join(dir, DEPLOY_FILES.nginx), 'utf8')).toBe(renderNginx(r));
    expect(readFileSync(join(dir, DEPLOY_FILES.apache), 'utf8')).toBe(renderApache(r));
    expect(readFileSync(join(dir, DEPLOY_FILES.caddy), 'utf8')).toBe(renderCaddy(r));
  });

  it.each(LANGS)("a link past Node's 16 KB limit reaches the page, which explains the codec's own limit (%s)", async (lang) => {
    const filler = 'x'.repeat(URL_MAX_QUERY_CHARS + 1000);
    const query = `?taskmanager.memory.process.size=4g&note=${filler}`;
    const { page, problems } = await openPage(site, `/${lang}/calculators/taskmanager/${query}`);
    try {
      await hydrated(page);
      const want = fillConfigText(configTexts(lang)['url.queryTooLong'], {
        chars: String(query.length - 1),
        max: String(URL_MAX_QUERY_CHARS),
      });
      const wantStart = want.slice(0, want.indexOf('(') >= 0 ? want.indexOf('(') : want.indexOf('（'));
      await page.waitForFunction((t) => document.body.innerText.includes(t), wantStart, { timeout: 10000 });
      noScriptProblems(problems);
    } finally {
      await page.close();
    }
  });
});
