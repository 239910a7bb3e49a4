/**
 * Build-time: the table of one calculator in one language (see `island-data.tsx`), and the URL it
 * is published at. The URL carries a hash of the content, so a host may cache it for long.
 */
import { createHash } from 'node:crypto';
import { calcStrings } from '~/i18n/calculators';
import { fieldsFor } from './fields';
import { urlTextsFor } from './explanations';
import { CALCULATORS, calculator, type CalculatorName } from '../registry';
import type { IslandData, RelatedTarget } from './types';

/** String sections that belong to some calculator (or the index page) rather than to all of them. */
const SECTIONS = new Set<string>(['index', ...CALCULATORS.flatMap((c) => [c.strings, ...(c.alsoStrings ?? [])])]);

/** The UI strings of this calculator only: other calculators' sections would just weigh on the page. */
function stringsFor(name: CalculatorName, lang: 'en' | 'zh') {
  const def = calculator(name);
  const own = new Set<string>([def.strings, ...(def.alsoStrings ?? [])]);
  const all = calcStrings[lang] as Readonly<Record<string, string>>;
  const keep = ([k]: [string, string]) => {
    const section = /^(\w+)\./.exec(k)?.[1];
    return section === undefined || !SECTIONS.has(section) || own.has(section);
  };
  return Object.fromEntries(Object.entries(all).filter(keep)) as (typeof calcStrings)[typeof lang];
}

/** What `name`'s results link to, from the registry (the page need not load other definitions). */
function relatedFor(name: CalculatorName, lang: 'en' | 'zh'): RelatedTarget[] {
  const t = calcStrings[lang] as Readonly<Record<string, string>>;
  return (calculator(name).related ?? []).map((target) => {
    const def = calculator(target as CalculatorName);
    const text = t[`rel.${target}`];
    if (!def || text === undefined) throw new Error(`${name}: related calculator ${target} needs a definition and rel.${target}`);
    return { name: def.name, keys: def.fields.map(([k]) => k), preset: def.preset, modes: def.modes, text };
  });
}

const built = new Map<string, { table: IslandData; hash: string }>();

/** Built once per calculator and language for the whole build (every page embedding it reuses it). */
function entry(name: CalculatorName, lang: 'en' | 'zh') {
  const k = `${name}-${lang}`;
  let e = built.get(k);
  if (!e) {
    const table: IslandData = {
      t: stringsFor(name, lang),
      fields: fieldsFor(name, lang),
      urlTexts: urlTextsFor(lang),
      related: relatedFor(name, lang),
      calculator: { name, extras: calculator(name).extras, modes: calculator(name).modes },
    };
    e = { table, hash: createHash('sha256').update(JSON.stringify(table)).digest('hex').slice(0, 10) };
    built.set(k, e);
  }
  return e;
}

/** The table `name`'s island reads in `lang`. */
export function islandTable(name: CalculatorName, lang: 'en' | 'zh'): IslandData {
  return entry(name, lang).table;
}

/** Every calculator and language a table is published for. */
export const TABLES = (['en', 'zh'] as const).flatMap((lang) => CALCULATORS.map(({ name }) => ({ name, lang })));

/** `calc-data/<name>-<lang>.json?h=<hash>` under `base` (Astro's BASE_URL, with or without trailing slash). */
export function islandTableUrl(base: string, name: CalculatorName, lang: 'en' | 'zh'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const h = entry(name, lang).hash;
  // Astro's dev server applies `trailingSlash: 'always'` to dynamic routes even with an extension;
  // the build writes a plain file.
  const slash = import.meta.env.MODE === 'development' ? '/' : '';
  return `${b}calc-data/${name}-${lang}.json${slash}?h=${h}`;
}
