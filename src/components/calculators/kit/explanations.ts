/**
 * Build-time (and on demand in the browser): the explanations of the model's message ids in one
 * language, from the one table (`~/i18n/explanations`), plus the texts of URL-state problems.
 */
import { explanationTable } from '~/i18n/explanations';
import { configTexts } from '~/i18n/config';
import type { Explanation } from './types';

/** Every explanation id → text in `lang`. */
export function explanationsFor(lang: 'en' | 'zh'): Readonly<Record<string, Explanation>> {
  return explanationTable(lang);
}

/** `url.*` problem texts in `lang` (what `decodeState` reports about a link). */
export function urlTextsFor(lang: 'en' | 'zh'): Record<string, string> {
  const all = configTexts(lang) as Readonly<Record<string, string>>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('url.')));
}
