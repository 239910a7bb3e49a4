/**
 * The calculators' texts travel as JSON tables (island-data.tsx): one per calculator and language,
 * with exactly what the island reads, at a URL that changes when the content does.
 */
import { describe, expect, it } from 'vitest';
import { islandTable, islandTableUrl, TABLES } from '~/components/calculators/kit/island-tables';
import { CALCULATORS, calculator } from '~/components/calculators/registry';

describe('calculator tables', () => {
  it('exist for every calculator in both languages', () => {
    expect(TABLES.map((x) => `${x.name}-${x.lang}`).sort()).toEqual(
      CALCULATORS.flatMap((c) => [`${c.name}-en`, `${c.name}-zh`]).sort(),
    );
  });

  it.each(TABLES)('$name/$lang: strings, fields and link-problem texts, nothing of the other calculators', ({ name, lang }) => {
    const d = islandTable(name, lang);
    expect(d.fields.length).toBeGreaterThan(0);
    expect(Object.keys(d.urlTexts).every((k) => k.startsWith('url.'))).toBe(true);
    expect(Object.keys(d.urlTexts).length).toBeGreaterThan(3);
    const def = calculator(name);
    const own = new Set<string>([def.strings, ...(def.alsoStrings ?? [])]);
    const keys = Object.keys(d.t);
    expect(keys.some((k) => k.startsWith(`${def.strings}.`))).toBe(true);
    for (const other of CALCULATORS.map((c) => c.strings).filter((p) => !own.has(p))) {
      expect(
        keys.filter((k) => k.startsWith(`${other}.`)),
        other,
      ).toEqual([]);
    }
    expect(keys.filter((k) => k.startsWith('index.'))).toEqual([]);
    // Round-trips through JSON unchanged (what the browser receives is what the server rendered with).
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('zh and en tables carry the same string keys and fields', () => {
    for (const { name } of CALCULATORS) {
      const en = islandTable(name, 'en');
      const zh = islandTable(name, 'zh');
      expect(Object.keys(zh.t).sort()).toEqual(Object.keys(en.t).sort());
      expect(zh.fields.map((f) => f.key)).toEqual(en.fields.map((f) => f.key));
      expect(zh.fields[0]?.description).not.toBe(en.fields[0]?.description);
    }
  });

  it('URLs sit under the base and name their content by hash', () => {
    const a = islandTableUrl('/', 'taskmanager', 'en');
    expect(a).toMatch(/^\/calc-data\/taskmanager-en\.json\?h=[0-9a-f]{10}$/);
    expect(islandTableUrl('/flink-memory/', 'taskmanager', 'en')).toBe(`/flink-memory${a}`);
    expect(islandTableUrl('/', 'taskmanager', 'zh').split('?h=')[1]).not.toBe(a.split('?h=')[1]);
    expect(islandTableUrl('/', 'taskmanager', 'en')).toBe(a);
  });
});
