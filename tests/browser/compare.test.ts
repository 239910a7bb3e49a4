/**
 * The compare page in a real browser, both languages, 1280 and 360 px: the example upgrade shows
 * deltas and changed defaults, a pasted configuration across 1.17 → 2.0 shows the refusal that
 * appears and the removed keys, the link reproduces the comparison, and JavaScript off explains.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, runAxe, useSite } from './harness';

const site = useSite();
const live = (page: Page) => page.waitForSelector('[data-compare][data-live] [data-pending="false"]', { timeout: 30_000 });

describe.each(['en', 'zh'] as const)('compare (%s)', (lang) => {
  it('shows the example upgrade with deltas, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, problems } = await openPage(site, `/${lang}/compare/`, { theme });
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await live(page);
        // 16g TaskManager, 1.16 → 2.0: network max goes from 1g to unbounded.
        expect(await page.getAttribute('[data-section="taskmanager"] [data-figure="network"]', 'data-before')).toBe(
          String(1n << 30n),
        );
        expect(
          Number(await page.getAttribute('[data-section="taskmanager"] [data-figure="network"]', 'data-after')),
        ).toBeGreaterThan(2 ** 30);
        expect(await page.$('[data-default="taskmanager.memory.network.max"]')).not.toBeNull();
        expect(await page.$('[data-key-change="taskmanager.network.memory.buffers-per-channel"]')).not.toBeNull();
        expect(await page.textContent('[data-compare]')).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        expect(await runAxe(page)).toEqual([]);
        expectClean(problems);
      } finally {
        await page.close();
      }
    }
  });

  it('a pasted config across 1.17 → 2.0: the refusal that appears, and the link reproduces it', async () => {
    const { page, problems } = await openPage(site, `/${lang}/compare/`);
    try {
      await live(page);
      await page.fill('textarea[name="a"]', 'taskmanager.heap.size: 2g\njobmanager.memory.process.size: 1600m\n');
      await page.selectOption('select[name="from"]', '1.17');
      await page.waitForSelector('[data-section="taskmanager"][data-refusal="appears"]', { timeout: 30_000 });
      expect(await page.getAttribute('[data-section="taskmanager"] [data-flink-message]', 'data-flink-message')).toContain(
        'need to be configured explicitly',
      );
      expect(await page.$('[data-key-change="taskmanager.heap.size"]')).not.toBeNull();
      const url = page.url();
      expect(url).toContain('from=1.17');
      await page.goto(url);
      await page.waitForSelector('[data-section="taskmanager"][data-refusal="appears"]', { timeout: 30_000 });
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('fits 360 px; JavaScript off shows the note', async () => {
    const { page, problems } = await openPage(site, `/${lang}/compare/`);
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await live(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    } finally {
      await page.close();
    }
    const off = await openPage(site, `/${lang}/compare/`, { javaScript: false });
    try {
      expect(await off.page.textContent('[data-noscript]')).toContain('flink-memory diff');
    } finally {
      await off.page.close();
    }
  });
});
