/**
 * The option registry: the single source of truth for Flink keys, their defaults per version,
 * fallback/deprecated keys and descriptions. The model, forms, CLI and configuration reference
 * all read it.
 *
 * Adding an area = one import line plus one spread line below (e.g. network, rocksdb).
 */
import type { FlinkVersion, OptionSpec } from '../types';
import { atLeast } from '../version';
import { TM_OPTIONS } from './taskmanager';
import { JM_OPTIONS } from './jobmanager';
import { NETWORK_OPTIONS } from './network';
import { ROCKSDB_OPTIONS } from './rocksdb';
import { FORST_OPTIONS } from './forst';
import { KUBERNETES_OPTIONS } from './kubernetes';
import { BATCH_OPTIONS } from './batch';
import { HEAP_DRIVER_OPTIONS } from './heap-drivers';

export const OPTIONS: readonly OptionSpec[] = [
  ...TM_OPTIONS,
  ...JM_OPTIONS,
  ...NETWORK_OPTIONS,
  ...ROCKSDB_OPTIONS,
  ...FORST_OPTIONS,
  ...BATCH_OPTIONS,
  ...KUBERNETES_OPTIONS,
  ...HEAP_DRIVER_OPTIONS,
];

let byKey: Map<string, OptionSpec> | undefined;
let byFallback: Map<string, OptionSpec> | undefined;

function index(): void {
  // Built lazily so that areas appended to OPTIONS by other modules are included.
  byKey = new Map();
  byFallback = new Map();
  for (const o of OPTIONS) {
    byKey.set(o.key, o);
    for (const f of o.fallbackKeys ?? []) byFallback.set(f.key, o);
  }
}

/** The spec whose main key is `key`, or `undefined`. */
export function optionFor(key: string): OptionSpec | undefined {
  if (!byKey) index();
  return byKey!.get(key);
}

/** The spec that lists `key` as a fallback/deprecated key, or `undefined`. */
export function optionForFallbackKey(key: string): OptionSpec | undefined {
  if (!byFallback) index();
  return byFallback!.get(key);
}

/** True when `key` is a known main key or fallback key (in any version). */
export function isKnownKey(key: string): boolean {
  return optionFor(key) !== undefined || optionForFallbackKey(key) !== undefined;
}

/**
 * The default of `key` in `version`, in Flink's string form; `null` = no default; `undefined` =
 * unknown key or not read in that version.
 */
export function defaultFor(key: string, version: FlinkVersion): string | null | undefined {
  const o = optionFor(key);
  if (!o || !isSpecReadIn(o, version)) return undefined;
  let value: string | null | undefined;
  for (const d of o.defaults) if (atLeast(version, d.since)) value = d.value;
  return value === undefined ? null : value;
}

function isSpecReadIn(o: OptionSpec, version: FlinkVersion): boolean {
  if (!atLeast(version, o.since)) return false;
  return o.removedIn === undefined || !atLeast(version, o.removedIn);
}

/**
 * Whether `version` reads `key` at all: as a main key between `since` and `removedIn`, or as a
 * fallback key of an option read in that version.
 */
export function isReadIn(key: string, version: FlinkVersion): boolean {
  const o = optionFor(key);
  if (o) return isSpecReadIn(o, version);
  const owner = optionForFallbackKey(key);
  if (!owner || !isSpecReadIn(owner, version)) return false;
  const f = owner.fallbackKeys?.find((k) => k.key === key);
  if (!f) return false;
  if (f.since !== undefined && !atLeast(version, f.since)) return false;
  return f.removedIn === undefined || !atLeast(version, f.removedIn);
}

/** Fallback keys of `spec` honoured in `version`, in Flink's declaration order. */
export function fallbackKeysIn(spec: OptionSpec, version: FlinkVersion): readonly { key: string; deprecated: boolean }[] {
  return (spec.fallbackKeys ?? []).filter(
    (f) => (f.since === undefined || atLeast(version, f.since)) && (f.removedIn === undefined || !atLeast(version, f.removedIn)),
  );
}

/** Options read in `version`, in registry order. */
export function optionsIn(version: FlinkVersion): readonly OptionSpec[] {
  return OPTIONS.filter((o) => isSpecReadIn(o, version));
}
