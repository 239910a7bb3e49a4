/**
 * Concrete fixes: when Flink refuses a configuration because a total is too small, find the
 * smallest whole-MiB value of that total which Flink accepts (by re-running the derivation).
 */
import { parseMemorySize } from './memorysize';
import type { ConfigMap, FlinkError } from './types';
import { MIB, smallestAbove } from './advice/search';

/** `1792m`, or `4g` when whole GiB: a value to paste into a config file. */
export function configSizeText(bytes: bigint): string {
  const mib = bytes / MIB;
  return mib % 1024n === 0n && mib > 0n ? `${mib / 1024n}g` : `${mib}m`;
}

/**
 * Smallest whole-MiB value of `key`, above its current value, for which `works` accepts the
 * configuration; `undefined` when none up to 8 TiB (or the current value is unreadable). The
 * advice layer's search (`advice/search.ts`), so refusals and fixes agree on the value.
 */
export function smallestWorkingSize(config: ConfigMap, key: string, works: (c: ConfigMap) => boolean): bigint | undefined {
  const raw = config[key];
  if (raw === undefined) return undefined;
  const cur = parseMemorySize(raw);
  if (!cur.ok) return undefined;
  const mib = smallestAbove(cur.value / MIB, (m) => works({ ...config, [key]: `${m}m` }));
  return mib === undefined ? undefined : mib * MIB;
}

/**
 * Makes `error.params` an enumerable getter that adds `extra()` on first read (JSON, spreads and
 * structured clones read it like a plain property), so refusals stay cheap until explained.
 */
export function lazyParams(error: FlinkError, extra: () => Record<string, string>): void {
  const base = error.params ?? {};
  let value: Readonly<Record<string, string>> | undefined;
  Object.defineProperty(error, 'params', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= { ...base, ...extra() }),
    set: (v: Readonly<Record<string, string>>) => {
      value = v;
    },
  });
}

/**
 * Attaches the smallest working total to a refusal, lazily: `process` is tried when only it is
 * set, else `flink`; `works` re-runs the derivation. Snapshots `config`, so later edits to the
 * caller's map do not change the suggestion.
 */
export function suggestSmallestTotal(
  error: FlinkError,
  config: ConfigMap,
  keys: { process: string; flink: string },
  works: (c: ConfigMap) => boolean,
): void {
  const snapshot = { ...config };
  // The search re-runs the derivation a few dozen times: do it only when someone reads params.
  lazyParams(error, () => {
    const key =
      snapshot[keys.process] !== undefined && snapshot[keys.flink] === undefined
        ? keys.process
        : snapshot[keys.flink] !== undefined
          ? keys.flink
          : undefined;
    const size = key === undefined ? undefined : smallestWorkingSize(snapshot, key, works);
    return key !== undefined && size !== undefined ? { suggestedKey: key, suggestedValue: configSizeText(size) } : {};
  });
}
