import type { CalcStrings } from '~/i18n/calculators';

/**
 * Parameters for the reader-language text: a Java `Infinity` / `NaN` (what Flink's own message
 * prints for 1e309) is said in words there; Flink's verbatim message keeps it.
 */
export function readable(t: CalcStrings, params: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    out[k] = /^[+-]?Infinity$/.test(v) ? t.numOverflow : v === 'NaN' ? t.numNaN : v;
  }
  return out;
}
