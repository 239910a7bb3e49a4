/**
 * Build-time: the plain-language explanations of Flink's messages in one language, handed to the
 * islands as props (so the other language never ships), plus the texts of URL-state problems.
 */
import { explanations } from '~/i18n/explanations';
import { en as netEn, zh as netZh } from '~/i18n/explanations-network';
import { configTexts } from '~/i18n/config';
import type { Explanation } from './types';

const merged: Partial<Record<'en' | 'zh', Record<string, Explanation>>> = {};

/** Every explanation id → text in `lang` (merged once: every calculator page at build time asks). */
export function explanationsFor(lang: 'en' | 'zh'): Readonly<Record<string, Explanation>> {
  return (merged[lang] ??= { ...explanations(lang), ...(lang === 'zh' ? netZh : netEn) });
}

/** `url.*` problem texts in `lang` (what `decodeState` reports about a link). */
export function urlTextsFor(lang: 'en' | 'zh'): Record<string, string> {
  const all = configTexts(lang) as Readonly<Record<string, string>>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('url.')));
}
