/**
 * Where a chapter's calculator preset points: the calculator page with the preset as its URL
 * state, plus the calculator's title. Shared by `CalculatorEmbed` and `CalculatorLink`.
 */
import { calcStrings } from '~/i18n/calculators';
import { encodeState } from '~/model/urlstate';
import { isMode, isVersion } from './viewmodel';
import { calculator, type CalculatorName } from '../registry';
import { startPreset } from './start-preset';

/** What a chapter passes to `CalculatorEmbed` or `CalculatorLink` (same props, so it can switch). */
export interface ChapterCalculatorProps {
  name: CalculatorName;
  lang: 'en' | 'zh';
  /** Flat Flink keys plus `v`, `mode` and the calculator's own parameters such as `job`. */
  preset?: Readonly<Record<string, string>> | undefined;
  /** Optional caption shown above the calculator. */
  caption?: string | undefined;
}

/**
 * The calculator page with the state `preset` starts from as its URL state, and the calculator's
 * title. The link carries the Flink options of `startPreset` (so the RocksDB calculator opens on
 * RocksDB, as an embed of the same preset does) and only the calculator parameters the preset
 * sets: the page fills in the others (the network calculator's default job) as `startPreset` does.
 */
export function presetLink(
  name: CalculatorName,
  lang: 'en' | 'zh',
  preset: Readonly<Record<string, string>> | undefined,
  baseUrl: string,
): { href: string; title: string } {
  const t = calcStrings[lang];
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const start = preset ? startPreset(name, preset) : {};
  const def = calculator(name);
  const extras: readonly string[] = def.extras;
  const { v, mode, ...rest } = Object.fromEntries(
    Object.entries(start).filter(([k]) => !extras.includes(k) || preset?.[k] !== undefined),
  );
  const query = preset
    ? encodeState({ version: isVersion(v) ? v : undefined, mode: isMode(mode) ? mode : undefined, config: rest })
    : '';
  return { href: `${base}${lang}/calculators/${name}/${query}`, title: t[`${def.strings}.title`] };
}
