import { describe, expect, it } from 'vitest';
import { buildReference, defaultSpans } from '~/model/config';
import { OPTIONS } from '~/model/options';
import type { OptionSpec } from '~/model/types';
import { en, zh } from '~/i18n/config';

const spec = (o: Partial<OptionSpec> & { key: string }): OptionSpec => ({
  type: 'memory',
  category: 'taskmanager',
  since: '1.10',
  defaults: [{ since: '1.10', value: null }],
  description: { en: 'd', zh: 'd' },
  ...o,
});

describe('configuration reference data', () => {
  it('compresses defaults into version spans', () => {
    const o = spec({
      key: 'taskmanager.memory.network.max',
      defaults: [
        { since: '1.10', value: '1 gb' },
        { since: '1.17', value: '9223372036854775807 bytes' },
      ],
    });
    expect(defaultSpans(o)).toEqual([
      { value: '1 gb', from: '1.10', to: '1.16', open: false },
      { value: '9223372036854775807 bytes', from: '1.17', to: '2.3', open: true },
    ]);
  });

  it('stops at the removal and starts at since', () => {
    const o = spec({
      key: 'x',
      since: '1.13',
      removedIn: '2.0',
      defaults: [
        { since: '1.13', value: '32 mb' },
        { since: '1.15', value: '64 mb' },
      ],
    });
    expect(defaultSpans(o).map((s) => `${s.value}@${s.from}-${s.to}`)).toEqual(['32 mb@1.13-1.14', '64 mb@1.15-1.20']);
  });

  it('equal defaults in a row merge', () => {
    const o = spec({
      key: 'y',
      defaults: [
        { since: '1.10', value: '1' },
        { since: '1.12', value: '1' },
      ],
    });
    expect(defaultSpans(o)).toHaveLength(1);
  });

  it('every registry option appears exactly once, grouped by category', () => {
    const sections = buildReference(OPTIONS);
    const keys = sections.flatMap((s) => s.entries.map((e) => e.key));
    expect(keys.sort()).toEqual(OPTIONS.map((o) => o.key).sort());
    for (const s of sections) for (const e of s.entries) expect(OPTIONS.find((o) => o.key === e.key)?.category).toBe(s.category);
    expect(sections.every((s) => s.entries.length > 0)).toBe(true);
  });

  it('the registry changes of network.max show up', () => {
    const e = buildReference(OPTIONS)
      .flatMap((s) => s.entries)
      .find((x) => x.key === 'taskmanager.memory.network.max');
    expect(e?.defaults.map((d) => d.from)).toEqual(['1.10', '1.17']);
  });

  it('every category has a title in both languages', () => {
    for (const s of buildReference(OPTIONS)) {
      expect(en[`ref.cat.${s.category}`]).toBeTruthy();
      expect(zh[`ref.cat.${s.category}`]).toBeTruthy();
    }
  });
});
