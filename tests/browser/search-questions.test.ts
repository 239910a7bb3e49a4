/**
 * Typical reader questions, asked in each language through pagefind's own JS API with the site's
 * ranking (public/scripts/search-ranking.js) on a page of that language (pagefind picks the index
 * from `<html lang>`), must rank the chapter that answers them first. Guards the guide's findability: headings, wording and the index settings together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, searchSite, startSite, type Site, type Problems } from './harness';

/**
 * [query, slug of the chapter that must come first]. A few queries have two right answers, because two
 * chapters carry a section with that exact heading (`a|b`).
 */
const QUESTIONS: Readonly<Record<'en' | 'zh', readonly (readonly [string, string])[]>> = {
  en: [
    ['insufficient number of network buffers', 'troubleshooting|network-buffers'],
    // What readers paste: the exception line, the YARN diagnostic.
    ['java.lang.OutOfMemoryError: Direct buffer memory', 'troubleshooting'],
    ['Direct buffer memory', 'troubleshooting'],
    ['OutOfMemoryError: Metaspace', 'troubleshooting'],
    ['Container is running beyond physical memory limits', 'troubleshooting'],
    ['pod OOMKilled heap looks fine', 'faq'],
    ['GC overhead limit exceeded', 'troubleshooting'],
    ['set managed memory to zero', 'faq'],
    ['Prometheus reporter PromQL', 'monitoring'],
    ['outPoolUsage inPoolUsage', 'monitoring'],
    ['exclusive and floating buffers', 'network-buffers'],
    ['JobManager direct memory limit', 'jobmanager-memory'],
    ['financial risk control', 'sizing-scenarios'],
    ['MALLOC_ARENA_MAX jemalloc', 'gc-and-memory-release'],
    ['avoid global state static fields', 'best-practices'],
    ['2G 2Gi Kubernetes units', 'faq'],
  ],
  zh: [
    ['网络缓冲区 不足', 'troubleshooting'],
    ['类加载器泄漏', 'troubleshooting'],
    ['流动缓冲区', 'network-buffers'],
    ['直接内存溢出', 'troubleshooting'],
    ['元空间溢出', 'troubleshooting'],
    ['心跳超时', 'troubleshooting'],
    ['容器被杀', 'troubleshooting'],
    ['托管内存设为 0', 'faq'],
    ['本地运行忽略内存配置', 'faq'],
    ['窗口表值函数 托管内存', 'managed-memory-and-state'],
    ['告警阈值', 'monitoring'],
    ['Prometheus Reporter', 'monitoring'],
    ['浮动缓冲区', 'network-buffers'],
    ['金融风控', 'sizing-scenarios'],
    ['避免全局状态', 'best-practices'],
    ['MALLOC_ARENA_MAX jemalloc', 'gc-and-memory-release'],
  ],
};

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

for (const lang of ['en', 'zh'] as const) {
  describe(`search questions (${lang})`, () => {
    let page: Page;
    let problems: Problems;
    beforeAll(async () => {
      ({ page, problems } = await openPage(site, `/${lang}/overview/`));
    });
    afterAll(async () => {
      expectClean(problems);
      await page?.close();
    });

    it.each(QUESTIONS[lang])(`"%s" finds /${lang}/(%s)/ first`, async (q, slug) => {
      const got = await searchSite(page, 5, q);
      expect(got.length, `no results for "${q}"`).toBeGreaterThan(0);
      const right = slug.split('|').map((s) => `/${lang}/${s}/`);
      expect(right, `"${q}" ranked: ${got.join(', ')}`).toContain(got[0]);
    });
  });
}
