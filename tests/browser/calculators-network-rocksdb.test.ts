/**
 * Network and RocksDB calculators in a real browser, both languages: URL state → the figures equal
 * the model's; the job editor and inputs re-derive; Flink's "Insufficient number of network
 * buffers" refusal with the smallest fix; the article's T = P × (B + F) example; JS off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { estimateJobOnTm } from '~/model/network/tm';
import { computeRocksDb } from '~/components/calculators/rocksdb/compute';
import { networkFixesFor } from '~/model/advice';
import { expectClean as harnessClean, openPage, runAxe, startSite, type Problems, type Site, calculatorsLive } from './harness';

function expectClean(p: Problems): void {
  harnessClean({ ...p, failedRequests: p.failedRequests.filter((r) => !/favicon\.\w+: net::ERR_ABORTED$/.test(r)) });
}

async function ready(page: Page, name: string, withState = false): Promise<void> {
  await calculatorsLive(page);
  if (withState) {
    await page.waitForSelector(`[data-calculator="${name}"][data-source="model"]`, { timeout: 15000 });
  }
}

async function values(page: Page, name: string): Promise<Record<string, string>> {
  return page.$$eval(`[data-calculator="${name}"] [data-figure]`, (els) =>
    Object.fromEntries(
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return [d['figure'], d['bytes'] ?? d['value'] ?? ''];
      }),
    ),
  );
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(async () => {
  await site?.close();
});

const JOB = 'source*4,map*8,sink*2;source>map:all-to-all:PIPELINED_BOUNDED,map>sink:rescale:PIPELINED_BOUNDED';

for (const lang of ['en', 'zh'] as const) {
  describe(`network calculator (${lang})`, () => {
    const path = `/${lang}/calculators/network/`;

    it("shows the model's buffers for a TaskManager config and job from the link", async () => {
      for (const v of ['1.20', '2.0'] as const) {
        const q = new URLSearchParams({ v, 'taskmanager.memory.process.size': '2g', job: JOB, slots: '4' });
        const { page, problems } = await openPage(site, `${path}?${q}`);
        await ready(page, 'network', true);
        const want = estimateJobOnTm(
          {
            vertices: [
              { name: 'source', parallelism: 4 },
              { name: 'map', parallelism: 8 },
              { name: 'sink', parallelism: 2 },
            ],
            edges: [
              { from: 'source', to: 'map', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' },
              { from: 'map', to: 'sink', pattern: 'rescale', partitionType: 'PIPELINED_BOUNDED' },
            ],
            slotsPerTm: 4,
          },
          { 'taskmanager.memory.process.size': '2g' },
          { version: v },
        );
        if (!want.ok) throw new Error('model refused the test job');
        const got = await values(page, 'network');
        expect(got['numNetworkBuffers']).toBe(String(want.value.numNetworkBuffers));
        expect(got['requiredPerTm']).toBe(String(want.value.requiredPerTm));
        expect(got['targetPerTm']).toBe(want.value.targetPerTm === null ? 'unbounded' : String(want.value.targetPerTm));
        expect(got['network']).toBe(want.value.network.networkMemory.toString());
        // Identical neighbours share one row, labelled with its range; each TaskManager's figure is its row's.
        const rows = await page.$$eval('[data-calculator="network"] tr[data-tm]', (trs) =>
          trs.map((tr) => [Number((tr as HTMLElement).dataset['tm']), Number((tr as HTMLElement).dataset['tmTo'])] as const),
        );
        expect(rows.at(-1)?.[1]).toBe(want.value.tms.length - 1);
        for (const [from, to] of rows) {
          for (let i = from; i <= to; i++) expect(got[`tm${from}.required`]).toBe(String(want.value.tms[i]!.required));
        }
        expect(await page.locator('[data-calculator="network"] [data-edge]').count()).toBe(2);
        expectClean(problems);
        await page.close();
      }
    }, 60000);

    it('refuses like Flink when the buffers do not fit, with the smallest fix; the editor re-derives', async () => {
      const q = new URLSearchParams({
        v: '1.20',
        'taskmanager.memory.process.size': '1728m',
        job: 'a*64,b*64;a>b:all-to-all:PIPELINED_BOUNDED',
        slots: '64',
      });
      const { page, problems } = await openPage(site, `${path}?${q}`);
      await ready(page, 'network', true);
      const want = estimateJobOnTm(
        {
          vertices: [
            { name: 'a', parallelism: 64 },
            { name: 'b', parallelism: 64 },
          ],
          edges: [{ from: 'a', to: 'b', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
          slotsPerTm: 64,
        },
        { 'taskmanager.memory.process.size': '1728m' },
        { version: '1.20' },
      );
      if (!want.ok || want.value.verdict.ok) throw new Error('expected the model to refuse');
      const err = page.locator('[data-calculator="network"] [data-verdict="fail"] [data-error]');
      expect(await err.getAttribute('data-flink-message')).toBe(want.value.verdict.error?.message);
      expect(await err.getAttribute('data-flink-message')).toMatch(
        /^Insufficient number of network buffers: required \d+, but only \d+ available\./,
      );
      // The explanation of a message the server did not render loads on demand.
      if (lang === 'zh') await expect.poll(() => err.innerText()).toContain('网络缓冲区不足');
      // The smallest fix is the model's advice (re-derived; a size Flink parses).
      const advice = networkFixesFor(
        {
          vertices: [
            { name: 'a', parallelism: 64 },
            { name: 'b', parallelism: 64 },
          ],
          edges: [{ from: 'a', to: 'b', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
          slotsPerTm: 64,
        },
        { 'taskmanager.memory.process.size': '1728m' },
        { version: '1.20' },
      );
      const fix = page.locator('[data-calculator="network"] [data-fix-id]').first();
      expect(JSON.parse((await fix.getAttribute('data-fix-set')) ?? '{}')).toEqual(advice.fixes[0]?.set);
      // Lower the parallelism in the editor: it fits again.
      for (const i of [0, 1]) await page.locator(`[data-calculator="network"] input[name="vertex-${i}-parallelism"]`).fill('4');
      await page.locator('[data-calculator="network"] input[name="slots"]').fill('4');
      await expect.poll(() => page.locator('[data-calculator="network"] [data-verdict]').getAttribute('data-verdict')).toBe('ok');
      await expect.poll(() => new URL(page.url()).searchParams.get('job')).toBe('a*4,b*4;a>b:all-to-all:PIPELINED_BOUNDED');
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
      await page.close();
    }, 60000);

    it("puts the article's example one click away: T = 4 × (32 + 64) = 384", async () => {
      const { page, problems } = await openPage(site, path);
      await ready(page, 'network');
      await page.locator('[data-calculator="network"] [data-action="rot-example"]').click();
      await expect.poll(async () => (await values(page, 'network'))['rotFormula']).toBe('384');
      const v = await values(page, 'network');
      expect(Number(v['rot.articleValues.required'])).toBeGreaterThan(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('B')).toBe('32');
      expectClean(problems);
      await page.close();
    }, 30000);

    it('has the default figures in the HTML with JavaScript off', async () => {
      const { page, problems } = await openPage(site, path, { javaScript: false });
      const v = await values(page, 'network');
      expect(v['numNetworkBuffers']).toBe('4096'); // 1728m → network 134217730 bytes / 32 KiB
      expect(await page.locator('[data-calculator="network"] [data-verdict="ok"]').count()).toBe(1);
      expectClean(problems);
      await page.close();
    }, 30000);
  });

  describe(`rocksdb calculator (${lang})`, () => {
    const path = `/${lang}/calculators/rocksdb/`;

    it("shows the model's block cache, write buffers and high-priority pool per slot and TM", async () => {
      for (const [v, extra] of [
        ['2.0', {}],
        ['1.20', { 'state.backend.rocksdb.memory.write-buffer-ratio': '0.3' }],
        ['1.18', { 'state.backend.rocksdb.memory.fixed-per-slot': '300m' }],
      ] as const) {
        const config = {
          'taskmanager.memory.process.size': '4g',
          'taskmanager.numberOfTaskSlots': '2',
          'state.backend.type': 'rocksdb',
          ...extra,
        };
        const { page, problems } = await openPage(site, `${path}?${new URLSearchParams({ v, ...config })}`);
        await ready(page, 'rocksdb', true);
        const want = computeRocksDb({ v, mode: 'standalone', config, extras: {} }).result;
        if (!want.ok || !want.rocks?.shared) throw new Error('model refused');
        const got = await values(page, 'rocksdb');
        expect(got['managed']).toBe(want.managed.toString());
        expect(got['managedPerSlot']).toBe(want.perSlot.toString());
        expect(got['blockCache']).toBe(want.rocks.shared.cacheCapacity.toString());
        expect(got['writeBufferManager']).toBe(want.rocks.shared.writeBufferManagerCapacity.toString());
        expect(got['highPriority']).toBe(String(want.rocks.highPriorityPool));
        expect(got['tm.blockCache']).toBe(want.rocks.perTm?.cacheCapacity.toString());
        expectClean(problems);
        await page.close();
      }
    }, 60000);

    it('an imported flink-conf.yaml keeps its state backend: non-zero RocksDB figures, merged into the form', async () => {
      const { page, problems } = await openPage(site, path);
      await ready(page, 'rocksdb');
      const calc = page.locator('[data-calculator="rocksdb"]');
      // The form says hashmap and 3 slots before the import; the file says RocksDB (in zh with the older key).
      await calc.locator('input[name="state.backend.type"]').fill('hashmap');
      await calc.locator('input[name="taskmanager.numberOfTaskSlots"]').fill('3');
      await expect.poll(async () => (await values(page, 'rocksdb'))['blockCache'] ?? '0').toBe('0');
      const backendLine = lang === 'en' ? 'state.backend.type: rocksdb' : 'state.backend: rocksdb';
      await calc.locator('[data-panel="import"] summary').click();
      await calc.locator('[data-panel="import"] textarea').fill(`taskmanager.memory.process.size: 4g\n${backendLine}\n`);
      await calc.locator('[data-action="import"]').click();
      await expect.poll(() => calc.locator('[data-import-result]').getAttribute('data-import-result')).toBe('ok');
      const config = {
        'taskmanager.memory.process.size': '4g',
        'taskmanager.numberOfTaskSlots': '3',
        'state.backend.type': 'rocksdb',
      };
      const want = computeRocksDb({ v: '2.3', mode: 'standalone', config, extras: {} }).result;
      if (!want.ok || !want.rocks?.shared) throw new Error('model refused');
      expect(want.rocks.shared.cacheCapacity).toBeGreaterThan(0n);
      await expect
        .poll(async () => (await values(page, 'rocksdb'))['blockCache'])
        .toBe(want.rocks.shared.cacheCapacity.toString());
      expect(await calc.locator('input[name="state.backend.type"]').inputValue()).toBe('rocksdb');
      expect(await calc.locator('input[name="taskmanager.numberOfTaskSlots"]').inputValue()).toBe('3');
      expect(await calc.locator('[data-ignored="state.backend.type"], [data-ignored="state.backend"]').count()).toBe(0);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
      await page.close();
    }, 60000);

    it("explains an invalid ratio with Flink's message; consumer checkboxes re-derive", async () => {
      const { page, problems } = await openPage(site, path);
      await ready(page, 'rocksdb');
      const before = (await values(page, 'rocksdb'))['share.STATE_BACKEND'];
      await page.locator('[data-calculator="rocksdb"] input[name="use-OPERATOR"]').check();
      await expect.poll(async () => (await values(page, 'rocksdb'))['share.STATE_BACKEND']).not.toBe(before);
      const input = page.locator('[data-calculator="rocksdb"] input[name="state.backend.rocksdb.memory.write-buffer-ratio"]');
      await input.fill('0.95');
      await page
        .locator('[data-calculator="rocksdb"] input[name="state.backend.rocksdb.memory.high-prio-pool-ratio"]')
        .fill('0.2');
      const err = page.locator('[data-calculator="rocksdb"] [data-error]');
      await expect.poll(() => err.count()).toBe(1);
      const want = computeRocksDb({
        v: '2.3',
        mode: 'standalone',
        config: {
          'taskmanager.memory.process.size': '1728m',
          'taskmanager.numberOfTaskSlots': '1',
          'state.backend.type': 'rocksdb',
          'state.backend.rocksdb.memory.write-buffer-ratio': '0.95',
          'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.2',
        },
        extras: { uses: 'OPERATOR,STATE_BACKEND' },
      }).result;
      if (want.ok) throw new Error('expected a refusal from the model');
      expect(await err.getAttribute('data-flink-message')).toBe(want.error.message);
      expectClean(problems);
      await page.close();
    }, 30000);

    it('has the preset figures in the HTML with JavaScript off', async () => {
      const { page, problems } = await openPage(site, path, { javaScript: false });
      const v = await values(page, 'rocksdb');
      expect(v['managed']).toBe('536870920');
      expect(v['blockCache']).toBe('447392433'); // (3 − 0.5) / 3 of 536870920, truncated
      expect(v['writeBufferManager']).toBe('178956973');
      expectClean(problems);
      await page.close();
    }, 30000);
  });
}
