// @ts-check
/**
 * Rehype plugin for chapters: gives every h2/h3 a stable, readable id and a visible anchor link
 * (and makes sideways-scrolling display formulas keyboard-focusable).
 *
 * Ids are github-slugger slugs of the ENGLISH heading text (what Astro would produce), and a
 * Chinese chapter takes the id of its English twin's heading at the same position, so
 * `/en/x/#network-memory` and `/zh/x/#network-memory` point at the same section. The English
 * twin is read from its source with remark (mdast), not from the rendered HTML, so KaTeX output in
 * a heading never leaks into its id. A Chinese chapter whose h2/h3 sequence differs from the
 * English one fails the build with a message naming both files.
 *
 * Runs before Astro's own rehypeHeadingIds, which keeps ids that are already set and collects the
 * headings (for the "On this page" list) from the text nodes — the anchor link adds none.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/** @typedef {{ depth: number, id: string, text: string }} HeadingId */

/** @type {Map<string, { mtimeMs: number, ids: HeadingId[] }>} */
const cache = new Map();

const ANCHOR_LABEL = /** @type {const} */ ({ en: 'Link to this section', zh: '本节链接' });

/**
 * The h2/h3 ids of an English chapter source, in document order.
 * @param {string} path
 * @returns {HeadingId[]}
 */
export function englishHeadingIds(path) {
  const mtimeMs = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.ids;
  const source = readFileSync(path, 'utf8');
  return remember(path, mtimeMs, headingIdsOfSource(source));
}

/**
 * @param {string} path @param {number} mtimeMs @param {HeadingId[]} ids
 */
function remember(path, mtimeMs, ids) {
  cache.set(path, { mtimeMs, ids });
  return ids;
}

/**
 * Slugs every heading of an MDX source like Astro does (one slugger per document, trailing `-`
 * dropped) and returns the h2/h3 ones.
 * @param {string} source
 * @returns {HeadingId[]}
 */
export function headingIdsOfSource(source) {
  // Frontmatter would otherwise parse as a thematic break plus a setext h2.
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).parse(body);
  const slugger = new GithubSlugger();
  /** @type {HeadingId[]} */
  const out = [];
  visit(tree, (node) => {
    let depth = 0;
    if (node.type === 'heading') depth = node.depth;
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^h[1-6]$/.test(node.name ?? '')) {
      depth = Number((node.name ?? 'h0').slice(1));
    }
    if (!depth) return;
    const text = toString(node);
    let id = slugger.slug(text);
    if (id.endsWith('-')) id = id.slice(0, -1);
    if (depth === 2 || depth === 3) out.push({ depth, id, text });
  });
  return out;
}

/**
 * Wide tables and code blocks scroll sideways; a scrolling region must be reachable by keyboard
 * (WCAG 2.1.1, axe scrollable-region-focusable). Tables get a focusable wrapper that scrolls;
 * `<pre>` written as JSX in MDX (Shiki's own blocks already have tabindex) gets tabindex="0".
 * @param {any} tree
 */
function makeScrollersFocusable(tree) {
  /** @type {{ parent: any, index: number }[]} */
  const tables = [];
  visit(tree, (/** @type {any} */ node, index, /** @type {any} */ parent) => {
    if (node.type === 'element' && node.tagName === 'table' && parent && typeof index === 'number') {
      tables.push({ parent, index });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'pre') {
      const has = (node.attributes ?? []).some((/** @type {any} */ a) => a.name === 'tabindex' || a.name === 'tabIndex');
      if (!has) node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'tabindex', value: '0' }];
    }
  });
  for (const { parent, index } of tables.reverse()) {
    const table = parent.children[index];
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-wrap'], tabIndex: 0 },
      children: [table],
    };
  }
}

/**
 * @param {{ contentDir: string }} options absolute path of the top-level `content/` folder
 */
export default function rehypeHeadingIds(options) {
  const contentDir = options.contentDir;
  /** @param {any} tree @param {import('vfile').VFile} file */
  return (tree, file) => {
    const path = file.path;
    if (!path) return;
    const rel = relative(contentDir, path).split(sep).join('/');
    const m = /^(en|zh)\/(.+\.mdx?)$/.exec(rel);
    if (!m) return;
    const lang = /** @type {'en' | 'zh'} */ (m[1]);
    const rest = /** @type {string} */ (m[2]);
    const enPath = join(contentDir, 'en', rest);
    // A zh chapter without an English twin is reported by the twin check in the chapter route.
    if (!existsSync(enPath)) return;
    const ids = englishHeadingIds(enPath);

    /** @type {any[]} */
    const headings = [];
    visit(tree, 'element', (/** @type {any} */ node) => {
      if (node.tagName === 'h2' || node.tagName === 'h3') headings.push(node);
      // A wide display formula scrolls sideways on a phone: keyboard users must be able to reach it.
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-display')) node.properties.tabIndex = 0;
    });
    makeScrollersFocusable(tree);
    const where = lang === 'zh' ? `content/zh/${rest} (twin of content/en/${rest})` : `content/en/${rest}`;
    if (headings.length !== ids.length) {
      throw new Error(
        `${where}: ${headings.length} h2/h3 headings, but the English source has ${ids.length}. ` +
          'Chinese headings take the ids of the English ones by position: keep the same heading structure in both languages.',
      );
    }
    headings.forEach((h, i) => {
      const want = /** @type {HeadingId} */ (ids[i]);
      const depth = Number(h.tagName.slice(1));
      if (depth !== want.depth) {
        throw new Error(
          `${where}: heading #${i + 1} is an h${depth}, but in content/en/${rest} it is an h${want.depth} ("${want.text}"). ` +
            'Keep the same heading structure in both languages.',
        );
      }
      h.properties = h.properties ?? {};
      h.properties.id = want.id;
      h.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${want.id}`, ariaLabel: ANCHOR_LABEL[lang] },
        children: [],
      });
    });
  };
}
