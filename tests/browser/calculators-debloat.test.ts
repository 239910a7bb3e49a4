/**
 * The network calculator's buffer-debloating panel in a real browser, both languages: link state
 * (tput, inuse, buffer-debloat.enabled) → the model's targetBufferSize; typing re-derives; junk
 * throughput → Flink's message plus the explanation; typing into the server-rendered panel before
 * the model has loaded keeps what was typed; before 1.14 and with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { debloatSettings, simulateDebloat, targetBufferSize } from '~/model/network/debloat';
import { parseMemorySize } from '~/model/memorysize';
import { NEWEST_VERSION, type FlinkVersion } from '~/model/types';
import { expectClean as harnessClean, openPage, runAxe, useSite, type Problems } from './harness';

function expectClean(p: Problems): void {
  harnessClean({ ...p, failedRequests: p.failedRequests.filter((r) => !/favicon\.\w+: net::ERR_ABORTED$/.test(r)) });
}

const CALC = '[data-calculator="network"]';
const PANEL = `${CALC} [data-debloat-slot]`;
const ON = 'taskmanager.network.memory.buffer-debloat.enabled';

/**
 * The calculator's island has hydrated and, where its texts come as a separate table (`dataUrl`
 * prop, island-data.tsx), gone live (`data-live`). Scrolls from inside the page: going live
 * replaces the server's DOM, so a locator could be detached.
 */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const c = document.querySelector(sel);
      c?.scrollIntoView({ block: 'center' });
      const island = c?.closest('astro-island');
      if (!c || !island || island.hasAttribute('ssr')) return false;
      return !(island.getAttribute('props') ?? '').includes('dataUrl') || c.hasAttribute('data-live');
    },
    CALC,
    { timeout: 15000, polling: 100 },
  );
}

/** Waits for the model chunk: it brings the live panel, rendered in the same update. */
async function live(page: Page): Promise<void> {
  await page.waitForSelector(`${CALC}[data-source="model"]`, { timeout: 15000 });
}

const bytes = (page: Page, fig: string) => page.locator(`${PANEL} [data-figure="${fig}"]`).getAttribute('data-bytes');

function want(v: FlinkVersion, tput: string, inuse: number, config: Record<string, string> = {}): string {
  const s = debloatSettings(v, config);
  const p = parseMemorySize(tput);
  if (!s || !p.ok) throw new Error('bad test input');
  return String(targetBufferSize(Number(p.value), inuse, s, v));
}

/** Visible text of the calculator with NaN / Infinity / undefined, or null. */
function badText(page: Page): Promise<string | null> {
  return page.$eval(CALC, (el) => {
    const m = /\b(NaN|Infinity|undefined)\b/.exec((el as HTMLElement).innerText);
    return m ? m[0] : null;
  });
}

const site = useSite();

