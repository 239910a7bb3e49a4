/**
 * Build-time helpers for calculator pages: the input specs generated from the option registry,
 * in one language only, so the island never ships the registry or the other language.
 */
import { optionFor } from '~/model/options';
import type { OptionSpec } from '~/model/types';
import { calculator, type CalculatorName } from '../registry';
import type { FieldSpec } from './types';

/** Short name = the registry description up to its first colon (`Total Process Memory of …`), else all of it. */
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

/** The spec of `key`: the model's option registry, or one of the calculator's `jobOptions`. */
export function specFor(key: string, jobOptions: readonly OptionSpec[] = []): OptionSpec | undefined {
  return optionFor(key) ?? jobOptions.find((j) => j.key === key);
}

/** Inputs for `keys` (those the registry, or the calculator's `jobOptions`, know), in the given order. */
export function fieldsForKeys(
  keys: readonly (readonly [string, string])[],
  lang: 'en' | 'zh',
  jobOptions: readonly OptionSpec[] = [],
): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [key, group] of keys) {
    const o = specFor(key, jobOptions);
    // Options that Flink ignored before any modelled version add nothing to a form.
    if (o && !(o.removedIn !== undefined && o.removedIn === o.since)) out.push(fieldFromSpec(o, lang, group));
  }
  return out;
}

/** The inputs of a calculator: its definition's keys, with every fact from the option registry. */
export function fieldsFor(name: CalculatorName, lang: 'en' | 'zh'): FieldSpec[] {
  const def = calculator(name);
  return fieldsForKeys(def.fields, lang, def.jobOptions);
}
