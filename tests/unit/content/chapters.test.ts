/**
 * The guide's chapters as a whole: both languages present, twins structurally identical (headings,
 * embedded figures/calculators), long enough, sourced, and every internal link lands on a real
 * chapter and heading. Parses the MDX sources the way the site does (remark + mdx + math) and takes
 * heading ids from the site's own rehype plugin, so the ids checked here are the ids served.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { headingIdsOfSource } from '~/components/site/rehype-heading-ids.mjs';
import { CALCULATOR_NAMES } from '~/components/calculators/registry';

type Lang = 'en' | 'zh';
interface HeadingId { depth: number; id: string; text: string }

const ROOT = join(__dirname, '..', '..', '..');
const CONTENT = join(ROOT, 'content');

/** Slug → [section, order, minimum English words] from issues 6 and 19. */
const CHAPTERS: Readonly<Record<string, readonly [string, number, number]>> = {
  overview: ['start', 1, 700],
  concepts: ['start', 2, 700],
  'taskmanager-memory': ['memory-model', 3, 1500],
  'jobmanager-memory': ['memory-model', 4, 1500],
  'network-buffers': ['network-state', 5, 1500],
  'managed-memory-and-state': ['network-state', 6, 1500],
  'gc-and-memory-release': ['network-state', 7, 700],
  'best-practices': ['operations', 8, 700],
  'sizing-scenarios': ['operations', 9, 700],
  monitoring: ['operations', 10, 700],
  troubleshooting: ['operations', 11, 1500],
  faq: ['reference', 12, 700],
  glossary: ['reference', 14, 0],
  resources: ['reference', 15, 0],
  // Coverage chapters (issue 19): decimal orders slot them in without renumbering.
  'jobmanager-heap': ['memory-model', 4.5, 600],
  forst: ['network-state', 6.3, 900],
  'batch-memory': ['network-state', 6.5, 700],
  'python-memory': ['network-state', 6.7, 500],
  'kubernetes-memory': ['operations', 9.5, 700],
  'memory-by-version': ['operations', 11.5, 900],
  'advisor-rules': ['operations', 16, 700],
};
/** Generated from the option registry, so it may be an MDX page or a route; not word-counted. */
const GENERATED = 'configuration-reference';
/** Chinese characters per English word a twin must reach (Chinese runs ~1.5–2 characters per word). */
const ZH_CHARS_PER_EN_WORD = 1.2;
const TOTAL_EN_WORDS = 18000;
/** Glossary and resources are lists; they must still say something. */
const MIN_LIST_CHAPTER_WORDS = 300;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

interface Chapter {
  lang: Lang;
  slug: string;
  path: string;
  front: Record<string, unknown>;
  headings: HeadingId[];
  /** Component name + props (lang/caption removed, whitespace-free), sorted. */
  embeds: string[];
  words: number;
  han: number;
  links: string[];
  h1: number;
}

function stripFrontmatter(src: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(src);
  if (!m) return { front: {}, body: src };
  return { front: (parseYaml(m[1] ?? '') ?? {}) as Record<string, unknown>, body: src.slice(m[0].length) };
}

