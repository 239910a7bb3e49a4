/**
 * Calculators in a real browser, both languages: URL state → figures equal Flink's vectors;
 * typing updates; refusals show Flink's message verbatim + the translated explanation; import of
 * each format; export → re-import; copy link → reopen; JavaScript off → preset figures in HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TM_SIZES } from '~/model/types';
import { JM_FIGURES as JM_SIZES } from '~/model/compare';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  expectClean as harnessClean,
  openPage,
  ROOT,
  runAxe,
  startSite,
  type Problems,
  type Site,
  calculatorsLive,
} from './harness';

/** As the harness's check, except the favicon request a fast `goto` cancels (not a page problem). */
function expectClean(p: Problems): void {
  harnessClean({ ...p, failedRequests: p.failedRequests.filter((r) => !/favicon\.\w+: net::ERR_ABORTED$/.test(r)) });
}

interface Vector {
  id: string;
  flinkVersion: string;
  kind: string;
  mode?: string;
  config: Record<string, string>;
  expected: Record<string, unknown> & { ok: boolean; message?: string };
}

function vectors(file: string): Vector[] {
  return readFileSync(join(ROOT, 'tests/fixtures/flink', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l.replace(/:(-?\d{16,})([,}])/g, ':"$1"$2')) as Vector);
}

const TM_FORM_KEYS = new Set([
  'taskmanager.memory.process.size',
  'taskmanager.memory.flink.size',
  'taskmanager.memory.task.heap.size',
  'taskmanager.memory.managed.size',
  'taskmanager.memory.managed.fraction',
  'taskmanager.memory.framework.heap.size',
  'taskmanager.memory.framework.off-heap.size',
  'taskmanager.memory.task.off-heap.size',
  'taskmanager.memory.network.min',
  'taskmanager.memory.network.max',
  'taskmanager.memory.network.fraction',
  'taskmanager.memory.jvm-metaspace.size',
  'taskmanager.memory.jvm-overhead.min',
  'taskmanager.memory.jvm-overhead.max',
  'taskmanager.memory.jvm-overhead.fraction',
  'taskmanager.numberOfTaskSlots',
  'taskmanager.cpu.cores',
  'taskmanager.memory.segment-size',
  'taskmanager.heap.size',
  'taskmanager.heap.mb',
  'taskmanager.network.numberOfBuffers',
  'taskmanager.memory.size',
]);
const JM_FORM_KEYS = new Set([
  'jobmanager.memory.process.size',
  'jobmanager.memory.flink.size',
  'jobmanager.memory.heap.size',
  'jobmanager.memory.off-heap.size',
  'jobmanager.memory.enable-jvm-direct-memory-limit',
  'jobmanager.memory.jvm-metaspace.size',
  'jobmanager.memory.jvm-overhead.min',
  'jobmanager.memory.jvm-overhead.max',
  'jobmanager.memory.jvm-overhead.fraction',
  'jobmanager.heap.size',
  'jobmanager.heap.mb',
]);
const TM_FIGS = TM_SIZES;
const JM_FIGS = JM_SIZES;

/** Vectors the form can express (every key is an input), with a modest, even spread. */
function usable(kind: 'tm' | 'jm', keys: Set<string>): Vector[] {
  const all = [...vectors('flink-1.20/' + kind + '-public.jsonl'), ...vectors('flink-2.0/' + kind + '-public.jsonl')];
  return all.filter(
    (v) => Object.keys(v.config).every((k) => keys.has(k)) && Object.values(v.config).every((x) => x.length <= 256),
  );
}

function query(v: Vector): string {
  const p = new URLSearchParams();
  p.set('v', v.flinkVersion.startsWith('1.20') ? '1.20' : '2.0');
  p.set('mode', v.mode ?? 'standalone');
  for (const [k, x] of Object.entries(v.config)) p.set(k, x);
  return '?' + p.toString();
}

/** Hydrated, and — for a link with its own state — showing the model's figures, not the server's. */
async function hydrated(page: Page, name: string, withState = false): Promise<void> {
  await calculatorsLive(page);
  if (withState) {
    await page.waitForSelector(`[data-calculator="${name}"][data-source="model"]`, { timeout: 15000 });
  }
}

async function figures(page: Page, name: string): Promise<Record<string, string>> {
  return page.$$eval(`[data-calculator="${name}"] [data-figure][data-bytes]`, (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset['figure'], (e as HTMLElement).dataset['bytes']])),
  );
}

function expectedFigures(v: Vector, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(v.expected[n])]));
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(async () => {
  await site?.close();
});

const CASES = [
  { name: 'taskmanager', kind: 'tm' as const, keys: TM_FORM_KEYS, figs: TM_FIGS, sizeKey: 'taskmanager.memory.process.size' },
  { name: 'jobmanager', kind: 'jm' as const, keys: JM_FORM_KEYS, figs: JM_FIGS, sizeKey: 'jobmanager.memory.process.size' },
];

