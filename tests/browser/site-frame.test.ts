/**
 * The frame's behaviour in Chromium: the language switch lands on the same chapter and keeps the
 * query string and #anchor; the theme choice survives a reload (and is applied before the first
 * paint, by the inline head script); pages work with JavaScript off; `/` sends the reader on at once;
 * unknown addresses get the 404 page of their language; the phone layout has no sideways scroll.
 * Accessibility of the frame itself (issue 20): content comes first in the focus order (a
 * calculator's first field within 6 Tab presses of the top; the skip link lands in the content),
 * the sidebar still sits left of the content, search highlights keep 4.5:1 in both themes, and axe
 * finds nothing — any impact — in the frame (article excluded) with search open, both themes and
 * languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { BASE, expectClean, listPages, openPage, readPage, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('site frame', () => {
  it('the language switch lands on the same chapter, keeping query and anchor, and back', async () => {
    const { page, problems } = await openPage(site, '/en/overview/?v=2.0&x=1#who-this-guide-is-for');
    await Promise.all([page.waitForURL(/\/zh\/overview\//), page.click('a[data-lang-switch]')]);
    const u = new URL(page.url());
    expect(u.pathname).toBe(`${BASE}zh/overview/`);
    expect(u.search).toBe('?v=2.0&x=1');
    expect(u.hash).toBe('#who-this-guide-is-for');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('#who-this-guide-is-for').count()).toBe(1);
    // Keyboard: focus the switch and press Enter.
    await page.focus('a[data-lang-switch]');
    await Promise.all([page.waitForURL(/\/en\/overview\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).search).toBe('?v=2.0&x=1');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expectClean(problems);
    await page.close();
  });

  it('remembers the theme across a reload, applied before the stylesheet loads', async () => {
    const context = await site.newContext({ colorScheme: 'light' });
    const { page, problems } = await openPage(site, '/en/concepts/', { context });
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    await page.selectOption('#theme-select', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('dark');
    expect(await bg()).toBe(darkBg);
    // No flash: the theme is set by a script that runs before any stylesheet in <head>.
    const order = await page.evaluate(() =>
      [...document.head.children].filter((e) => e.matches('script:not([src]), link[rel=stylesheet]')).map((e) => e.tagName),
    );
    expect(order[0]).toBe('SCRIPT');
    await page.selectOption('#theme-select', 'system');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await bg()).not.toBe(darkBg);
    expectClean(problems);
    await context.close();
  });

  it('works with JavaScript off: content, navigation, TOC, language link; no dead search button', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const { page, problems } = await openPage(site, '/zh/overview/', { context });
    expect(await page.locator('article h1').textContent()).toBeTruthy();
    expect(await page.locator('.sidebar a[aria-current="page"]').getAttribute('href')).toBe(`${BASE}zh/overview/`);
    expect(await page.locator('.toc a').count()).toBeGreaterThan(2);
    expect(await page.locator('button[data-search-open]').isVisible()).toBe(false);
    await Promise.all([page.waitForURL(/\/en\/overview\/$/), page.click('a[data-lang-switch]')]);
    expect(await page.locator('article h1').textContent()).toBeTruthy();
    expectClean(problems);
    await context.close();
  });

  it('sends / to /en/ at once, and serves each language its own 404 page', async () => {
    const root = readPage('/');
    expect(root).toMatch(new RegExp(`<meta http-equiv="refresh" content="0;url=${BASE}en/"`));
    expect(root).toContain(`href="${BASE}zh/"`); // a visible way to the other language
    const { page, problems } = await openPage(site, '/', { allowStatus: [404] });
    await page.waitForURL(new RegExp(`${BASE}en/$`), { timeout: 10_000 });
    const zh = await page.goto(site.url('/zh/no-such-page/'));
    expect(zh?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    const en = await page.goto(site.url('/en/no-such-page/'));
    expect(en?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // Chromium logs the 404 status of the two pages asked for; nothing else may fail.
    expect(problems.consoleErrors.filter((m) => !m.includes('/no-such-page/'))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE', 'zh'], 'zh'],
    [['fr-FR'], 'en'],
  ] as const)('/ with browser languages %j lands on /%s/', async (languages, lang) => {
    const context = await site.newContext({ locale: languages[0] });
    // Chromium's `locale` sets only the first language; the rest come from Accept-Language order.
    await context.addInitScript(
      (l: readonly string[]) => Object.defineProperty(navigator, 'languages', { get: () => l }),
      languages,
    );
    const page = await context.newPage();
    await page.goto(site.url('/'));
    await page.waitForURL(new RegExp(`${BASE}${lang}/$`), { timeout: 10_000 });
    await context.close();
  });

  it('/ without JavaScript goes to /en/ (noscript meta refresh)', async () => {
    const { page } = await openPage(site, '/', { javaScript: false });
    await page.waitForURL(new RegExp(`${BASE}en/$`), { timeout: 10_000 });
    await page.close();
  });

  it('prints the chapter only; links previous/next chapters', async () => {
    const { page, problems } = await openPage(site, '/en/concepts/');
    expect(await page.locator('a[rel=prev]').getAttribute('href')).toBe(`${BASE}en/overview/`);
    expect(await page.locator('a[rel=next]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.sidebar', '.toc', '.prev-next', '.site-footer']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('every page fits a 360 px phone without sideways scrolling (wide tables, formulas and code scroll in place)', async () => {
    const context = await site.newContext({ viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    try {
      // `/` moves on to a language at once (tested above). Four pages at a time.
      const queue = listPages().filter((x) => x.path !== '/');
      const worker = async (): Promise<void> => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          const { page } = await openPage(site, p.path, { context, allowStatus: [404] });
          const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (over > 0) wide.push(`${p.path} +${over}px`);
          await page.close();
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    } finally {
      await context.close();
    }
    expect(wide.sort()).toEqual([]);
  }, 240000);

  it('fits a 360 px phone without sideways scrolling; the menu opens', async () => {
    const context = await site.newContext({ viewport: { width: 360, height: 740 } });
    const { page, problems } = await openPage(site, '/zh/overview/', { context });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('.sidebar nav a').first().isVisible()).toBe(false);
    await page.click('.sidebar summary');
    expect(await page.locator('.sidebar nav a').first().isVisible()).toBe(true);
    expectClean(problems);
    await context.close();
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe over the frame only (the article's content and the calculators have their own tests), every impact. */
async function frameAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: object,
            o: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run({ include: [['html']], exclude: [['article']] }, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(' ')}`,
    );
  });
}

/** Tab presses from the top of the page until focus is on a form field inside `within`. */
async function tabsTo(page: Page, within: string, max = 40): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((sel) => {
      const a = document.activeElement;
      return !!a && /^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName) && !!a.closest(sel);
    }, within);
    if (there) return n;
  }
  return Infinity;
}

describe('frame accessibility', () => {
  it.each(['en', 'zh'])("a calculator's first field is at most 6 Tab presses from the top (%s)", async (lang) => {
    const { page, problems } = await openPage(site, `/${lang}/calculators/taskmanager/`);
    try {
      await page.waitForSelector('[data-calculator="taskmanager"][data-live]');
      expect(await tabsTo(page, '[data-calculator]')).toBeLessThanOrEqual(6);
      // The skip link is the first stop and lands in the content: one Tab more reaches the calculator.
      await page.reload();
      await page.waitForSelector('[data-calculator="taskmanager"][data-live]');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      await page.keyboard.press('Enter');
      expect(await tabsTo(page, '[data-calculator]', 3)).toBe(1);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it.each([360, 1280])('the sidebar still sits left of (or, on a phone, above) the content at %i px', async (width) => {
    const context = await site.newContext({ viewport: { width, height: 800 } });
    try {
      const { page } = await openPage(site, '/en/overview/', { context });
      const side = (await page.locator('.sidebar').boundingBox())!;
      const main = (await page.locator('main').boundingBox())!;
      if (width > 800) expect(side.x + side.width).toBeLessThanOrEqual(main.x);
      else expect(side.y + side.height).toBeLessThanOrEqual(main.y + 1);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['zh', 'light'],
    ['zh', 'dark'],
  ] as const)(
    'search open (%s, %s): highlights keep 4.5:1 and axe finds nothing in the frame',
    async (lang, theme) => {
      const { page, problems } = await openPage(site, `/${lang}/overview/`, { theme });
      try {
        expect(await frameAxe(page)).toEqual([]);
        await page.click('button[data-search-open]');
        await page.locator('dialog.search-dialog input[type=search]').fill(lang === 'zh' ? '托管内存' : 'managed memory');
        await page.waitForFunction(() => document.querySelectorAll('.search-results mark').length > 0, null, { timeout: 20000 });
        const ratios = await page.evaluate(() => {
          const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: number[]) => {
            const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          return [...document.querySelectorAll('.search-results mark')].map((m) => {
            const cs = getComputedStyle(m);
            const a = lum(rgb(cs.color));
            const b = lum(rgb(cs.backgroundColor));
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          });
        });
        expect(ratios.length).toBeGreaterThan(0);
        expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
        expect(await frameAxe(page)).toEqual([]);
        expectClean(problems);
      } finally {
        await page.close();
      }
    },
    60000,
  );
});
