import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeHeadingIds, { headingIdsOfSource } from '~/components/site/rehype-heading-ids.mjs';

const EN = `---
title: "T"
description: "D"
---
Intro.

## Network memory
### \`taskmanager.memory.network.fraction\`
## Network memory
### Why $x^2$ matters?
#### Deep
<h2>JSX heading</h2>
`;

/** A minimal hast tree with the given heading tags (text irrelevant: ids come from English). */
function tree(tags: string[]) {
  return {
    type: 'root',
    children: tags.map((t) => ({ type: 'element', tagName: t, properties: {}, children: [{ type: 'text', value: '标题' }] })),
  };
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fmg-ids-'));
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'zh'));
  writeFileSync(join(dir, 'en', 'x.mdx'), EN);
  return dir;
}

describe('heading ids', () => {
  it('slugs English headings like Astro (github-slugger, duplicates numbered), h2/h3 only, frontmatter ignored', () => {
    expect(headingIdsOfSource(EN)).toEqual([
      { depth: 2, id: 'network-memory', text: 'Network memory' },
      { depth: 3, id: 'taskmanagermemorynetworkfraction', text: 'taskmanager.memory.network.fraction' },
      { depth: 2, id: 'network-memory-1', text: 'Network memory' },
      { depth: 3, id: 'why-x2-matters', text: 'Why x^2 matters?' },
      { depth: 2, id: 'jsx-heading', text: 'JSX heading' },
    ]);
  });

  it('gives a Chinese chapter the ids of its English twin by position, with an anchor link', () => {
    const dir = setup();
    const t = tree(['h2', 'h3', 'h2', 'h3', 'h4', 'h2']);
    rehypeHeadingIds({ contentDir: dir })(t, { path: join(dir, 'zh', 'x.mdx') } as never);
    const ids = t.children.map((h) => (h.properties as { id?: string }).id);
    expect(ids).toEqual([
      'network-memory',
      'taskmanagermemorynetworkfraction',
      'network-memory-1',
      'why-x2-matters',
      undefined,
      'jsx-heading',
    ]);
    const anchor = t.children[0]!.children[1] as unknown as { tagName: string; properties: Record<string, unknown> };
    expect(anchor.tagName).toBe('a');
    expect(anchor.properties['href']).toBe('#network-memory');
    expect(anchor.properties['ariaLabel']).toBe('本节链接');
  });

  it('fails the build, naming both files, when the heading structure differs', () => {
    const dir = setup();
    const run = (tags: string[]) => () =>
      rehypeHeadingIds({ contentDir: dir })(tree(tags), { path: join(dir, 'zh', 'x.mdx') } as never);
    expect(run(['h2', 'h3', 'h2'])).toThrow(/content\/zh\/x\.mdx.*content\/en\/x\.mdx.*3 h2\/h3 headings.*5/);
    expect(run(['h2', 'h2', 'h2', 'h3', 'h2'])).toThrow(/heading #2 is an h2, but in content\/en\/x\.mdx it is an h3/);
  });

  it('leaves files outside content/{en,zh} alone', () => {
    const dir = setup();
    const t = tree(['h2']);
    rehypeHeadingIds({ contentDir: dir })(t, { path: '/elsewhere/page.mdx' } as never);
    expect((t.children[0]!.properties as { id?: string }).id).toBeUndefined();
  });
});

describe('scrolling regions', () => {
  it('wraps tables in a focusable scroller and makes JSX <pre> focusable', () => {
    const dir = setup();
    const table = { type: 'element', tagName: 'table', properties: {}, children: [] };
    const pre = { type: 'mdxJsxFlowElement', name: 'pre', attributes: [], children: [] };
    const t = { type: 'root', children: [table, pre] };
    writeFileSync(join(dir, 'en', 'y.mdx'), 'No headings.\n');
    rehypeHeadingIds({ contentDir: dir })(t, { path: join(dir, 'en', 'y.mdx') } as never);
    const wrap = t.children[0] as unknown as { tagName: string; properties: Record<string, unknown>; children: unknown[] };
    expect(wrap.tagName).toBe('div');
    expect(wrap.properties['tabIndex']).toBe(0);
    expect(wrap.children[0]).toBe(table);
    expect(pre.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'tabindex', value: '0' }]);
  });
});