for (const lang of ['en', 'zh'] as const) {
  describe(`debloat panel (${lang})`, () => {
    const path = `/${lang}/calculators/network/`;

    it("shows the model's target for the link's throughput and buffers; typing re-derives; junk is refused", async () => {
      for (const v of ['1.20', '2.0'] as const) {
        const q = new URLSearchParams({
          v,
          'taskmanager.memory.process.size': '1728m',
          slots: '4',
          tput: '1 mb',
          inuse: '100',
          [ON]: 'true',
        });
        const { page, problems } = await openPage(site, `${path}?${q}`);
        await hydrated(page);
        await live(page);
        expect(await page.locator(`${PANEL} [data-debloat]`).getAttribute('data-debloat')).toBe('on');
        expect(await bytes(page, 'debloatTarget')).toBe(want(v, '1 mb', 100));
        // 1048576 / 100 = 10485.76: ⌊⌋ before 2.0, rounded from 2.0 — inside [256, 32768] either way.
        expect(await bytes(page, 'debloatTarget')).toBe(v === '2.0' ? '10486' : '10485');
        expect(await bytes(page, 'debloatInFlight')).toBe(String(Number(want(v, '1 mb', 100)) * 100));
        const steps = simulateDebloat(
          Array.from({ length: 600 }, () => ({ throughput: 1048576, buffersInUse: 100 })),
          debloatSettings(v)!,
          v,
        );
        expect(await bytes(page, 'debloatAnnounced')).toBe(String(steps.at(-1)!.bufferSize));

        const tput = page.locator(`${PANEL} input[name="debloat-tput"]`);
        await tput.fill('2 mb');
        await expect.poll(() => bytes(page, 'debloatTarget')).toBe(want(v, '2 mb', 100));
        await expect.poll(() => new URL(page.url()).searchParams.get('tput')).toBe('2 mb');
        await page.locator(`${PANEL} input[name="debloat-inuse"]`).fill('7');
        await expect.poll(() => bytes(page, 'debloatTarget')).toBe(want(v, '2 mb', 7)); // clamped to segment-size
        expect(await bytes(page, 'debloatTarget')).toBe('32768');

        await tput.fill('fast');
        const err = page.locator(`${PANEL} [data-error]`);
        await expect.poll(() => err.count()).toBe(1);
        const flink = parseMemorySize('fast');
        if (flink.ok) throw new Error('expected a parse error');
        expect(await err.getAttribute('data-flink-message')).toBe(flink.message);
        expect(await err.innerText()).toContain(lang === 'zh' ? '吞吐量不是有效的大小' : 'The throughput is not a size');
        expect(await err.innerText()).toContain(flink.message);
        expect(await page.locator(`${PANEL} [data-figure="debloatTarget"]`).count()).toBe(0);
        expect(await tput.getAttribute('aria-invalid')).toBe('true');
        await page.locator(`${PANEL} input[name="debloat-inuse"]`).fill('0');
        await expect.poll(() => err.count()).toBe(2);
        for (const junk of ['', '1e9 mb', '-1', 'Infinity', '99999999999999999999 kb', '0 b']) {
          await tput.fill(junk);
          await page.locator(`${PANEL} input[name="debloat-inuse"]`).fill(junk === '' ? '' : '3');
          expect(await badText(page), junk).toBeNull();
        }
        expect(await runAxe(page)).toEqual([]);
        expectClean(problems);
        await page.close();
      }
    }, 60000);

    it('keeps what a reader types into the server-rendered panel before the model has loaded', async () => {
      const { page, problems } = await openPage(site, path);
      await hydrated(page);
      expect(await page.locator(`${CALC}[data-source="server"]`).count()).toBe(1);
      const tput = page.locator(`${PANEL} input[name="debloat-tput"]`);
      await tput.click();
      await page.keyboard.type('100 kb', { delay: 10 });
      await expect.poll(() => bytes(page, 'debloatTarget')).toBe(want(NEWEST_VERSION, '100 kb', 16)); // default job: gate target 16
      expect(await page.locator(`${PANEL} input[name="debloat-tput"]`).inputValue()).toBe('100 kb');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('debloat-tput');
      await expect.poll(() => new URL(page.url()).searchParams.get('tput')).toBe('100 kb');
      expectClean(problems);
      await page.close();
    }, 30000);

    it('before 1.14: says there is none and labels what 1.14 would do', async () => {
      const q = new URLSearchParams({
        v: '1.13',
        'taskmanager.memory.process.size': '1728m',
        tput: '512 kb',
        inuse: '8',
        [ON]: 'true',
      });
      const { page, problems } = await openPage(site, `${path}?${q}`);
      await hydrated(page);
      await live(page);
      expect(await page.locator(`${PANEL} [data-debloat]`).getAttribute('data-debloat')).toBe('none');
      expect(await bytes(page, 'debloatTarget')).toBe(want('1.14', '512 kb', 8));
      const text = await page.locator(PANEL).innerText();
      expect(text).toContain(lang === 'zh' ? 'Flink 1.13 没有缓冲消胀' : 'Flink 1.13 has no buffer debloating');
      expect(text).toContain(lang === 'zh' ? '开启时的缓冲区大小' : 'Buffer size if it were on');
      expectClean(problems);
      await page.close();
    }, 30000);

    it('has the default panel in the HTML with JavaScript off (debloating off, what it would be)', async () => {
      const { page, problems } = await openPage(site, path, { javaScript: false });
      expect(await page.locator(`${PANEL} [data-debloat]`).getAttribute('data-debloat')).toBe('off');
      expect(await bytes(page, 'debloatTarget')).toBe(want(NEWEST_VERSION, '256 kb', 16));
      expect(await bytes(page, 'debloatTarget')).toBe('16384');
      expect(await page.locator(`${PANEL} input[name="debloat-tput"]`).getAttribute('placeholder')).toBe('256 kb');
      expect(await page.locator(PANEL).innerText()).toContain(
        lang === 'zh' ? '缓冲区数量和网络内存不变' : 'the number of buffers and the network memory stay',
      );
      expectClean(problems);
      await page.close();
    }, 30000);
  });
}
