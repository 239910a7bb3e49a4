/**
 * Where a chapter's calculator preset points: the calculator page with the preset as its URL
 * state, plus the calculator's title. Shared by `CalculatorEmbed` and `CalculatorLink`.
 */
import { calcStrings } from '~/i18n/calculators';
import { encodeState } from '~/model/urlstate';
import { isMode, isVersion } from './viewmodel';
import type { CalculatorName } from './fields';

/** What a chapter passes to `CalculatorEmbed` or `CalculatorLink` (same props, so it can switch). */
export interface ChapterCalculatorProps {
  name: CalculatorName;
  lang: 'en' | 'zh';
  /** Flat Flink keys plus `v`, `mode` and the calculator's own parameters such as `job`. */
  preset?: Readonly<Record<string, string>>;
  /** Optional caption shown above the calculator. */
  caption?: string;
}

/** The calculator page with `preset` as its URL state, and the calculator's title. */
export function presetLink(
  name: CalculatorName,
  lang: 'en' | 'zh',
  preset: Readonly<Record<string, string>> | undefined,
  baseUrl: string,
): { href: string; title: string } {
  const t = calcStrings[lang];
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const { v, mode, ...rest } = preset ?? {};
  const query = preset ? encodeState({ version: isVersion(v) ? v : undefined, mode: isMode(mode) ? mode : undefined, config: rest }) : '';
  const titles = { taskmanager: t['tm.title'], jobmanager: t['jm.title'], network: t['net.title'], rocksdb: t['rdb.title'] };
  return { href: `${base}${lang}/calculators/${name}/${query}`, title: titles[name] };
}
