/**
 * Build-time helpers for calculator pages: the input specs generated from the option registry,
 * in one language only, so the island never ships the registry or the other language.
 */
import { optionFor } from '~/model/options';
import type { OptionSpec } from '~/model/types';
import { JM_KEYS, TM_KEYS, type FieldSpec } from './viewmodel';

export type CalculatorName = 'taskmanager' | 'jobmanager' | 'network' | 'rocksdb';

/** Short name = the registry description up to its first colon (`Total Process Memory of …`). */
export function shortName(description: string): string {
  const m = /^([^:：]{2,80})[:：]/.exec(description);
  return (m?.[1] ?? description).trim();
}

/** Turns one registry entry into an input spec in `lang`. */
export function fieldFromSpec(o: OptionSpec, lang: 'en' | 'zh', group: string): FieldSpec {
  const description = o.description[lang];
  const f: FieldSpec = {
    key: o.key,
    type: o.type,
    name: shortName(description),
    description,
    defaults: o.defaults,
    since: o.since,
    group,
  };
  if (o.removedIn !== undefined) f.removedIn = o.removedIn;
  if (o.values !== undefined) f.values = o.values;
  return f;
}

/** Inputs for `keys` (those the registry knows), in the given order. */
export function fieldsForKeys(keys: readonly (readonly [string, string])[], lang: 'en' | 'zh'): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [key, group] of keys) {
    const o = optionFor(key);
    // Options that Flink ignored before any modelled version add nothing to a form.
    if (o && !(o.removedIn !== undefined && o.removedIn === o.since)) out.push(fieldFromSpec(o, lang, group));
  }
  return out;
}

/** The inputs of a calculator. */
export function fieldsFor(name: CalculatorName, lang: 'en' | 'zh'): FieldSpec[] {
  switch (name) {
    case 'taskmanager':
      return fieldsForKeys(TM_KEYS, lang);
    case 'jobmanager':
      return fieldsForKeys(JM_KEYS, lang);
    default:
      return [];
  }
}

/** Starting state of each calculator page: Flink's shipped configuration files. */
export const DEFAULT_PRESETS: Readonly<Record<CalculatorName, Readonly<Record<string, string>>>> = {
  taskmanager: { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
  jobmanager: { 'jobmanager.memory.process.size': '1600m' },
  network: { 'taskmanager.memory.process.size': '1728m' },
  rocksdb: { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
};
