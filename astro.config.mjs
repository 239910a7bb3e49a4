// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { unified } from '@astrojs/markdown-remark';
import rehypeHeadingIds from './src/components/site/rehype-heading-ids.mjs';
import rehypeKatexLean from './src/components/site/rehype-katex-lean.mjs';
import { copyKatex } from './scripts/copy-katex.mjs';
import { csp } from './scripts/csp.mjs';
import rehypeBaseLinks from './scripts/rehype-base-links.mjs';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/** KaTeX's CSS + woff2 fonts must be in public/ before dev, build or check serve them. */
const katexAssets = {
  name: 'fmg-katex-assets',
  hooks: { 'astro:config:setup': () => void copyKatex() },
};

// FMG_OUT_DIR lets several builds (tests, bench, sub-path build) run side by side.
export default defineConfig({
  site: process.env.FMG_SITE ?? 'https://flink-memory.example.org',
  base: process.env.FMG_BASE ?? '/',
  outDir: process.env.FMG_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // One cacheable stylesheet for every page, and no inline <style> for the CSP to allow.
  build: { inlineStylesheets: 'never' },
  // csp() last: it hashes the inline scripts of the finished pages (scripts/csp.mjs).
  integrations: [katexAssets, mdx(), preact(), csp()],
  markdown: {
    // Both themes' colours go into CSS variables; site.css picks light or dark (AA contrast in both).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
    // Astro 7's default Markdown processor (Sätteri) runs no remark/rehype plugins; KaTeX, heading ids
    // and base-aware links are remark/rehype plugins, so the chapters use the unified processor.
    processor: unified({
      remarkPlugins: [remarkMath],
      // rehypeBaseLinks: chapters' root-relative links follow FMG_BASE (sub-path deploys).
      rehypePlugins: [
        [rehypeKatex, { strict: 'warn' }],
        rehypeKatexLean,
        [rehypeHeadingIds, { contentDir }],
        [rehypeBaseLinks, { base: process.env.FMG_BASE ?? '/' }],
      ],
    }),
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', { path: 'zh', codes: ['zh-CN', 'zh'] }],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    build: {
      rolldownOptions: {
        // A page renders its island's first figures on the server, so the server bundle imports the
        // compute module statically while the island loads it lazily in the browser. Only the
        // server build, where pages (.astro) are in the graph, warns that the split is moot there;
        // the browser bundles keep the split and any warning of theirs still shows.
        onLog(level, log, handler) {
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /\.astro\b/.test(log.message)) return;
          handler(level, log);
        },
      },
    },
  },
});
