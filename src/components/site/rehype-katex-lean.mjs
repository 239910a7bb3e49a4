// @ts-check
/**
 * Drops the TeX source KaTeX keeps in its MathML (`<semantics>…<annotation
 * encoding="application/x-tex">`): only KaTeX's copy-tex script reads it, and the site ships no
 * KaTeX JavaScript. Screen readers read the MathML itself, sighted readers KaTeX's HTML, so
 * nothing changes for a reader; a chapter with formulas saves 200–300 bytes gzip of HTML.
 * Runs after rehype-katex.
 */
import { SKIP, visit } from 'unist-util-visit';

/** @returns {(tree: import('hast').Root) => void} */
export default function rehypeKatexLean() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'semantics' || !parent || index === undefined) return undefined;
      const kept = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'annotation'));
      parent.children.splice(index, 1, ...kept);
      return [SKIP, index];
    });
  };
}
