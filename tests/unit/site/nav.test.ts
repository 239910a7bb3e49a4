import { describe, expect, it } from 'vitest';
import { groupBySection, inOrder, missingTwins, pageUrl, prevNext, splitId, type ChapterRef } from '~/components/site/nav';
import { siteStrings } from '~/i18n/site';

const ch = (lang: 'en' | 'zh', slug: string, order: number, section: ChapterRef['section'] = 'start'): ChapterRef => ({
  lang,
  slug,
  title: `${lang}:${slug}`,
  section,
  order,
});

describe('site navigation', () => {
  it('splits collection ids into language and slug, refusing anything else', () => {
    expect(splitId('zh/overview')).toEqual({ lang: 'zh', slug: 'overview' });
    expect(splitId('en/a/b')).toEqual({ lang: 'en', slug: 'a/b' });
    expect(() => splitId('fr/overview')).toThrow(/content\/en\/ or content\/zh\//);
    expect(() => splitId('overview')).toThrow();
  });

  it('names every chapter that lacks its twin', () => {
    expect(missingTwins([ch('en', 'a', 1), ch('zh', 'a', 1)])).toEqual([]);
    const problems = missingTwins([ch('en', 'a', 1), ch('zh', 'a', 1), ch('en', 'b', 2), ch('zh', 'c', 3)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content/en/b.mdx');
    expect(problems[0]).toContain('content/zh/b.mdx');
    expect(problems[1]).toContain('content/zh/c.mdx');
  });

  it('orders by chapter number, groups by section in reading order, finds neighbours', () => {
    const all = [
      ch('en', 'faq', 12, 'reference'),
      ch('en', 'overview', 1),
      ch('en', 'concepts', 2),
      ch('zh', 'overview', 1),
      ch('en', 'network-buffers', 5, 'network-state'),
    ];
    const en = inOrder(all, 'en');
    expect(en.map((c) => c.slug)).toEqual(['overview', 'concepts', 'network-buffers', 'faq']);
    expect(groupBySection(en).map((g) => [g.section, g.chapters.length])).toEqual([
      ['start', 2],
      ['network-state', 1],
      ['reference', 1],
    ]);
    expect(prevNext(en, 'overview')).toEqual({ next: en[1] });
    expect(prevNext(en, 'network-buffers')).toEqual({ prev: en[1], next: en[3] });
    expect(prevNext(en, 'faq')).toEqual({ prev: en[2] });
    expect(prevNext(en, 'calculators/taskmanager')).toEqual({});
  });

  it('builds URLs under any base', () => {
    expect(pageUrl('/', 'zh', 'overview/')).toBe('/zh/overview/');
    expect(pageUrl('/flink-memory', 'en', '')).toBe('/flink-memory/en/');
    expect(pageUrl('/flink-memory/', 'en', '/calculators/network/')).toBe('/flink-memory/en/calculators/network/');
  });

  it('has every frame string in both languages, none empty', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(siteStrings.zh).sort()).toEqual(keys(siteStrings.en).sort());
    const empty = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? empty(v) : v === '' ? [k] : []));
    expect(empty(siteStrings.en)).toEqual([]);
    expect(empty(siteStrings.zh)).toEqual([]);
  });
});
