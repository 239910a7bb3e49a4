/**
 * Pure navigation logic for the site frame (no Astro imports, so unit tests can run it):
 * languages, sections, the twin check, sidebar grouping and previous/next.
 */

/** The two site languages; `zh` is served under `/zh/` with `<html lang="zh-CN">`. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tag for `<html lang>`, hreflang and pagefind's per-language index. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-CN' };

/** Sidebar sections, in reading order. */
export const SECTIONS = ['start', 'memory-model', 'network-state', 'operations', 'reference'] as const;
export type Section = (typeof SECTIONS)[number];

/** The calculator pages every sidebar links to (`/<lang>/calculators/<name>/`): the registry's. */
export { CALCULATOR_NAMES as CALCULATORS, type CalculatorName } from '../calculators/registry';

/** What the frame needs to know about one chapter in one language. */
export interface ChapterRef {
  lang: Lang;
  slug: string;
  title: string;
  section: Section;
  order: number;
}

export function isLang(x: string | undefined): x is Lang {
  return x === 'en' || x === 'zh';
}

/** Splits a collection id such as `zh/overview` into its language and slug. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const i = id.indexOf('/');
  const lang = id.slice(0, i);
  const slug = id.slice(i + 1);
  if (i < 0 || !isLang(lang) || slug === '') {
    throw new Error(`Chapter "${id}" is not under content/en/ or content/zh/.`);
  }
  return { lang, slug };
}

/**
 * Every chapter must exist in both languages with the same slug. Returns the list of problems
 * (empty when all is well) so the caller can fail the build with all of them at once.
 */
export function missingTwins(chapters: readonly Pick<ChapterRef, 'lang' | 'slug'>[]): string[] {
  const have = new Set(chapters.map((c) => `${c.lang}/${c.slug}`));
  const problems: string[] = [];
  for (const c of chapters) {
    const other: Lang = c.lang === 'en' ? 'zh' : 'en';
    if (!have.has(`${other}/${c.slug}`)) {
      problems.push(
        `content/${c.lang}/${c.slug}.mdx has no twin: add content/${other}/${c.slug}.mdx (same slug in both languages).`,
      );
    }
  }
  return problems.sort();
}

/** The chapters of one language in reading order (by `order`, then slug for ties). */
export function inOrder<T extends ChapterRef>(chapters: readonly T[], lang: Lang): T[] {
  return chapters.filter((c) => c.lang === lang).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Chapters grouped by section, sections in SECTIONS order, empty sections dropped. */
export function groupBySection<T extends ChapterRef>(ordered: readonly T[]): { section: Section; chapters: T[] }[] {
  return SECTIONS.map((section) => ({ section, chapters: ordered.filter((c) => c.section === section) })).filter(
    (g) => g.chapters.length > 0,
  );
}

/** The neighbours of `slug` in an ordered list. */
export function prevNext<T extends ChapterRef>(ordered: readonly T[], slug: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  const out: { prev?: T; next?: T } = {};
  const p = ordered[i - 1];
  const n = ordered[i + 1];
  if (p) out.prev = p;
  if (n) out.next = n;
  return out;
}

/**
 * The URL of a page inside the site: `base` (Astro's BASE_URL, with or without trailing slash),
 * the language and a language-independent path such as `overview/` or `` (the language home).
 */
export function pageUrl(base: string, lang: Lang, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${lang}/${p}`;
}
