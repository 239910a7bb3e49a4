// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// FMG_OUT_DIR lets several builds (tests, bench, sub-path build) run side by side.
export default defineConfig({
  site: process.env.FMG_SITE ?? 'https://flink-memory.example.org',
  base: process.env.FMG_BASE ?? '/',
  outDir: process.env.FMG_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { strict: 'warn' }]],
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', { path: 'zh', codes: ['zh-CN', 'zh'] }],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: { resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } } },
});
