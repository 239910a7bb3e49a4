/**
 * The advisor page in a real browser, both languages, 1280 and 360 px, both themes: the advice is
 * rendered, a shared link shows its own figures (never the default's), editing a field updates
 * the advice and the URL, the calculator links follow the calculators' URL convention, the page
 * fits a phone, axe finds nothing serious, and with JavaScript off a note explains the defaults.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { advise } from '~/model/advisor';
import { formToInput, decodeForm } from '~/components/advisor/urlstate';
import { calculatorsLive, expectClean, openPage, runAxe, useSite } from './harness';

const site = useSite();

async function live(page: Page): Promise<void> {
  await page.waitForSelector('[data-advisor][data-live] [data-pending="false"]', { timeout: 30_000 });
}
const value = (page: Page, key: string) => page.getAttribute(`[data-advice-key="${key}"]`, 'data-value');
const visibleValue = (page: Page, key: string) =>
  page.$eval(`[data-advice-key="${key}"] td:nth-child(2) code`, (e) =>
    getComputedStyle(e).visibility === 'hidden' ? null : e.textContent,
  );

describe.each(['en', 'zh'] as const)('advisor (%s)', (lang) => {
  it('renders the default advice with every check passing, in both themes at 1280 px', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, problems } = await openPage(site, `/${lang}/advisor/`, { theme });
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await live(page);
        const expected = advise(formToInput(decodeForm('')));
        expect(await value(page, 'taskmanager.memory.process.size')).toBe(expected.config['taskmanager.memory.process.size']);
        const rows = await page.$$eval('[data-advice-key]', (els) => els.map((e) => e.getAttribute('data-advice-key')));
        expect(rows).toEqual(Object.keys(expected.config));
        expect(await page.$$eval('[data-check]', (els) => els.map((e) => e.getAttribute('data-ok')))).not.toContain('false');
        const text = await page.textContent('[data-advisor]');
        expect(text).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        if (lang === 'zh') expect(text).toContain('托管内存');
        expect(await runAxe(page)).toEqual([]);
        expectClean(problems);
      } finally {
        await page.close();
      }
    }
  });

  it('a shared link shows its own advice, never the default figures', async () => {
    const query = '?deploy=yarn&tm=8192&cpus=4&backend=hashmap&state=&p=16';
    const { page, problems } = await openPage(site, `/${lang}/advisor/${query}`, { waitUntil: 'domcontentloaded' });
    try {
      // Sample from first paint until the island is live: the default's 4096m is never visible.
      const seen = new Set<string | null>();
      for (let i = 0; i < 40; i++) {
        seen.add(await visibleValue(page, 'taskmanager.memory.process.size').catch(() => null));
        if (await page.$('[data-advisor][data-live]')) break;
        await page.waitForTimeout(50);
      }
      await live(page);
      seen.add(await visibleValue(page, 'taskmanager.memory.process.size'));
      expect([...seen].filter((x) => x !== null)).toEqual(['8192m']);
      expect(await value(page, 'yarn.containers.vcores')).toBe('4');
      expect(await page.textContent('[data-check="platform"]')).toContain('8192');
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('editing a field updates the advice and the link; calculator links carry the advice', async () => {
    const { page, problems } = await openPage(site, `/${lang}/advisor/`);
    try {
      await live(page);
      await page.fill('input[name="tmMemory"]', '8Gi');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-advice-key="taskmanager.memory.process.size"]')?.getAttribute('data-value') === '8192m',
      );
      expect(page.url()).toContain('tm=8Gi');
      const tm = await page.getAttribute('[data-open="taskmanager"]', 'href');
      expect(tm).toMatch(new RegExp(`/${lang}/calculators/taskmanager/\\?v=`));
      expect(tm).toContain('taskmanager.memory.process.size=8192m');
      const net = await page.getAttribute('[data-open="network"]', 'href');
      expect(net).toContain('job=');
      expect(await page.getAttribute('[data-open="rocksdb"]', 'href')).toContain('state.backend.type=rocksdb');
      await page.selectOption('[data-export-format]', 'helm');
      expect(await page.textContent('[data-export="helm"]')).toContain('taskManager:');
      await page.goto(new URL(tm!, page.url()).href);
      await calculatorsLive(page, 30_000);
      await page.waitForFunction(
        () =>
          document.querySelector('[data-calculator="taskmanager"] [data-figure="totalProcess"]')?.getAttribute('data-bytes') ===
          String(8 * 2 ** 30),
        null,
        { timeout: 30_000 },
      );
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('fits a 360 px phone without horizontal scrolling of the page', async () => {
    const { page, problems } = await openPage(site, `/${lang}/advisor/?backend=forst&v=2.0&state=10g`, { theme: 'dark' });
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await live(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await value(page, 'state.backend.type')).toBe('forst');
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('with JavaScript off, a note says the figures are the defaults', async () => {
    const { page } = await openPage(site, `/${lang}/advisor/`, { javaScript: false });
    try {
      const note = await page.textContent('[data-noscript]');
      expect(note).toContain('flink-memory advise');
      expect(await page.$$eval('[data-advice-key]', (els) => els.length)).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});
