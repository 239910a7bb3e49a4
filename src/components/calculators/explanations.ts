/**
 * Build-time: the plain-language explanations of Flink's messages in one language, handed to the
 * islands as props (so the other language never ships).
 */
import type { Explanation } from './Shell';

/** Every explanation id → text in `lang`. */
export function explanationsFor(lang: 'en' | 'zh'): Record<string, Explanation> {
  void lang;
  return {};
}
