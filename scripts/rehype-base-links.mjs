// @ts-check
/**
 * Rehype plugin: root-relative links and image sources written in chapters (`[x](/en/monitoring/)`,
 * `<a href="/zh/faq/">` in MDX) get the site's base path, so a build for a sub-path
 * (`FMG_BASE=/flink-memory/`) keeps every link working. Links already under the base, protocol-
 * relative (`//host`), absolute and relative URLs are left alone. A no-op when the base is `/`.
 */
import { visit } from 'unist-util-visit';

const ATTRS = /** @type {Record<string, string>} */ ({ a: 'href', img: 'src', source: 'src', link: 'href' });

/** @param {string} base @param {string} url */
export function withBase(base, url) {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (b === '/' || !url.startsWith('/') || url.startsWith('//') || url === b || url.startsWith(`${b}/`)) return url;
  return b + url;
}

/** @param {{ base?: string }} [opts] */
export default function rehypeBaseLinks(opts = {}) {
  const base = opts.base ?? '/';
  /** @param {any} tree */
  return (tree) => {
    if (withBase(base, '/x') === '/x') return;
    visit(tree, (/** @type {any} */ node) => {
      if (node.type === 'element') {
        const attr = ATTRS[node.tagName];
        if (attr === undefined) return;
        const v = node.properties?.[attr];
        if (typeof v === 'string') node.properties[attr] = withBase(base, v);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && ATTRS[node.name]) {
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxAttribute' && a.name === ATTRS[node.name] && typeof a.value === 'string')
            a.value = withBase(base, a.value);
        }
      }
    });
  };
}
