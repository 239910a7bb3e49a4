/**
 * Link checker over the built HTML (parse5, no regexes): every internal href/src — links,
 * stylesheets, icons, scripts, images, hreflang alternates and canonical URLs on the site's own
 * origin — resolves to a built file, and every `#fragment` names an element id on the target page.
 * Also: the h2/h3 ids of each chapter are the same, in the same order, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { BASE, DIST, ROOT, listPages } from './harness';

const SITE_ORIGIN = new URL(process.env['FMG_SITE'] ?? 'https://flink-memory.example.org').origin;
const LOCAL = 'http://site.invalid';

type El = T.Element;
function* elements(node: T.ParentNode): Generator<El> {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      yield child;
      const inner = child.tagName === 'template' ? (child as T.Template).content : child;
      yield* elements(inner);
    }
  }
}
const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value;

interface Parsed {
  ids: Set<string>;
  refs: { url: string; what: string }[];
  headingIds: { depth: number; id: string }[];
}
const cache = new Map<string, Parsed>();
function parsePage(file: string): Parsed {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = parse(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const refs: Parsed['refs'] = [];
  const headingIds: Parsed['headingIds'] = [];
  let inArticle = 0;
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name') ?? '');
    const push = (name: string) => {
      const v = attr(el, name);
      if (v !== undefined) refs.push({ url: v, what: `<${el.tagName} ${name}="${v}">` });
    };
    if (el.tagName === 'a' || el.tagName === 'area') push('href');
    if (el.tagName === 'link') push('href');
    if (['script', 'img', 'iframe', 'source', 'audio', 'video'].includes(el.tagName)) push('src');
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'refresh') {
      const m = /url=(.+)$/i.exec(attr(el, 'content') ?? '');
      if (m?.[1]) refs.push({ url: m[1], what: '<meta http-equiv=refresh>' });
    }
    if (el.tagName === 'article') inArticle++;
    // Chapter headings carry the anchor link; headings inside embedded calculators are not chapter structure.
    const anchored = el.childNodes.some((c) => 'tagName' in c && c.tagName === 'a' && attr(c, 'class') === 'heading-anchor');
    if (inArticle && (el.tagName === 'h2' || el.tagName === 'h3') && id && anchored)
      headingIds.push({ depth: Number(el.tagName[1]), id });
  }
  const parsed = { ids, refs, headingIds };
  cache.set(file, parsed);
  return parsed;
}

/** Maps a same-site URL path (with base) to the built file that serves it, or null. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const full = join(DIST, rel);
  if (rel === '' || rel.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  return null;
}

const pages = listPages();

describe('links in dist/', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(4);
  });

  it.each(pages.map((p) => [p.path, p.file] as const))('%s: every internal link and #anchor resolves', (path, file) => {
    const pageUrl = new URL(path === '/' ? BASE : BASE + path.slice(1), LOCAL);
    const broken: string[] = [];
    for (const { url, what } of parsePage(file).refs) {
      if (/^(mailto:|tel:|javascript:|data:)/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        broken.push(`${what}: not a URL`);
        continue;
      }
      if (target.origin === SITE_ORIGIN) target = new URL(target.pathname + target.search + target.hash, LOCAL);
      if (target.origin !== LOCAL) continue; // other sites are not ours to check here
      const targetFile = fileFor(target.pathname);
      if (!targetFile) {
        broken.push(`${what}: ${target.pathname} is not built`);
        continue;
      }
      const frag = decodeURIComponent(target.hash.slice(1));
      if (frag && targetFile.endsWith('.html') && !parsePage(targetFile).ids.has(frag)) {
        broken.push(`${what}: no id="${frag}" on ${target.pathname}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the checker catches a broken link and a broken anchor (it can fail)', () => {
    const first = pages.find((p) => p.path === '/en/overview/') ?? pages[0];
    expect(first).toBeDefined();
    expect(fileFor(`${BASE}en/no-such-chapter/`)).toBeNull();
    expect(parsePage(first!.file).ids.has('no-such-heading')).toBe(false);
  });
});

describe('heading ids', () => {
  const slugs = new Set(
    readdirSync(join(ROOT, 'content', 'en'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4)),
  );
  const chapters = pages.filter((p) => p.lang === 'en' && slugs.has(p.path.slice(4, -1)));
  const withTwin = chapters.filter((p) => pages.some((q) => q.path === p.path.replace('/en/', '/zh/')));
  it('covers the chapters', () => {
    expect(withTwin.length).toBeGreaterThan(0);
  });
  it.each(withTwin.map((p) => p.path))('%s: the Chinese twin has the same h2/h3 ids in the same order', (path) => {
    const en = parsePage(join(DIST, path, 'index.html')).headingIds;
    const zh = parsePage(join(DIST, path.replace('/en/', '/zh/'), 'index.html')).headingIds;
    expect(zh).toEqual(en);
  });
});
