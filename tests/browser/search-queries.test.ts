/**
 * What readers type into the search box — pasted error texts, option keys, symptoms, and in Chinese
 * phrases of several words — must put the chapter that answers it among the first three results.
 * Searches run through pagefind's JS API with the site's own ranking (public/scripts/search-ranking.js),
 * on a page of the query's language (pagefind picks the index from `<html lang>`).
 * Guards the headings, weighted messages and keyword paragraphs of the chapters together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, searchSite, useSite, type Problems } from './harness';

/** [query, slug of the chapter that must be in the top 3]; `a|b` when two chapters answer it. */
const QUERIES: Readonly<Record<'en' | 'zh', readonly (readonly [string, string])[]>> = {
  en: [
    // Error texts, as pasted from a log or a pod status.
    ['java.lang.OutOfMemoryError: Java heap space', 'troubleshooting'],
    ['Direct buffer memory', 'troubleshooting'],
    ['java.lang.OutOfMemoryError: Direct buffer memory', 'troubleshooting'],
    ['OutOfMemoryError: Metaspace', 'troubleshooting'],
    ['GC overhead limit exceeded', 'troubleshooting'],
    ['Container is running beyond physical memory limits', 'troubleshooting'],
    ['OOMKilled exit code 137', 'troubleshooting'],
    ['Insufficient number of network buffers', 'troubleshooting'],
    ['Could not allocate enough memory segments for NetworkBufferPool', 'troubleshooting'],
    ['heartbeat of TaskManager timed out', 'troubleshooting'],
    ['RocksDBStateBackend performance will be poor', 'managed-memory-and-state'],
    ['Timeout triggered when requesting exclusive buffers', 'troubleshooting'],
    ['Derived JVM Overhead size is not in configured JVM Overhead range', 'troubleshooting'],
    ['IllegalConfigurationException', 'troubleshooting'],
    // Option keys.
    ['taskmanager.memory.process.size', 'taskmanager-memory'],
    ['taskmanager.memory.managed.consumer-weights', 'managed-memory-and-state'],
    ['jobmanager.memory.enable-jvm-direct-memory-limit', 'jobmanager-memory'],
    ['taskmanager.memory.network.max', 'network-buffers'],
    ['state.backend.rocksdb.memory.write-buffer-ratio', 'managed-memory-and-state'],
    ['state.backend.rocksdb.memory.fixed-per-slot', 'managed-memory-and-state'],
    ['taskmanager.network.memory.buffers-per-channel', 'network-buffers'],
    ['MALLOC_ARENA_MAX', 'gc-and-memory-release'],
    // Symptoms and topics.
    ['exclusive and floating buffers', 'network-buffers'],
    ['buffer debloating', 'network-buffers'],
    ['unaligned checkpoints recovery buffers', 'network-buffers'],
    ['window TVF managed memory', 'managed-memory-and-state'],
    ['set managed memory to zero', 'faq'],
    ['Serial collector small container', 'gc-and-memory-release'],
    ['jemalloc', 'gc-and-memory-release'],
    ['block cache hit ratio', 'monitoring|managed-memory-and-state'],
    ['Prometheus PromQL', 'monitoring'],
    ['local IDE run ignores memory settings', 'faq'],
    ['class loader leak', 'troubleshooting'],
    ['JobManager heap', 'jobmanager-memory'],
    ['StateSize formula', 'managed-memory-and-state'],
    ['telecom', 'sizing-scenarios'],
    ['2G 2Gi Kubernetes units', 'faq'],
    ['operator autotuning', 'faq|resources'],
  ],
  zh: [
    ['堆内存溢出', 'troubleshooting'],
    ['Java heap space', 'troubleshooting'],
    ['直接内存溢出', 'troubleshooting'],
    ['Direct buffer memory', 'troubleshooting'],
    ['元空间溢出', 'troubleshooting'],
    ['GC 开销超限', 'troubleshooting'],
    ['容器被杀', 'troubleshooting'],
    ['OOMKilled', 'troubleshooting'],
    ['网络缓冲区 不足', 'network-buffers'],
    ['网络缓冲区不足', 'troubleshooting'],
    ['心跳超时', 'troubleshooting'],
    ['类加载器泄漏', 'troubleshooting'],
    ['配置冲突', 'troubleshooting'],
    ['RocksDB 内存超出', 'troubleshooting'],
    ['托管内存设为 0', 'faq'],
    ['托管内存 权重', 'managed-memory-and-state'],
    ['窗口表值函数 托管内存', 'managed-memory-and-state'],
    ['内存不足 丢弃状态', 'managed-memory-and-state'],
    ['块缓存', 'managed-memory-and-state'],
    ['写缓冲区管理器', 'managed-memory-and-state'],
    ['浮动缓冲区', 'network-buffers'],
    ['流动缓冲区', 'network-buffers'],
    ['独占缓冲区', 'network-buffers'],
    ['缓冲消胀', 'network-buffers'],
    ['非对齐检查点 恢复', 'network-buffers'],
    ['JVM 开销', 'taskmanager-memory|jobmanager-memory'],
    ['进程总内存', 'taskmanager-memory'],
    ['JobManager 堆内存', 'jobmanager-memory'],
    ['JobManager 直接内存上限', 'jobmanager-memory'],
    ['taskmanager.memory.managed.consumer-weights', 'managed-memory-and-state'],
    ['MALLOC_ARENA_MAX', 'gc-and-memory-release'],
    ['jemalloc', 'gc-and-memory-release'],
    ['G1 回收器', 'gc-and-memory-release'],
    ['告警阈值', 'monitoring'],
    ['金融风控', 'sizing-scenarios'],
    ['避免全局状态', 'best-practices'],
    ['本地运行 内存配置', 'faq|best-practices'],
    ['自动调优', 'faq|resources'],
  ],
};

const site = useSite();

for (const lang of ['en', 'zh'] as const) {
  describe(`search queries (${lang}): the answering chapter is in the top 3`, () => {
    let page: Page;
    let problems: Problems;
    beforeAll(async () => {
      ({ page, problems } = await openPage(site, `/${lang}/overview/`));
    });
    afterAll(async () => {
      expectClean(problems);
      await page?.close();
    });

    it.each(QUERIES[lang])(`"%s" → /${lang}/(%s)/`, async (q, slug) => {
      const got = await searchSite(page, 3, q);
      const right = slug.split('|').map((s) => `/${lang}/${s}/`);
      expect(
        got.some((u) => right.includes(u)),
        `"${q}" ranked: ${got.join(', ') || '(nothing)'}`,
      ).toBe(true);
    });
  });
}
