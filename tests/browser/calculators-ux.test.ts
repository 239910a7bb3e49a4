/**
 * Calculators a reader can use (issue 16), both languages at 1280 and 360 px: the summary stays in
 * view while any part of the form is edited, results come before the form on a phone, a shared
 * link never shows figures that are not its own (sampled from DOMContentLoaded until idle), JS off
 * and a failed text table are said so, and the home pages lead with the tools.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CALCULATORS } from '~/components/calculators/registry';
import { calcStrings } from '~/i18n/calculators';
import { calculatorsLive, expectClean, openPage, runAxe, useSite } from './harness';

const site = useSite();
const LANGS = ['en', 'zh'] as const;
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
] as const;

/** Whether the summary bar of `name` is fully inside the viewport and not covered at its centre. */
async function summaryInView(page: Page, name: string): Promise<{ inView: boolean; covered: boolean }> {
  return page.$eval(`[data-calculator="${name}"] [data-summary-bar]`, (el) => {
    const r = el.getBoundingClientRect();
    const inView = r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return { inView, covered: !(hit && el.contains(hit)) };
  });
}

describe.each(LANGS)('calculators, %s', (lang) => {
  // The calculators of one width load concurrently (one page each): expect from the test context.
  describe.concurrent.each(WIDTHS)('at $width px', (vp) => {
    it.for(CALCULATORS.map((c) => c.name))(
      '%s: summary in view while editing; results before the form on a phone',
      async (name, { expect }) => {
        const { page, problems } = await openPage(site, `/${lang}/calculators/${name}/`);
        await page.setViewportSize(vp);
        await calculatorsLive(page);
        const root = `[data-calculator="${name}"]`;
        // Where the parts start in the page, before any scrolling (the summary is sticky later).
        await page.evaluate(() => window.scrollTo(0, 0));
        const order = await page.$eval(root, (el) => {
          const top = (sel: string) => (el.querySelector(sel)?.getBoundingClientRect().top ?? NaN) + window.scrollY;
          return { summary: top('[data-summary-bar]'), results: top('.calc__full'), form: top('.calc__form') };
        });
        if (vp.width < 900) {
          expect(order.summary).toBeLessThan(order.form);
          expect(order.results).toBeLessThan(order.form);
        }
        const inputs = await page.$$(`${root} .calc__form .calc__field input`);
        expect(inputs.length).toBeGreaterThan(0);
        const picks = [...new Set([0, Math.floor(inputs.length / 2), inputs.length - 1])];
        for (const i of picks) {
          const input = inputs[i]!;
          await input.scrollIntoViewIfNeeded();
          await input.click();
          await page.keyboard.type('1');
          await page.keyboard.press('Backspace');
          // The edit has been rendered and laid out: two frames after the keys.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
          const s = await summaryInView(page, name);
          expect(s, `field ${i}`).toEqual({ inView: true, covered: false });
        }
        // The bar jumps to the full results.
        await page.click(`${root} .calc__summary-jump`);
        // Until the jump has landed (a scroll may be smooth): the full results' top in the viewport.
        const resultsTop = () => page.$eval(`${root} .calc__full`, (el) => el.getBoundingClientRect().top);
        await expect
          .poll(
            async () => {
              const t = await resultsTop();
              return t >= -2 && t < vp.height;
            },
            { timeout: 5000 },
          )
          .toBe(true);
        expectClean(problems);
        await page.close();
      },
    );
  });

  it('a shared link never shows another state’s figures (DOMContentLoaded until idle)', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as {
        __samples: { bytes: string | null; visible: boolean; summary: string; summaryVisible: boolean }[];
      };
      w.__samples = [];
      const sample = () => {
        const fig = document.querySelector('[data-calculator="taskmanager"] .calc__full [data-figure="totalProcess"]');
        const sum = document.querySelector('[data-calculator="taskmanager"] [data-summary="totalProcess"] dd');
        if (!fig) return;
        const visible = (el: Element | null) =>
          !!el && getComputedStyle(el).color !== 'rgba(0, 0, 0, 0)' && getComputedStyle(el).visibility !== 'hidden';
        w.__samples.push({
          bytes: fig.getAttribute('data-bytes'),
          visible: visible(fig),
          summary: sum?.textContent ?? '',
          summaryVisible: visible(sum),
        });
      };
      document.addEventListener('DOMContentLoaded', () => {
        sample();
        new MutationObserver(sample).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const tick = () => {
          sample();
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    });
    const { page, problems } = await openPage(
      site,
      `/${lang}/calculators/taskmanager/?v=2.0&taskmanager.memory.process.size=4g`,
      { context },
    );
    await page.waitForSelector('[data-calculator="taskmanager"][data-link="ready"][data-source="model"]', { timeout: 20000 });
    await page.waitForLoadState('networkidle');
    const own = await page.$eval('[data-calculator="taskmanager"] .calc__full [data-figure="totalProcess"]', (e) =>
      e.getAttribute('data-bytes'),
    );
    expect(own).toBe(String(4n * 1024n ** 3n));
    const samples = await page.evaluate(
      () =>
        (
          window as unknown as {
            __samples: { bytes: string | null; visible: boolean; summary: string; summaryVisible: boolean }[];
          }
        ).__samples,
    );
    expect(samples.length).toBeGreaterThan(2);
    const ownSummary = samples[samples.length - 1]!.summary;
    for (const s of samples) {
      if (s.visible) expect(s.bytes).toBe(own);
      if (s.summaryVisible) expect(s.summary).toBe(ownSummary);
    }
    // The server's figures (the preset) were there, but never shown as this link's.
    expect(samples.some((s) => s.bytes !== own && !s.visible)).toBe(true);
    expectClean(problems);
    await page.close();
    await context.close();
  });

  it('TaskManager → RocksDB and → network carry the shared keys', async () => {
    const { page, problems } = await openPage(
      site,
      `/${lang}/calculators/taskmanager/?v=1.20&taskmanager.memory.process.size=4g&taskmanager.numberOfTaskSlots=2`,
    );
    await page.waitForSelector('[data-calculator="taskmanager"][data-link="ready"]', { timeout: 20000 });
    const hrefs = await page.$$eval('[data-related-to]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(2);
    for (const h of hrefs) {
      const q = new URL(h).searchParams;
      expect(q.get('v')).toBe('1.20');
      expect(q.get('taskmanager.memory.process.size')).toBe('4g');
    }
    // Slots are a field of the RocksDB calculator (per-slot split), not of the network one (the job decides).
    expect(new URL(hrefs.find((h) => h.includes('/rocksdb/'))!).searchParams.get('taskmanager.numberOfTaskSlots')).toBe('2');
    await page.click('[data-related-to="rocksdb"]');
    await page.waitForSelector('[data-calculator="rocksdb"][data-link="ready"][data-source="model"]', { timeout: 20000 });
    const managed = await page.$eval('[data-calculator="rocksdb"] [data-summary="managed"] dd', (e) => e.textContent);
    expect(managed).not.toBe('');
    expect(
      await page.$eval(
        '[data-calculator="rocksdb"] [data-figure="blockCache"]',
        (e) => BigInt(e.getAttribute('data-bytes') ?? '0') > 0n,
      ),
    ).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('network: a topology preset replaces the job; an edge named as written sets pattern and type', async () => {
    const { page, problems } = await openPage(site, `/${lang}/calculators/network/`);
    await calculatorsLive(page);
    await page.click('[data-topology="sql3"]');
    await page.waitForSelector('[data-calculator="network"][data-source="model"]', { timeout: 20000 });
    await page.waitForFunction(() => new URL(location.href).search.includes('job='));
    expect(await page.$$eval('select[name$="-kind"]', (s) => s.map((x) => (x as HTMLSelectElement).value))).toEqual([
      'keyBy',
      'keyBy',
      'forward',
    ]);
    await page.selectOption('select[name="edge-0-kind"]', 'batchBlocking');
    expect(await page.$eval('select[name="edge-0-type"]', (s) => (s as HTMLSelectElement).value)).toBe('BLOCKING');
    expect(await page.$eval('select[name="edge-0-pattern"]', (s) => (s as HTMLSelectElement).value)).toBe('all-to-all');
    expectClean(problems);
    await page.close();
  });

  it('without JavaScript a note says the figures are the defaults', async () => {
    const { page } = await openPage(site, `/${lang}/calculators/taskmanager/?taskmanager.memory.process.size=4g`, {
      javaScript: false,
    });
    const note = page.locator('.calc-host__note', { hasText: calcStrings[lang].linkNoScript });
    expect(await note.isVisible()).toBe(true);
    await page.close();
  });

  it('a failed text table shows "could not load" and keeps the link’s state', async () => {
    const context = await site.newContext();
    await context.route('**/calc-data/**', (r) => r.abort());
    const path = `/${lang}/calculators/taskmanager/?taskmanager.memory.process.size=4g`;
    const { page } = await openPage(site, path, { context });
    const failed = page.locator('.calc-host__failed');
    await failed.waitFor({ state: 'visible', timeout: 15000 });
    expect(await failed.textContent()).toBe(calcStrings[lang].loadFailed);
    expect(new URL(page.url()).search).toContain('taskmanager.memory.process.size=4g');
    const color = await page.$eval(
      '[data-calculator="taskmanager"] [data-figure="totalProcess"]',
      (e) => getComputedStyle(e).color,
    );
    expect(color).toBe('rgba(0, 0, 0, 0)');
    await page.close();
    await context.close();
  });

  it.each([
    ['light', 'network'],
    ['dark', 'network'],
    ['light', 'taskmanager'],
    ['dark', 'taskmanager'],
  ] as const)(
    'axe: no serious violation with the summary and bars, %s theme, %s, both widths',
    async (theme, name) => {
      for (const vp of WIDTHS) {
        const { page } = await openPage(site, `/${lang}/calculators/${name}/`, { theme });
        await page.setViewportSize(vp);
        await calculatorsLive(page);
        expect(await runAxe(page), `${name} ${vp.width}`).toEqual([]);
        await page.close();
      }
    },
    150_000,
  );

  it('the home page leads with the tools (every registered calculator, diagnosis), then the chapters', async () => {
    for (const vp of WIDTHS) {
      const { page, problems } = await openPage(site, `/${lang}/`);
      await page.setViewportSize(vp);
      const hrefs = await page.$$eval('.tool-card a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const c of CALCULATORS) expect(hrefs.some((h) => h.endsWith(`/${lang}/calculators/${c.name}/`))).toBe(true);
      expect(hrefs.some((h) => h.endsWith(`/${lang}/diagnose/`))).toBe(true);
      const pos = await page.evaluate(() => ({
        tools: document.querySelector('.tool-grid')!.getBoundingClientRect().top,
        model: document.querySelector('.mm')!.getBoundingClientRect().top,
        chapters: document.querySelector('#home-chapters')!.getBoundingClientRect().top,
        index: !!document.querySelector('main a[href$="/calculators/"]'),
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      }));
      expect(pos.tools).toBeLessThan(pos.model);
      expect(pos.model).toBeLessThan(pos.chapters);
      expect(pos.index).toBe(true);
      expect(pos.overflow).toBe(false);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
      await page.close();
    }
  });
});
