/**
 * The calculators' texts come as JSON tables (island-data.tsx), not as props in the HTML. Proof:
 * the page's island props carry no strings or fields; a calculator goes live once its table has
 * arrived and works; when the table cannot be fetched the server's figures stay on the page and
 * nothing breaks (no script error, no blank, no NaN).
 */
import { describe, expect, it } from 'vitest';
import { calculatorsLive, openPage, readPage, useSite } from './harness';
import { deriveTaskManager } from '~/model/taskmanager';

const site = useSite();

describe.each(['en', 'zh'] as const)('calculator tables (%s)', (lang) => {
  const path = `/${lang}/calculators/taskmanager/`;

  it('island props hold the preset and a table URL, not the texts', () => {
    const html = readPage(path);
    const props = /<astro-island[^>]* props="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(props).toContain('dataUrl');
    expect(props).not.toContain('fields');
    expect(props).not.toMatch(/&quot;t&quot;:/);
    expect(html).toMatch(/calc-data\/taskmanager-(en|zh)\.json\?h=[0-9a-f]{10}/);
  });

  it('goes live with its table and re-derives', async () => {
    const { page, problems } = await openPage(site, path);
    try {
      const tables: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/calc-data/')) tables.push(new URL(r.url()).pathname);
      });
      await calculatorsLive(page);
      expect(tables.map((t) => t.slice(t.indexOf('/calc-data/')))).toEqual([`/calc-data/taskmanager-${lang}.json`]);
      await page.locator('[data-calculator="taskmanager"] input[name="taskmanager.memory.process.size"]').fill('3g');
      const want = deriveTaskManager({ 'taskmanager.memory.process.size': '3g' });
      if (!want.ok) throw new Error('model refused 3g');
      await expect
        .poll(() => page.getAttribute('[data-calculator="taskmanager"] [data-figure="jvmHeap"]', 'data-bytes'))
        .toBe(want.jvmHeap.toString());
      expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.failedRequests]).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps the server figures when the table cannot be fetched', async () => {
    const context = await site.newContext();
    try {
      await context.route('**/calc-data/**', (r) => r.abort('failed'));
      const { page, problems } = await openPage(site, path, { context });
      const calc = page.locator('[data-calculator="taskmanager"]');
      await calc.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 15000 });
      await page.waitForTimeout(300);
      expect(await calc.getAttribute('data-live')).toBeNull();
      const bytes = await page.getAttribute('[data-calculator="taskmanager"] [data-figure="totalProcess"]', 'data-bytes');
      expect(bytes).toMatch(/^\d+$/);
      const text = (await calc.innerText()).trim();
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(problems.pageErrors).toEqual([]);
      // The only complaint is the blocked table itself.
      expect(problems.failedRequests.every((r) => r.includes('/calc-data/'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
