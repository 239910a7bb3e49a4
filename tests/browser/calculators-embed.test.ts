/**
 * Calculators embedded in chapters. A chapter carries the calculator's card (its preset and a link
 * to the full, server-rendered calculator with that state) and a "calculate here" button; the
 * live calculator is mounted in the card on that click. Checked here, in both languages:
 * - JavaScript off: the card, its preset and the link are in the HTML, the button is not shown;
 * - nothing of the calculator loads before the click; after it, the live calculator shows the
 *   same figures as the full calculator page for the same state, takes focus, passes axe,
 *   re-derives when typed into, leaves the chapter's URL alone and fits a 360 px phone;
 * - a chunk that cannot be loaded leaves a message in the page's language, not an error.
 */
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { calculatorsLive, listPages, openPage, readPage, runAxe, useSite } from './harness';

const site = useSite();

const SIZE_KEY: Record<string, string> = {
  taskmanager: 'taskmanager.memory.process.size',
  jobmanager: 'jobmanager.memory.process.size',
  network: 'taskmanager.memory.process.size',
  rocksdb: 'taskmanager.memory.process.size',
};
const FAILED = { en: 'Could not load the calculator here', zh: '计算器加载失败' };

const withEmbed = listPages()
  .filter((p) => !p.path.includes('/calculators/') && readPage(p.path).includes('data-embed='))
  .map((p) => p.path);

/** `data-figure` → `data-bytes` of every byte figure under `selector`. */
function byteFigures(page: Page, selector: string): Promise<Record<string, string>> {
  return page
    .locator(`${selector} [data-figure][data-bytes]`)
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-figure') ?? '', e.getAttribute('data-bytes') ?? ''])),
    );
}

// Concurrent: one page (or context) per test, so the tests use their context's `expect`.
describe.concurrent('calculator embeds in chapters', () => {
  it('exist in both languages, one per core chapter', ({ expect }) => {
    for (const l of ['en', 'zh']) {
      for (const slug of ['taskmanager-memory', 'jobmanager-memory', 'network-buffers', 'managed-memory-and-state']) {
        expect(withEmbed).toContain(`/${l}/${slug}/`);
      }
    }
  });

  it.for(withEmbed)('%s without JavaScript: the card, its preset and the link are there, no button', async (path, { expect }) => {
    const { page } = await openPage(site, path, { javaScript: false });
    try {
      const card = page.locator('[data-embed]');
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      const name = (await card.getAttribute('data-embed')) ?? '';
      const href = (await card.locator('a[href*="/calculators/"]').getAttribute('href')) ?? '';
      expect(href).toContain(`/calculators/${name}/?`);
      expect(await card.locator('.calc-link__preset li').count()).toBeGreaterThan(0);
      expect(await card.locator('[data-embed-open]').isVisible()).toBe(false);
      // The page the link opens is server-rendered (with its default state until JavaScript applies the link's).
      const full = await openPage(site, href, { javaScript: false });
      expect(Object.keys(await byteFigures(full.page, '[data-calculator]')).length).toBeGreaterThan(2);
      await full.page.close();
    } finally {
      await page.close();
    }
  });

  it.for(withEmbed)(
    "%s: loads nothing of the calculator until asked, then shows the full page's figures, live",
    async (path, { expect }) => {
      const { page, problems } = await openPage(site, path);
      try {
        const card = page.locator('[data-embed]');
        const name = (await card.getAttribute('data-embed')) ?? '';
        const href = (await card.locator('a[href*="/calculators/"]').getAttribute('href')) ?? '';
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await card.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        expect(
          requests.filter((r) => r.endsWith('.js') || r.includes('/calc-data/')),
          'before the click',
        ).toEqual([]);
        expect(await card.locator('[data-calculator]').count()).toBe(0);

        await card.locator('[data-embed-open]').click();
        await card.locator('[data-calculator][data-live]').waitFor({ timeout: 15000 });
        expect(await card.locator('[data-embed-open]').count()).toBe(0);
        // Focus went into the calculator (keyboard users land on its first control).
        expect(await page.evaluate(() => !!document.activeElement?.closest('[data-calculator]'))).toBe(true);
        expect(await runAxe(page), 'axe with the calculator mounted').toEqual([]);

        // The full calculator with the card's link state, computed by the model there.
        const full = await openPage(site, href);
        await calculatorsLive(full.page);
        await full.page.locator('[data-calculator][data-source="model"]').waitFor({ timeout: 15000 });
        const expected = await byteFigures(full.page, '[data-calculator]');
        await full.page.close();
        expect(Object.keys(expected).length).toBeGreaterThan(2);
        expect(await byteFigures(page, '[data-embed] [data-calculator]')).toEqual(expected);

        const snap = () => card.locator('[data-calculator]').evaluate((el) => el.textContent ?? '');
        const before = await snap();
        await card.locator(`input[name="${SIZE_KEY[name]}"]`).first().fill('3g');
        await expect.poll(snap, { timeout: 10000 }).not.toBe(before);
        expect(new URL(page.url()).search, 'the chapter URL keeps no calculator state').toBe('');
        // On a 360 px phone the mounted calculator fits the chapter without sideways scrolling.
        await page.setViewportSize({ width: 360, height: 740 });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
          .toBe(0);
        expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.cspViolations]).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.for(['en', 'zh'] as const)(
    'a calculator that cannot be loaded says so in the page language (%s)',
    async (lang, { expect }) => {
      const path = withEmbed.find((p) => p.startsWith(`/${lang}/`))!;
      const context = await site.newContext();
      await context.route(/\/_astro\/embed-card\.[^/]+\.js$/, (route) => route.abort());
      const { page, problems } = await openPage(site, path, { context });
      try {
        const card = page.locator('[data-embed]');
        await card.locator('[data-embed-open]').click();
        await expect.poll(() => card.locator('[role="status"]').textContent(), { timeout: 10000 }).toContain(FAILED[lang]);
        // The reader can try again, and the link still leads to the full calculator.
        expect(await card.locator('[data-embed-open]').isEnabled()).toBe(true);
        expect(await card.locator('[data-embed-open]').getAttribute('aria-busy')).toBeNull();
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await page.close();
        await context.close();
      }
    },
  );
});
