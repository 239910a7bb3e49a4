/**
 * Build-time: the table of one calculator in one language (see `island-data.tsx`), and the URL it
 * is published at. The URL carries a hash of the content, so a host may cache it for long.
 */
import { createHash } from 'node:crypto';
import { calcStrings } from '~/i18n/calculators';
import { fieldsFor, type CalculatorName } from './fields';
import { urlTextsFor } from './explanations';
import type { IslandData } from './island-data';

/** The UI strings of this calculator only: other calculators' sections would just weigh on the page. */
function stringsFor(calc: CalculatorName, lang: 'en' | 'zh') {
  const drop: Record<CalculatorName, readonly string[]> = {
    taskmanager: ['net.', 'rot.', 'rdb.', 'jm.', 'index.'],
    jobmanager: ['net.', 'rot.', 'rdb.', 'index.'],
    network: ['rdb.', 'jm.', 'index.'],
    rocksdb: ['net.', 'rot.', 'jm.', 'index.'],
  };
  const all = calcStrings[lang] as Readonly<Record<string, string>>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => !drop[calc].some((p) => k.startsWith(p)))) as (typeof calcStrings)[typeof lang];
}

const built = new Map<string, { table: IslandData; hash: string }>();

/** Built once per calculator and language for the whole build (every page embedding it reuses it). */
function entry(name: CalculatorName, lang: 'en' | 'zh') {
  const k = `${name}-${lang}`;
  let e = built.get(k);
  if (!e) {
    const table: IslandData = { t: stringsFor(name, lang), fields: fieldsFor(name, lang), urlTexts: urlTextsFor(lang) };
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
export const TABLES = (['en', 'zh'] as const).flatMap((lang) =>
  (['taskmanager', 'jobmanager', 'network', 'rocksdb'] as const).map((name) => ({ name, lang })),
);

/** `calc-data/<name>-<lang>.json?h=<hash>` under `base` (Astro's BASE_URL, with or without trailing slash). */
export function islandTableUrl(base: string, name: CalculatorName, lang: 'en' | 'zh'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const h = entry(name, lang).hash;
  // Astro's dev server applies `trailingSlash: 'always'` to dynamic routes even with an extension;
  // the build writes a plain file.
  const slash = import.meta.env.MODE === 'development' ? '/' : '';
  return `${b}calc-data/${name}-${lang}.json${slash}?h=${h}`;
}