for (const c of CASES) {
  for (const lang of ['en', 'zh'] as const) {
    describe(`${c.name} calculator (${lang})`, () => {
      const path = `/${lang}/calculators/${c.name}/`;

      it("restores URL state and shows exactly Flink's figures (vectors 1.20 + 2.0)", async () => {
        const vs = usable(c.kind, c.keys);
        const ok = vs.filter((v) => v.expected.ok);
        const bad = vs.filter((v) => !v.expected.ok);
        expect(ok.length).toBeGreaterThan(10);
        expect(bad.length).toBeGreaterThan(3);
        // Every 2nd success in one language, the others in the other: all are covered over both runs.
        const mine = ok.filter((_, i) => i % 2 === (lang === 'en' ? 0 : 1)).slice(0, 20);
        const { page, problems } = await openPage(site, path);
        await hydrated(page, c.name);
        for (const v of mine) {
          await page.goto(site.url(path + query(v)));
          await hydrated(page, c.name, true);
          await expect.poll(() => figures(page, c.name), { timeout: 5000 }).toEqual(expectedFigures(v, c.figs));
          const jvm = await page.locator(`[data-calculator="${c.name}"] [data-figure="jvmParams"]`).innerText();
          expect(jvm.trim(), v.id).toBe(String(v.expected['jvmParams']));
        }
        for (const v of bad.slice(0, 6)) {
          await page.goto(site.url(path + query(v)));
          await hydrated(page, c.name, true);
          const err = page.locator(`[data-calculator="${c.name}"] [data-error]`);
          await expect.poll(() => err.getAttribute('data-flink-message'), { timeout: 5000 }).toBe(v.expected.message);
        }
        expectClean(problems);
        await page.close();
      }, 120000);

      it('re-derives while typing, explains refusals in the page language, highlights the inputs', async () => {
        const { page, problems } = await openPage(site, path);
        await hydrated(page, c.name);
        const input = page.locator(`[data-calculator="${c.name}"] input[name="${c.sizeKey}"]`);
        await input.fill('4g');
        await expect.poll(async () => (await figures(page, c.name))['totalProcess']).toBe('4294967296');
        // The link codec loads on the first change, so the URL follows a moment later.
        await expect.poll(() => page.url()).toContain(encodeURIComponent(c.sizeKey) + '=4g');
        // A size Flink cannot parse: per-field message while typing, then Flink's refusal.
        await input.fill('12 parsecs');
        const fieldErr = page.locator(`[data-calculator="${c.name}"] [data-field-error="${c.sizeKey}"]`);
        await expect.poll(() => fieldErr.isVisible()).toBe(true);
        expect(await fieldErr.innerText()).toContain(
          lang === 'zh' ? 'Flink 无法将其解析为内存大小' : 'Flink cannot read this as a memory size',
        );
        const err = page.locator(`[data-calculator="${c.name}"] [data-error]`);
        await expect.poll(() => err.count()).toBe(1);
        const msg = (await err.getAttribute('data-flink-message')) ?? '';
        expect(msg).toContain(`Cannot read memory size from config option '${c.sizeKey}'.`);
        // The cause chain carries the parse error Flink reports.
        expect(await err.textContent()).toContain(`Could not parse value '12 parsecs' for key '${c.sizeKey}'`);
        const text = await err.innerText();
        if (lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]{4,}/);
        expect(await page.locator(`[data-calculator="${c.name}"] .calc__field.is-flagged[data-key="${c.sizeKey}"]`).count()).toBe(
          1,
        );
        // Too small: Flink's own arithmetic refusal.
        await input.fill('100kb');
        await expect.poll(() => err.getAttribute('data-flink-message')).toMatch(/exceed|less than/);
        expect(await runAxe(page)).toEqual([]);
        expectClean(problems);
        await page.close();
      }, 60000);

      it('imports each format to the same figures, and export re-imports', async () => {
        const size = c.kind === 'tm' ? 'taskmanager' : 'jobmanager';
        const texts = [
          `${size}:\n  memory:\n    process:\n      size: 3g\n`,
          `${size}.memory.process.size: 3g\n`,
          `-D ${size}.memory.process.size=3g -Dparallelism.default=2`,
          `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: x\nspec:\n  flinkConfiguration:\n    parallelism.default: "2"\n  ${c.kind === 'tm' ? 'taskManager' : 'jobManager'}:\n    resource:\n      memory: 3072Mi\n      cpu: 1\n`,
        ];
        const { page, problems } = await openPage(site, path + `?v=${lang === 'en' ? '2.0' : '1.20'}`);
        await hydrated(page, c.name, true);
        const ref = await (async () => {
          await page.locator(`[data-calculator="${c.name}"] input[name="${c.sizeKey}"]`).fill('3g');
          await expect.poll(async () => (await figures(page, c.name))['totalProcess']).toBe(String(3n << 30n));
          return figures(page, c.name);
        })();
        await page.locator(`[data-calculator="${c.name}"] [data-panel="import"] summary`).click();
        const area = page.locator(`[data-calculator="${c.name}"] [data-panel="import"] textarea`);
        for (const text of texts) {
          await page.locator(`[data-calculator="${c.name}"] input[name="${c.sizeKey}"]`).fill('1g');
          await area.fill(text);
          await page.locator(`[data-calculator="${c.name}"] [data-action="import"]`).click();
          await expect.poll(() => figures(page, c.name), { timeout: 5000 }).toEqual(ref);
          const result = page.locator(`[data-calculator="${c.name}"] [data-import-result]`);
          expect(await result.getAttribute('data-import-result'), text).toBe('ok');
          if (text.includes('parallelism.default')) {
            expect(await page.locator(`[data-calculator="${c.name}"] [data-ignored="parallelism.default"]`).count()).toBe(1);
          }
        }
        // Export: every block re-imports to the same figures.
        await page.locator(`[data-calculator="${c.name}"] [data-panel="export"] summary`).click();
        const blocks = page.locator(`[data-calculator="${c.name}"] [data-export]`);
        await expect.poll(() => blocks.count(), { timeout: 5000 }).toBe(5);
        const exported = await blocks.evaluateAll((els) =>
          els.map((e) => [(e as HTMLElement).dataset['export'], e.querySelector('code')?.textContent ?? '']),
        );
        for (const [format, text] of exported) {
          if (format === 'java') continue; // Java source is for pasting into code, not a config format.
          await page.locator(`[data-calculator="${c.name}"] input[name="${c.sizeKey}"]`).fill('1g');
          await area.fill(text ?? '');
          await page.locator(`[data-calculator="${c.name}"] [data-action="import"]`).click();
          await expect.poll(() => figures(page, c.name), { timeout: 5000 }).toEqual(ref);
        }
        expectClean(problems);
        await page.close();
      }, 90000);

      it('a FlinkDeployment import sets the version and the mode, and writes sizes as 2048m', async () => {
        const part = c.kind === 'tm' ? 'taskManager' : 'jobManager';
        const text = `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: x\nspec:\n  flinkVersion: v1_19\n  ${part}:\n    resource:\n      memory: "2g"\n      cpu: 1\n`;
        const { page, problems } = await openPage(site, path + '?v=2.0');
        await hydrated(page, c.name, true);
        const calc = page.locator(`[data-calculator="${c.name}"]`);
        await calc.locator('[data-panel="import"] summary').click();
        await calc.locator('[data-panel="import"] textarea').fill(text);
        await calc.locator('[data-action="import"]').click();
        await expect.poll(() => calc.locator('select[name="v"]').inputValue(), { timeout: 10_000 }).toBe('1.19');
        expect(await calc.locator('select[name="mode"]').inputValue()).toBe('active');
        expect(await calc.locator(`input[name="${c.sizeKey}"]`).inputValue()).toBe('2048m');
        await expect.poll(async () => (await figures(page, c.name))['totalProcess'], { timeout: 10_000 }).toBe(String(2n << 30n));
        await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toContain('v=1.19');
        const search = await page.evaluate(() => location.search);
        expect(search).toContain('mode=active');
        expect(search).not.toMatch(/%20gb|\+gb/);
        expectClean(problems);
        await page.close();
      }, 60000);

      it('copy link → reopen restores the same state', async () => {
        const ctx = await site.newContext();
        await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.origin).origin });
        const { page, problems } = await openPage(site, path + '?v=1.17&mode=active', { context: ctx });
        await hydrated(page, c.name, true);
        await page.locator(`[data-calculator="${c.name}"] input[name="${c.sizeKey}"]`).fill('2500m');
        await expect.poll(async () => (await figures(page, c.name))['totalProcess']).toBe(String(2500n << 20n));
        const before = await figures(page, c.name);
        await page.locator(`[data-calculator="${c.name}"] [data-action="copy-link"]`).click();
        await expect
          .poll(() => page.locator(`[data-calculator="${c.name}"] .calc__form .calc__copy-status`).first().innerText())
          .toBe(lang === 'zh' ? '已复制' : 'Copied');
        const link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toContain('v=1.17');
        expect(link).toContain('mode=active');
        const again = await ctx.newPage();
        await again.goto(link);
        await hydrated(again, c.name, true);
        await expect.poll(() => figures(again, c.name)).toEqual(before);
        expect(await again.locator(`[data-calculator="${c.name}"] select[name="v"]`).inputValue()).toBe('1.17');
        await again.close();
        expectClean(problems);
        await ctx.close();
      }, 60000);

      it('has the preset figures in the HTML with JavaScript off', async () => {
        const { page, problems } = await openPage(site, path, { javaScript: false });
        const figs = await figures(page, c.name);
        expect(Object.keys(figs).sort()).toEqual([...c.figs].sort());
        const preset = usable(c.kind, c.keys).find(
          (v) => v.id === (c.kind === 'tm' ? 'tm-proc-1728m' : 'jm-proc-1600m') && v.flinkVersion === '2.0',
        );
        expect(preset).toBeDefined();
        expect(figs).toEqual(expectedFigures(preset!, c.figs));
        expect(await page.locator(`[data-calculator="${c.name}"] [data-figure="jvmParams"]`).innerText()).toBe(
          String(preset!.expected['jvmParams']),
        );
        expectClean(problems);
        await page.close();
      }, 30000);
    });
  }
}
