/**
 * The diagnosis page in a real browser, both languages: pasted failures are recognised with the
 * right `data-diagnosis` ids (root cause first), an unrelated trace says "not a memory failure",
 * a logged memory block opens the calculator with the same figures, and a 20 MB paste completes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveTaskManager } from '~/model/taskmanager';
import { taskManagerLogBlock } from '~/model/logblock';
import { PATTERNS } from '~/model/diagnose/patterns';
import { DIST, expectClean, openPage, runAxe, startSite, type Site } from './harness';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/diagnose/${name}`, import.meta.url), 'utf8');

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

async function paste(page: Page, text: string): Promise<string[]> {
  await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
  await page.fill('#diagnose-input', text);
  await page.click('[data-diagnose] button[type=submit]');
  await page.waitForSelector('.diagnose__results', { timeout: 60_000 });
  return page.$$eval('[data-diagnosis]', (els) => els.map((e) => e.getAttribute('data-diagnosis') ?? ''));
}

describe.each(['en', 'zh'] as const)('diagnose (%s)', (lang) => {
  it('links every finding to an existing heading of the troubleshooting chapter', () => {
    const file = join(DIST, lang, 'troubleshooting', 'index.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    for (const p of PATTERNS) expect(html, p.anchor).toContain(`id="${p.anchor}"`);
    expect(html).toContain('id="rocksdb-memory-beyond-managed-memory"');
  });

  it('recognises each failure kind, root cause first, with words in the page language', async () => {
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      const text = [fixture('heartbeat-after-gc.txt'), fixture('insufficient-buffers-1x.txt'), fixture('illegal-config.txt')].join('\n');
      expect(await paste(page, text)).toEqual(['long-gc-pause', 'heartbeat-timeout', 'insufficient-network-buffers', 'illegal-configuration']);
      const body = await page.textContent('.diagnose__results');
      expect(body).toContain(lang === 'zh' ? '网络缓冲区不足' : 'Insufficient number of network buffers');
      expect(body).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
      await page.waitForSelector('[data-message-id="tm.sum-network-exceeds"]');
      expect(await page.getAttribute('[data-diagnosis="illegal-configuration"] [data-flink-message]', 'data-flink-message'))
        .toMatch(/^TaskManager memory configuration failed: Sum of configured Framework Heap Memory/);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('says "not a memory failure" for an unrelated stack trace', async () => {
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      expect(await paste(page, fixture('unrelated.txt'))).toEqual(['none']);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('opens the calculator with the configuration a logged block describes', async () => {
    const r = deriveTaskManager({ 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' }, { version: '1.20' });
    if (!r.ok) throw new Error(r.error.message);
    const log = [' Starting TaskManager (Version: 1.20.1, Scala: 2.12, Rev:abc, Date:2025-02-01)', ...taskManagerLogBlock(r)]
      .map((l) => `2024-05-01 10:00:00,000 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner [] - ${l}`).join('\n');
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      expect(await paste(page, log)).toEqual(['none']);
      expect(await page.getAttribute('[data-figure="managed"]', 'data-bytes')).toBe(String(r.managed));
      const href = await page.getAttribute('[data-calculator-link="taskmanager"]', 'href');
      expect(href).toContain('v=1.20');
      await page.goto(new URL(href!, page.url()).href);
      await page.waitForSelector('[data-calculator="taskmanager"][data-live]');
      for (const f of ['managed', 'network', 'taskHeap', 'jvmOverhead', 'totalProcess'] as const) {
        await expect.poll(() => page.getAttribute(`[data-calculator="taskmanager"] [data-figure="${f}"]`, 'data-bytes')).toBe(String(r[f]));
      }
      expectClean(problems);
    } finally {
      await page.close();
    }
  });

  it('finishes a 20 MB paste', async () => {
    const { page, problems } = await openPage(site, `/${lang}/diagnose/`);
    try {
      await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
      // A real paste event carrying 20 MB, as Ctrl+V would deliver it.
      await page.evaluate(() => {
        const line = '2024-05-01 12:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint 42 (1234 bytes).\n';
        const dt = new DataTransfer();
        dt.setData('text/plain', line.repeat(Math.ceil(20_000_000 / line.length)) + 'java.lang.OutOfMemoryError: Metaspace\n');
        document.querySelector('#diagnose-input')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      });
      await page.waitForSelector('[data-diagnosis="metaspace"]', { timeout: 120_000 });
      expect(Number(await page.getAttribute('[data-large-paste]', 'data-large-paste'))).toBeGreaterThan(20_000_000);
      expectClean(problems);
    } finally {
      await page.close();
    }
  });
});
