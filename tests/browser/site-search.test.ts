/**
 * Search through the real UI: lazy loading, the keyboard (/, Ctrl+K, arrows, Enter, Escape),
 * English and Chinese queries with sub-results deep-linking to the heading, language isolation,
 * and the bytes the first search transfers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE, expectClean, openPage, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Types a query and waits until the list shows that query's results. */
async function query(page: Page, text: string) {
  await page.locator('dialog.search-dialog input[type=search]').fill(text);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset['q'] === q, text);
}

async function resultHrefs(page: Page) {
  return page.$$eval('.search-results a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
  );
}

describe('search', () => {
  it('loads no search code until opened, then finds an English chapter with a sub-result on the right heading', async () => {
    const { page, problems } = await openPage(site, '/en/overview/');
    const requested: string[] = [];
    let bytes = 0;
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const sized: Promise<void>[] = [];
    const breakdown: string[] = [];
    page.on('requestfinished', (r) => {
      sized.push(
        r.sizes().then(
          (s) => {
            bytes += s.responseBodySize + s.responseHeadersSize;
            breakdown.push(`${new URL(r.url()).pathname} ${s.responseBodySize}`);
          },
          () => undefined, // a later request whose page closed first (the first search is awaited)
        ),
      );
    });
    await page.waitForTimeout(300);
    expect(requested.filter((p) => p.includes('pagefind') || p.endsWith('.js'))).toEqual([]);

    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

    // Budget: a first one-word query, everything search needs included (code, wasm, index, fragments).
    await query(page, 'backpressure'); // one query (typing slowly would run several)
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await Promise.all(sized);
    expect(bytes, `first search transferred ${bytes} bytes: ${breakdown.join(', ')}`).toBeLessThanOrEqual(150 * 1024);
    console.log(`first English search transferred ${bytes} bytes`);

    await query(page, 'popular Chinese-language articles');
    const sub = page.locator(`.search-results a.sub-result[href$="${BASE}en/overview/#who-this-guide-is-for"]`);
    await sub.waitFor();
    expect(await page.locator(`.search-results a.result[href="${BASE}en/overview/"]`).count()).toBe(1);

    // Keyboard only: arrow down to the sub-result, Enter opens it.
    const target = await sub.getAttribute('href');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('ArrowDown');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === target) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(target);
    await Promise.all([page.waitForURL(/#who-this-guide-is-for$/), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.getElementById('who-this-guide-is-for')?.tagName)).toBe('H2');
    expectClean(problems);
    await page.close();
  });

  it('finds a Chinese chapter from a query without spaces, only Chinese pages, with a sub-result on the heading', async () => {
    const { page, problems } = await openPage(site, '/zh/concepts/');
    let bytes = 0;
    const sized: Promise<void>[] = [];
    page.on('requestfinished', (r) => {
      // A later request may finish after the page closed; the first search's are awaited below.
      sized.push(
        r.sizes().then(
          (s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
          () => undefined,
        ),
      );
    });
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
    await query(page, '反压');
    expect(await page.locator('.search-results a').count()).toBeGreaterThan(0);
    await Promise.all(sized);
    expect(bytes, `first Chinese search transferred ${bytes} bytes`).toBeLessThanOrEqual(150 * 1024);
    console.log(`first Chinese search transferred ${bytes} bytes`);

    await query(page, '社区热门');
    await page.locator(`.search-results a.sub-result[href$="${BASE}zh/overview/#who-this-guide-is-for"]`).waitFor();
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(await page.locator(`.search-results a.result[href="${BASE}zh/overview/"]`).count()).toBe(1);
    for (const q of ['Flink', 'TaskManager', '内存']) {
      await query(page, q);
      const hrefs = await resultHrefs(page);
      expect(hrefs.length, `results for ${q}`).toBeGreaterThan(0);
      expect(
        hrefs.filter((h) => !h.startsWith(`${BASE}zh/`)),
        `query ${q}`,
      ).toEqual([]);
    }
    // "More results" loads further pages, still Chinese only.
    const before = await page.locator('.search-results a.result').count();
    const more = page.locator('.search-more button');
    if ((await more.count()) > 0) {
      await more.click();
      await expect.poll(() => page.locator('.search-results a.result').count()).toBeGreaterThan(before);
      expect((await resultHrefs(page)).filter((h) => !h.startsWith(`${BASE}zh/`))).toEqual([]);
    }
    // Escape closes the dialog and the page is still there.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expectClean(problems);
    await page.close();
  });

  it('opens from the header button and says when nothing matches, in the page language', async () => {
    const { page, problems } = await openPage(site, '/zh/overview/');
    await page.click('button[data-search-open]');
    await query(page, 'qqzzxxyy');
    expect(await page.locator('.search-status').textContent()).toContain('没有找到结果');
    expect(await page.locator('.search-results a').count()).toBe(0);
    expectClean(problems);
    await page.close();
  });
});
