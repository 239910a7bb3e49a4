/**
 * The frame's behaviour in Chromium: the language switch lands on the same chapter and keeps the
 * query string and #anchor; the theme choice survives a reload (and is applied before the first
 * paint, by the inline head script); pages work with JavaScript off; `/` sends the reader on at once;
 * unknown addresses get the 404 page of their language; the phone layout has no sideways scroll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    await context.addInitScript((l: readonly string[]) => Object.defineProperty(navigator, 'languages', { get: () => l }), languages);
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
