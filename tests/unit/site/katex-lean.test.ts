/** rehype-katex-lean: KaTeX's TeX annotation goes, the MathML presentation stays (the built chapters are checked in site-build.test.ts). */
import { describe, expect, it } from 'vitest';
import rehypeKatexLean from '../../../src/components/site/rehype-katex-lean.mjs';

interface El {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: (El | { type: 'text'; value: string })[];
}
const el = (tagName: string, children: El['children'] = [], properties: Record<string, unknown> = {}): El => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** The shape rehype-katex emits: span.katex > span.katex-mathml > math > semantics > [mrow, annotation], then span.katex-html. */
function katexTree(tex: string): El {
  const mrow = el('mrow', [el('mi', [text('N')]), el('mo', [text('+')]), el('mn', [text('1')])]);
  const annotation = el('annotation', [text(tex)], { encoding: 'application/x-tex' });
  const mathml = el(
    'span',
    [el('math', [el('semantics', [mrow, annotation])], { xmlns: 'http://www.w3.org/1998/Math/MathML' })],
    { className: ['katex-mathml'] },
  );
  const html = el('span', [el('span', [text('N+1')], { className: ['base'] })], {
    className: ['katex-html'],
    ariaHidden: 'true',
  });
  return el('p', [text('pools of '), el('span', [mathml, html], { className: ['katex'] }), text(' buffers')]);
}

function find(node: El, tag: string): El[] {
  return [...(node.tagName === tag ? [node] : []), ...node.children.flatMap((c) => (c.type === 'element' ? find(c, tag) : []))];
}

describe('rehype-katex-lean', () => {
  it('removes the annotation and its semantics wrapper, keeping the presentation MathML and the HTML', () => {
    const root = { type: 'root', children: [katexTree('N + 1'), katexTree('\\lfloor x \\rfloor')] };
    const before = JSON.stringify(find(root.children[0]!, 'mrow'));
    rehypeKatexLean()(root as never);
    for (const p of root.children) {
      expect(find(p, 'annotation')).toEqual([]);
      expect(find(p, 'semantics')).toEqual([]);
      const math = find(p, 'math')[0]!;
      expect(math.children.map((c) => (c as El).tagName)).toEqual(['mrow']);
      expect(JSON.stringify(find(p, 'mrow'))).toBe(before);
      expect(find(p, 'span').some((s) => (s.properties['className'] as string[] | undefined)?.includes('katex-html'))).toBe(true);
    }
  });

  it('leaves other markup alone', () => {
    const p = el('p', [el('code', [text('semantics')]), el('annotation', [text('not MathML')])]);
    const copy = JSON.parse(JSON.stringify(p));
    rehypeKatexLean()({ type: 'root', children: [p] } as never);
    expect(p).toEqual(copy);
  });
});
