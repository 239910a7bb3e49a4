/**
 * The diagnosis page in a real browser, both languages, at 360 and 1280 px, both themes: pasted
 * failures are recognised with the right `data-diagnosis` ids (root cause first), pool and
 * process; nothing recognised offers the families instead of claiming "not a memory failure"; a
 * runtime snapshot shows per-pool verdicts; a logged memory block opens the calculator with the
 * same figures; a 20 MB paste completes; axe is clean in every result state. Screenshots of each
 * state go to $FMG_SHOTS (default /tmp/diagnose-shots) for a human to look at.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deriveTaskManager } from '~/model/taskmanager';
import { taskManagerLogBlock } from '~/model/logblock';
import { PATTERNS } from '~/model/diagnose/patterns';
import { DIST, expectClean, openPage, runAxe, useSite } from './harness';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/diagnose/${name}`, import.meta.url), 'utf8');
const SHOTS = process.env['FMG_SHOTS'] ?? '/tmp/diagnose-shots';
mkdirSync(SHOTS, { recursive: true });

const site = useSite();

async function paste(page: Page, text: string): Promise<string[]> {
  await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
  await page.fill('#diagnose-input', text);
  await page.click('[data-diagnose] button[type=submit]');
  await page.waitForSelector('.diagnose__results', { timeout: 60_000 });
  return page.$$eval('.diagnose__results [data-diagnosis]', (els) => els.map((e) => e.getAttribute('data-diagnosis') ?? ''));
}

/** Nothing wider than the viewport: no sideways scrolling on a phone. */
async function noOverflow(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

describe.each(['en', 'zh'] as const)('diagnose (%s)', (lang) => {
  it('links every finding to an existing heading of the troubleshooting chapter', () => {
    const file = join(DIST, lang, 'troubleshooting', 'index.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    for (const p of PATTERNS) expect(html, p.anchor).toContain(`id="${p.anchor}"`);
    expect(html).toContain('id="rocksdb-memory-beyond-managed-memory"');
  });

  describe.each([360, 1280] as const)('at %i px', (width) => {
    it.each(['light', 'dark'] as const)(
      'recognises failures root cause first, with pool, process and verified fixes (%s theme)',
      async (theme) => {
        const { page, problems } = await openPage(site, `/${lang}/diagnose/`, { theme });
        try {
          await page.setViewportSize({ width, height: 900 });
          const text = [
            fixture('heartbeat-after-gc.txt'),
            fixture('insufficient-buffers-1x.txt'),
            fixture('illegal-config.txt'),
          ].join('\n');
          expect(await paste(page, text)).toEqual([
            'long-gc-pause',
            'heartbeat-timeout',
            'insufficient-network-buffers',
            'illegal-configuration',
          ]);
          expect(await page.getAttribute('[data-diagnosis="insufficient-network-buffers"]', 'data-process')).toBe('taskmanager');
          expect(await page.getAttribute('[data-diagnosis="illegal-configuration"]', 'data-pool')).toBe('config');
          const body = await page.textContent('.diagnose__results');
          expect(body).toContain(lang === 'zh' ? '网络缓冲区不足' : 'Insufficient number of network buffers');
          expect(body).not.toMatch(/NaN|Infinity|undefined|\{\w+\}|\*\*/);
          await page.waitForSelector('[data-message-id="tm.sum-network-exceeds"]');
          expect(
            await page.getAttribute('[data-diagnosis="illegal-configuration"] [data-flink-message]', 'data-flink-message'),
          ).toMatch(/^TaskManager memory configuration failed: Sum of configured Framework Heap Memory/);
          // The refusal's fix comes from its own numbers and carries a Flink-parsable size.
          const set = JSON.parse(
            (await page.getAttribute('[data-diagnosis="illegal-configuration"] [data-set]', 'data-set'))!,
          ) as Record<string, string>;
          expect(Object.values(set).every((v) => /^\d+[mg]$/.test(v))).toBe(true);
          expect(await runAxe(page)).toEqual([]);
          await noOverflow(page);
          await page.screenshot({ path: join(SHOTS, `findings-${lang}-${width}-${theme}.png`), fullPage: true });
          expectClean(problems);
        } finally {
          await page.close();
        }
      },
    );

    it('offers the known families when nothing is recognised, never "not a memory failure"', async () => {
      const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
      try {
        await page.setViewportSize({ width, height: 900 });
        expect(await paste(page, fixture('cases/unrelated-kafka-auth.txt'))).toEqual(['none']);
        const body = (await page.textContent('[data-diagnosis="none"]'))!;
        expect(body).toContain(lang === 'zh' ? '未在这段文本中识别出已知的内存故障' : 'No known memory failure recognised');
        expect(body).toContain('Cannot reserve');
        expect(body).not.toMatch(/Not a memory failure|不是内存故障/);
        expect(await runAxe(page)).toEqual([]);
        await noOverflow(page);
        await page.screenshot({ path: join(SHOTS, `none-${lang}-${width}.png`), fullPage: true });
        expectClean(problems);
      } finally {
        await page.close();
      }
    });

    it('reads a runtime snapshot: verdicts per pool, a verified recommendation, the calculator with its configuration', async () => {
      const { page, problems } = await openPage(site, `/${lang}/diagnose/`, { theme: width === 360 ? 'dark' : 'light' });
      try {
        await page.setViewportSize({ width, height: 900 });
        expect(await paste(page, fixture('snapshots/rest-details-and-metrics-2.0.txt'))).toEqual([]);
        await page.waitForSelector('[data-snapshot="rest"]');
        const verdicts = await page.$$eval('[data-snapshot] tr[data-pool]', (rows) =>
          rows.map((r) => [r.getAttribute('data-pool'), r.getAttribute('data-verdict')]),
        );
        expect(Object.fromEntries(verdicts)).toMatchObject({ heap: 'near-limit', managed: 'idle' });
        expect(await page.$('[data-snapshot] [data-fix="snapshot-managed-to-heap"] [data-set]')).not.toBeNull();
        expect(await runAxe(page)).toEqual([]);
        await noOverflow(page);
        await page.screenshot({ path: join(SHOTS, `snapshot-${lang}-${width}.png`), fullPage: true });
        const href = await page.getAttribute('[data-snapshot] [data-calculator-link="taskmanager"]', 'href');
        await page.goto(new URL(href!, page.url()).href);
        await page.waitForSelector('[data-calculator="taskmanager"][data-live]');
        await expect
          .poll(() => page.getAttribute('[data-calculator="taskmanager"] [data-figure="managed"]', 'data-bytes'), {
            timeout: 15_000,
          })
          .toBe('1438814063');
        expectClean(problems);
      } finally {
        await page.close();
      }
    });
  });

  it('advises a JobManager heap error with JobManager keys only', async () => {
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      expect(await paste(page, fixture('cases/heap-jm-entrypoint.txt'))).toEqual(['java-heap-space']);
      expect(await page.getAttribute('[data-diagnosis="java-heap-space"]', 'data-process')).toBe('jobmanager');
      const sets = await page.$$eval('[data-set]', (els) => els.map((e) => e.getAttribute('data-set') ?? ''));
      expect(sets.length).toBeGreaterThan(0);
      for (const s of sets) expect(Object.keys(JSON.parse(s) as object).every((k) => k.startsWith('jobmanager.'))).toBe(true);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('opens the calculator with the configuration a logged block describes', async () => {
    const r = deriveTaskManager(
      { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' },
      { version: '1.20' },
    );
    if (!r.ok) throw new Error(r.error.message);
    const log = [' Starting TaskManager (Version: 1.20.1, Scala: 2.12, Rev:abc, Date:2025-02-01)', ...taskManagerLogBlock(r)]
      .map((l) => `2024-05-01 10:00:00,000 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner [] - ${l}`)
      .join('\n');
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      expect(await paste(page, log)).toEqual(['none']);
      expect(await page.getAttribute('[data-figure="managed"]', 'data-bytes')).toBe(String(r.managed));
      const href = await page.getAttribute('[data-calculator-link="taskmanager"]', 'href');
      expect(href).toContain('v=1.20');
      await page.goto(new URL(href!, page.url()).href);
      await page.waitForSelector('[data-calculator="taskmanager"][data-live]');
      for (const f of ['managed', 'network', 'taskHeap', 'jvmOverhead', 'totalProcess'] as const) {
        await expect
          .poll(() => page.getAttribute(`[data-calculator="taskmanager"] [data-figure="${f}"]`, 'data-bytes'), {
            timeout: 15_000,
          })
          .toBe(String(r[f]));
      }
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('finishes a 20 MB paste and says its size naturally', async () => {
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
      // A real paste event carrying 20 MB, as Ctrl+V would deliver it.
      await page.evaluate(() => {
        const line =
          '2024-05-01 12:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint 42 (1234 bytes).\n';
        const dt = new DataTransfer();
        dt.setData('text/plain', line.repeat(Math.ceil(20_000_000 / line.length)) + 'java.lang.OutOfMemoryError: Metaspace\n');
        document
          .querySelector('#diagnose-input')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      });
      await page.waitForSelector('[data-diagnosis="metaspace"]', { timeout: 120_000 });
      expect(Number(await page.getAttribute('[data-large-paste]', 'data-large-paste'))).toBeGreaterThan(20_000_000);
      expect(await page.textContent('[data-large-paste]')).toMatch(
        lang === 'zh' ? /^已粘贴 \d+ 万个字符；/ : /^Pasted \d+\.\d million characters;/,
      );
      expectClean(problems);
    } finally {
      await page.close();
    }
  });
});
