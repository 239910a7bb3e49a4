/**
 * The built HTML, page by page (parse5, no browser): language, title, description, hreflang
 * alternates and icon; KaTeX's stylesheet exactly on pages that contain formulas, only woff2 fonts
 * shipped and no KaTeX JavaScript; the search index limited to the article (`data-pagefind-body`).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { BASE, DIST, listPages } from './harness';

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child);
    }
  }
}
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: T.Element, c: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(c);

const pages = listPages().filter((p) => p.lang !== null);

describe('built pages', () => {
  it.each(pages.map((p) => [p.path, p.file, p.lang] as const))(
    '%s: head metadata, KaTeX only where needed, one indexed article',
    (path, file, lang) => {
      const els = [...elements(parse(readFileSync(file, 'utf8')))];
      const html = els.find((e) => e.tagName === 'html');
      expect(attr(html!, 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      const title = els.find((e) => e.tagName === 'title');
      expect(title?.childNodes.length).toBeGreaterThan(0);
      const meta = (name: string) => els.find((e) => e.tagName === 'meta' && attr(e, 'name') === name);
      expect(attr(meta('description')!, 'content')?.length ?? 0).toBeGreaterThan(10);
      const links = els.filter((e) => e.tagName === 'link');
      const alt = links
        .filter((e) => attr(e, 'rel') === 'alternate')
        .map((e) => [attr(e, 'hreflang'), new URL(attr(e, 'href') ?? '').pathname]);
      const rest = path.slice(4); // after /en/ or /zh/
      expect(alt).toEqual([
        ['en', `${BASE}en/${rest}`],
        ['zh-CN', `${BASE}zh/${rest}`],
        ['x-default', `${BASE}en/${rest}`],
      ]);
      expect(links.some((e) => attr(e, 'rel') === 'icon')).toBe(true);

      const katexCss = links.some(
        (e) => attr(e, 'rel') === 'stylesheet' && (attr(e, 'href') ?? '').endsWith('katex/katex.min.css'),
      );
      const formulas = els.some((e) => hasClass(e, 'katex'));
      expect(
        katexCss,
        formulas ? 'formulas without the KaTeX stylesheet (set math: true)' : 'KaTeX stylesheet without formulas',
      ).toBe(formulas);
      expect(els.filter((e) => e.tagName === 'script' && /katex/i.test(attr(e, 'src') ?? ''))).toEqual([]);
      if (formulas) {
        // Both renderings are there (HTML for the eye, MathML for screen readers); the TeX source is not (rehype-katex-lean).
        expect(els.some((e) => hasClass(e, 'katex-html'))).toBe(true);
        expect(els.filter((e) => e.tagName === 'math').length).toBe(els.filter((e) => hasClass(e, 'katex')).length);
        expect(els.filter((e) => e.tagName === 'annotation')).toEqual([]);
      }

      const indexed = els.filter((e) => attr(e, 'data-pagefind-body') !== undefined);
      expect(indexed.length).toBeLessThanOrEqual(1);
      if (indexed[0]) expect(indexed[0].tagName).toBe('article');
    },
  );

  it('ships KaTeX with woff2 fonts only', () => {
    const fonts = readdirSync(join(DIST, 'katex', 'fonts'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
    const css = readFileSync(join(DIST, 'katex', 'katex.min.css'), 'utf8');
    expect(css).not.toMatch(/\.(woff|ttf)\)/);
  });

  it('indexes chapters for search in both languages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBeGreaterThan(0);
    expect(entry.languages['zh-cn']?.page_count).toBeGreaterThan(0);
  });
});