function load(lang: Lang, slug: string): Chapter | undefined {
  const path = join(CONTENT, lang, `${slug}.mdx`);
  if (!existsSync(path)) return undefined;
  const src = readFileSync(path, 'utf8');
  const { front, body } = stripFrontmatter(src);
  const tree = parser.parse(body);
  const embeds: string[] = [];
  const links: string[] = [];
  let prose = '';
  let h1 = 0;
  visit(tree, (node: any) => {
    if (node.type === 'heading' && node.depth === 1) h1 += 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) {
      const props = (node.attributes ?? [])
        .filter((a: any) => a.type === 'mdxJsxAttribute' && a.name !== 'lang' && a.name !== 'caption')
        .map((a: any) => {
          const v = a.value == null ? 'true' : typeof a.value === 'string' ? JSON.stringify(a.value) : `{${a.value.value}}`;
          return `${a.name}=${v.replace(/\s+/g, '')}`;
        })
        .sort();
      embeds.push(`${node.name}(${props.join(' ')})`);
    }
    if (node.type === 'link' && typeof node.url === 'string') links.push(node.url);
    if (node.type === 'text' || node.type === 'inlineCode') prose += ` ${node.value}`;
  });
  const words = (prose.match(/[A-Za-z][A-Za-z0-9'’.-]*/g) ?? []).length;
  const han = (prose.match(/\p{Script=Han}/gu) ?? []).length;
  return {
    lang, slug, path, front,
    headings: headingIdsOfSource(src) as HeadingId[],
    embeds: embeds.sort(), words, han, links, h1,
  };
}

const slugs = Object.keys(CHAPTERS);
const en = new Map(slugs.map((s) => [s, load('en', s)]));
const zh = new Map(slugs.map((s) => [s, load('zh', s)]));

function pair(slug: string): [Chapter, Chapter] {
  const e = en.get(slug);
  const z = zh.get(slug);
  if (!e || !z) throw new Error(`content/{en,zh}/${slug}.mdx: missing ${!e ? 'en' : ''}${!e && !z ? ' and ' : ''}${!z ? 'zh' : ''}`);
  return [e, z];
}

describe('chapters exist in both languages', () => {
  it.each(slugs)('%s has an en and a zh file', (slug) => {
    expect(existsSync(join(CONTENT, 'en', `${slug}.mdx`)), `content/en/${slug}.mdx`).toBe(true);
    expect(existsSync(join(CONTENT, 'zh', `${slug}.mdx`)), `content/zh/${slug}.mdx`).toBe(true);
  });

  it('no chapter exists in one language only', () => {
    const list = (l: Lang) => readdirSync(join(CONTENT, l)).filter((f) => f.endsWith('.mdx')).sort();
    expect(list('zh')).toEqual(list('en'));
  });

  it(`${GENERATED} exists as a chapter in both languages or as a generated route`, () => {
    const mdx = ['en', 'zh'].every((l) => existsSync(join(CONTENT, l, `${GENERATED}.mdx`)));
    const pagesDir = join(ROOT, 'src', 'pages');
    const route = existsSync(pagesDir) && JSON.stringify(listFiles(pagesDir)).includes(GENERATED);
    expect(mdx || route, `neither content/{en,zh}/${GENERATED}.mdx nor a src/pages route`).toBe(true);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)).map((f) => `${d.name}/${f}`) : [d.name],
  );
}

describe('frontmatter', () => {
  it.each(slugs)('%s: section, order, title, description in both languages', (slug) => {
    const [sec, order] = CHAPTERS[slug]!;
    for (const c of pair(slug)) {
      expect(c.front['section'], c.path).toBe(sec);
      expect(c.front['order'], c.path).toBe(order);
      expect(typeof c.front['title'] === 'string' && c.front['title'].length > 0, `${c.path} title`).toBe(true);
      expect(typeof c.front['description'] === 'string' && c.front['description'].length > 20, `${c.path} description`).toBe(true);
      expect(c.h1, `${c.path} must not contain an h1 (the layout renders the title)`).toBe(0);
    }
  });

  it.each(slugs)('%s: math: true exactly when the page has math', (slug) => {
    for (const c of pair(slug)) {
      const src = readFileSync(c.path, 'utf8');
      const prose = stripFrontmatter(src).body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      const hasMath = /\$\$[\s\S]+?\$\$|\$[^$\n]+\$/.test(prose);
      if (hasMath) expect(c.front['math'], `${c.path} has $…$ math but no "math: true"`).toBe(true);
      else expect(c.front['math'] ?? false, `${c.path} sets "math: true" without any math (loads KaTeX CSS for nothing)`).toBe(false);
    }
  });
});

describe('twins have the same structure', () => {
  it.each(slugs)('%s: same sequence of h2/h3 levels', (slug) => {
    const [e, z] = pair(slug);
    expect(z.headings.map((h) => h.depth), `${z.path} vs ${e.path}`).toEqual(e.headings.map((h) => h.depth));
  });

  it.each(slugs)('%s: same embedded figures and calculators (props except lang/caption)', (slug) => {
    const [e, z] = pair(slug);
    expect(z.embeds, `${z.path} vs ${e.path}`).toEqual(e.embeds);
  });

  it.each(slugs)('%s: ends with a sources section', (slug) => {
    const [e, z] = pair(slug);
    expect(e.headings.at(-1)?.text, e.path).toBe('Sources');
    expect(z.headings.length).toBe(e.headings.length);
    const zSrc = readFileSync(z.path, 'utf8');
    expect(/^## 参考来源\s*$/m.test(zSrc), `${z.path} needs "## 参考来源"`).toBe(true);
  });

  it.each(slugs)('%s: heading ids are non-empty and unique, h2 texts distinct', (slug) => {
    const [e] = pair(slug);
    const ids = e.headings.map((h) => h.id);
    for (const h of e.headings) expect(h.id, `heading "${h.text}" in ${e.path}`).toMatch(/^[a-z0-9_\u4e00-\u9fff][a-z0-9_\u4e00-\u9fff-]*$/);
    // A repeated h3 (e.g. "JVM heap" under two sections) gets a -1 suffix, which is still stable;
    // a repeated h2 would make the table of contents ambiguous.
    const h2 = e.headings.filter((h) => h.depth === 2).map((h) => h.text.toLowerCase());
    expect(new Set(h2).size, `${e.path} has duplicate h2 texts`).toBe(h2.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('FAQ', () => {
  it('every question heading yields an id and is a question in both languages', () => {
    const [e, z] = pair('faq');
    const qs = e.headings.filter((h) => h.text !== 'Sources');
    expect(qs.length).toBeGreaterThanOrEqual(12);
    for (const h of qs) {
      expect(h.depth, h.text).toBe(2);
      expect(h.text.trim().endsWith('?'), `"${h.text}" should be a question`).toBe(true);
      expect(h.id.length).toBeGreaterThan(8);
    }
    const zqs = z.headings.slice(0, qs.length);
    for (const h of zqs) expect(/[？?]$/.test(h.text.trim()), `zh "${h.text}" should be a question`).toBe(true);
  });

  it('covers the questions the issue names', () => {
    const [e] = pair('faq');
    const all = e.headings.map((h) => h.text.toLowerCase()).join('\n');
    for (const topic of ['out-of-memory', 'state', 'buffer pool', 'exhausted', 'monitor', '2g', 'local', 'managed memory to zero']) {
      expect(all, `FAQ lacks a question about "${topic}"`).toContain(topic);
    }
  });
});

describe('length', () => {
  it.each(slugs.filter((s) => CHAPTERS[s]![2] > 0))('%s meets the English minimum and zh matches it', (slug) => {
    const [e, z] = pair(slug);
    const min = CHAPTERS[slug]![2];
    expect(e.words, `${e.path}: ${e.words} English words, need ${min}`).toBeGreaterThanOrEqual(min);
    expect(z.han, `${z.path}: ${z.han} Chinese characters for ${e.words} English words`).toBeGreaterThanOrEqual(
      Math.floor(e.words * ZH_CHARS_PER_EN_WORD),
    );
  });

  it.each(['glossary', 'resources'])('%s is substantial in both languages', (slug) => {
    const [e, z] = pair(slug);
    expect(e.words, e.path).toBeGreaterThanOrEqual(MIN_LIST_CHAPTER_WORDS);
    expect(z.han, z.path).toBeGreaterThanOrEqual(MIN_LIST_CHAPTER_WORDS);
  });

  it(`the English guide has at least ${TOTAL_EN_WORDS} words`, () => {
    const total = slugs.reduce((n, s) => n + (en.get(s)?.words ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(TOTAL_EN_WORDS);
  });
});

describe('internal links', () => {
  it.each(slugs)('%s: links to chapters point at existing chapters and headings, in the page language', (slug) => {
    for (const c of pair(slug)) {
      for (const url of c.links) {
        const m = /^\/(en|zh)\/([a-z0-9-]+)\/(?:[?#].*)?$/.exec(url) ?? /^\/(en|zh)\/([a-z0-9-]+)\/?$/.exec(url);
        if (!m || m[2] === 'calculators' || m[2] === 'search' || m[2] === 'diagnose' || m[2] === 'advisor' || m[2] === 'compare') continue;
        expect(m[1], `${c.path} links to ${url} (other language)`).toBe(c.lang);
        const target = m[2]!;
        if (target === GENERATED) continue;
        const targetEn = en.get(target) ?? load('en', target);
        expect(targetEn, `${c.path} links to missing chapter ${url}`).toBeDefined();
        const hash = /#([^?]+)$/.exec(url)?.[1];
        if (hash && targetEn) {
          expect(targetEn.headings.map((h) => h.id), `${c.path} links to ${url}: no such heading`).toContain(hash);
        }
      }
      for (const url of c.links.filter((u) => u.startsWith(`/${c.lang}/calculators/`))) {
        // The calculators' index, or a registered calculator (the registry, not a copied list).
        expect(url, `${c.path}`).toMatch(new RegExp(`^/(en|zh)/calculators/((${CALCULATOR_NAMES.join('|')})/(\\?.*)?)?$`));
      }
    }
  });
});
