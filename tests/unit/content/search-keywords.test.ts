/**
 * The chapters' hidden keyword paragraphs (`<p hidden data-pagefind-weight="N">a · b · …</p>`) must
 * match what readers type. Pagefind splits a Chinese query with the browser's Intl.Segmenter
 * (类加载器泄漏 → 类|加|载|器|泄漏) while its indexer keeps words such as 加载 whole, so a query finds
 * nothing unless the page also holds the browser's segments: every Chinese keyword must be followed
 * by its segmented, space-separated form. Node's ICU segments as Chromium's does.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(__dirname, '..', '..', '..', 'content');
const KEYWORDS = /^<p hidden data-pagefind-weight="(\d+)">(.*)<\/p>$/gm;
const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Keyword paragraphs of a language: [file, weight, items]. */
function paragraphs(lang: 'en' | 'zh'): [string, number, string[]][] {
  return readdirSync(join(CONTENT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      [...readFileSync(join(CONTENT, lang, f), 'utf8').matchAll(KEYWORDS)].map(
        (m): [string, number, string[]] => [`${lang}/${f}`, Number(m[1]), (m[2] ?? '').split(' · ')],
      ),
    );
}

describe('search keyword paragraphs', () => {
  it('exist in both languages', () => {
    expect(paragraphs('en').length).toBeGreaterThan(5);
    expect(paragraphs('zh').length).toBeGreaterThan(5);
  });

  it.each([...paragraphs('en'), ...paragraphs('zh')])('%s: weight %i is one pagefind accepts, items are non-empty', (_f, w, items) => {
    expect(w).toBeGreaterThanOrEqual(1);
    expect(w).toBeLessThanOrEqual(10);
    for (const it of items) expect(it.trim().length, JSON.stringify(items)).toBeGreaterThan(0);
  });

  it.each(paragraphs('zh'))('%s: every Chinese keyword also appears as the browser segments it', (_f, _w, items) => {
    const missing = items
      .filter((it) => /\p{Script=Han}/u.test(it))
      .map((it) => [...seg.segment(it.replace(/\s+/g, ''))].map((x) => x.segment).join(' '))
      .filter((spaced) => !items.includes(spaced));
    expect(missing, 'add these items to the paragraph').toEqual([]);
  });
});
