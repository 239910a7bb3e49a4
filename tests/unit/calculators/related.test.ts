/** Links between calculators carry the shared keys on top of the target's preset (kit/related.tsx). */
import { describe, expect, it } from 'vitest';
import { relatedHref as hrefTo } from '~/components/calculators/kit/related';
import { islandTable } from '~/components/calculators/kit/island-tables';
import { CALCULATORS, calculator, type CalculatorName } from '~/components/calculators/registry';
import type { CalcState } from '~/components/calculators/kit/types';

/** The links as the TaskManager island gets them: from its published table. */
const fromTm = (target: CalculatorName) => islandTable('taskmanager', 'en').related.find((r) => r.name === target)!;
const relatedHref = (page: string, target: CalculatorName, st: CalcState) => hrefTo(page, fromTm(target), st);

const state = (
  config: Record<string, string>,
  v: CalcState['v'] = '1.20',
  mode: CalcState['mode'] = 'standalone',
): CalcState => ({ v, mode, config, extras: {} });
const query = (href: string) => new URL(href, 'http://x').searchParams;

describe('relatedHref', () => {
  const page = '/en/calculators/taskmanager/';
  it.each([
    ['rocksdb', { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '2' }],
    ['network', { 'taskmanager.memory.process.size': '2048m', 'taskmanager.memory.network.max': '1g' }],
  ] as const)('to %s: the target page, version, and every set key the target reads', (target, config) => {
    const href = relatedHref(page, target, state(config));
    expect(href.startsWith(`/en/calculators/${target}/?`)).toBe(true);
    const q = query(href);
    expect(q.get('v')).toBe('1.20');
    const keys = new Set(calculator(target).fields.map(([k]) => k));
    for (const [k, v] of Object.entries(config)) expect(q.get(k)).toBe(keys.has(k) ? v : null);
  });

  it('keeps the target preset (the RocksDB backend) unless the reader set the key', () => {
    expect(query(relatedHref(page, 'rocksdb', state({}))).get('state.backend.type')).toBe('rocksdb');
    expect(
      query(relatedHref(page, 'rocksdb', state({ 'taskmanager.memory.process.size': '8g' }))).get(
        'taskmanager.memory.process.size',
      ),
    ).toBe('8g');
  });

  it('drops keys the target has no field for, and empty values', () => {
    const q = query(
      relatedHref(page, 'network', state({ 'taskmanager.numberOfTaskSlots': '4', 'taskmanager.memory.process.size': '' })),
    );
    const keys = new Set(calculator('network').fields.map(([k]) => k));
    if (!keys.has('taskmanager.numberOfTaskSlots')) expect(q.get('taskmanager.numberOfTaskSlots')).toBeNull();
    expect(q.get('taskmanager.memory.process.size')).not.toBe('');
  });

  it('carries a mode only when the target offers it', () => {
    expect(query(relatedHref(page, 'rocksdb', state({}, '2.0', 'active'))).get('mode')).toBe(
      calculator('rocksdb').modes.includes('active') ? 'active' : null,
    );
    expect(query(relatedHref(page, 'rocksdb', state({}, '2.0', 'standalone'))).get('mode')).toBeNull();
  });
});

describe('related targets in the island tables', () => {
  it.each(CALCULATORS.flatMap((c) => (['en', 'zh'] as const).map((l) => [c.name, l] as const)))(
    '%s (%s): one link per declared target, with its keys, preset, modes and text',
    (name, lang) => {
      const related = islandTable(name, lang).related;
      expect(related.map((r) => r.name)).toEqual(calculator(name).related ?? []);
      for (const r of related) {
        const def = calculator(r.name as CalculatorName);
        expect(r.keys).toEqual(def.fields.map(([k]) => k));
        expect(r.preset).toEqual(def.preset);
        expect(r.modes).toEqual(def.modes);
        expect(r.text.length).toBeGreaterThan(0);
      }
    },
  );

  it('the TaskManager leads to RocksDB and network; both lead back', () => {
    expect(calculator('taskmanager').related).toEqual(['rocksdb', 'network']);
    expect(calculator('rocksdb').related).toContain('taskmanager');
    expect(calculator('network').related).toContain('taskmanager');
  });
});
