/**
 * The calculator registry is the one list: every registered calculator has its folder, its static
 * hydration line in `Calculator.astro`, a route, a sidebar entry, an index entry, its texts and a
 * place in the browser tests — and nothing is there that the registry does not name.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CALCULATORS, CALCULATOR_NAMES, isCalculatorName } from '~/components/calculators/registry';
import { builtCalculators } from '~/components/site/routes';
import { CALCULATORS as SIDEBAR } from '~/components/site/nav';
import { siteStrings } from '~/i18n/site';
import { calcStrings } from '~/i18n/calculators';
import { TABLES } from '~/components/calculators/kit/island-tables';
import { startPreset } from '~/components/calculators/kit/start-preset';
import { stateFromPreset } from '~/components/calculators/kit/state';
import type { ModelModule } from '~/components/calculators/kit/types';

const DIR = join(process.cwd(), 'src/components/calculators');
const computes = import.meta.glob<ModelModule<unknown>>('/src/components/calculators/*/compute.ts', { eager: true });

describe('calculator registry', () => {
  it('has unique names that are route segments', () => {
    expect(new Set(CALCULATOR_NAMES).size).toBe(CALCULATORS.length);
    for (const n of CALCULATOR_NAMES) expect(n).toMatch(/^[a-z]+$/);
    expect(isCalculatorName('taskmanager')).toBe(true);
    expect(isCalculatorName('nope')).toBe(false);
  });

  it('names exactly the calculator folders (definition, island, compute function)', () => {
    const folders = readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'Island.tsx')))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...CALCULATOR_NAMES].sort());
    for (const n of CALCULATOR_NAMES) {
      for (const f of ['definition.ts', 'Island.tsx', 'compute.ts']) expect(existsSync(join(DIR, n, f)), `${n}/${f}`).toBe(true);
    }
  });

  it('Calculator.astro has one static import and one client:visible line per calculator, and no other', () => {
    const src = readFileSync(join(DIR, 'Calculator.astro'), 'utf8');
    const imports = [...src.matchAll(/^import (\w+) from '\.\/(\w+)\/Island';$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(imports.map(([, n]) => n).sort()).toEqual([...CALCULATOR_NAMES].sort());
    const lines = [...src.matchAll(/^\{name === '(\w+)' && <(\w+) client:visible \{\.\.\.common\} \/>\}$/gm)].map(
      (m) => [m[2]!, m[1]!] as const,
    );
    expect(lines.sort()).toEqual([...imports].sort());
  });

  it.each(CALCULATORS.map((c) => [c.name, c] as const))(
    '%s: its compute function derives its preset on the server',
    (name, def) => {
      const m = computes[`/src/components/calculators/${name}/compute.ts`];
      expect(m?.compute, name).toBeTypeOf('function');
      expect(m?.sizeProblem('1 banana')).toMatch(/./);
      expect(m?.sizeProblem('2048m')).toBeNull();
      expect(m?.durationProblem('12 parsecs')).toMatch(/./);
      expect(m?.durationProblem('10 s')).toBeNull();
      const out = m!.compute(stateFromPreset(startPreset(name, undefined), def.extras));
      expect(Object.keys(out.hr).length).toBeGreaterThan(0);
    },
  );

  it('every calculator has a route, a sidebar entry and a label in both languages', () => {
    expect(builtCalculators()).toEqual([...CALCULATOR_NAMES]);
    expect([...SIDEBAR]).toEqual([...CALCULATOR_NAMES]);
    for (const lang of ['en', 'zh'] as const) {
      const names = siteStrings[lang].calculatorNames as Readonly<Record<string, string>>;
      expect(Object.keys(names).sort()).toEqual([...CALCULATOR_NAMES].sort());
      for (const n of CALCULATOR_NAMES) expect(names[n]?.trim(), `${lang} ${n}`).toBeTruthy();
    }
  });

  it('every calculator has its title, intro, index line and text tables in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const t = calcStrings[lang] as Readonly<Record<string, string>>;
      for (const c of CALCULATORS) {
        for (const k of [`${c.strings}.title`, `${c.strings}.intro`, `index.${c.strings}`])
          expect(t[k]?.trim(), `${lang} ${k}`).toBeTruthy();
      }
    }
    expect(TABLES.map((x) => `${x.name}-${x.lang}`).sort()).toEqual(
      CALCULATOR_NAMES.flatMap((n) => [`${n}-en`, `${n}-zh`]).sort(),
    );
  });

  it('the browser tests cover every registered calculator (they iterate over the registry)', () => {
    const src = readFileSync(join(process.cwd(), 'tests/browser/calculators-registry.test.ts'), 'utf8');
    expect(src).toMatch(/import \{[^}]*\bCALCULATORS\b[^}]*\} from '~\/components\/calculators\/registry'/);
    expect(src).toMatch(/for \(const def of CALCULATORS\)/);
  });
});
