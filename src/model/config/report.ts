/**
 * The key report: for each key of a pasted configuration, what Flink `version` does with it —
 * read by the memory model, a deprecated fallback (and what replaces it), removed or ignored
 * (since when), not read yet, a real Flink key outside the memory model, or unknown (with a
 * "did you mean" for near misses). Keys outside the memory registry are judged by Flink's own
 * option lists per minor (`options/known-keys.ts`), then by the allowlist below for map-style keys.
 * Message ids only; words in `src/i18n/config.ts`.
 */
import type { ConfigMap, FlinkVersion, OptionSpec } from '../types';
import { atLeast } from '../version';
import { OPTIONS } from '../options';
import { knownKeyIn, knownKeysOf } from '../options/known';

export const KEY_STATUSES = ['memory', 'deprecated', 'removed', 'ignored', 'notYet', 'not-memory', 'unknown'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

export interface KeyReportEntry {
  key: string;
  value: string;
  status: KeyStatus;
  /** Message id of the status text (`report.<status>`). */
  id: `report.${KeyStatus}`;
  /** The option this key belongs to (main key, or the owner of a fallback / deprecated key). */
  option?: string;
  /** For `deprecated`: the key to use instead. */
  replacement?: string;
  /** For `unknown` (and typos of allowlisted prefixes): the nearest memory key, else the nearest key the version knows. */
  suggestion?: string;
  /** For `removed` / `ignored`: the first version that stopped reading it. */
  removedIn?: FlinkVersion;
  /** For `notYet`: the first version that reads it. */
  since?: FlinkVersion;
  /** The main key is set too, so this fallback key is not used. */
  shadowedBy?: string;
  params: Readonly<Record<string, string>>;
}

/**
 * Real Flink keys that have nothing to do with memory sizing, so they are not called unknown,
 * kept by hand for keys that Flink's option lists (`options/known-keys.ts`) do not carry.
 */
// Empty since Flink's own option lists carry every key it held (parallelism.default,
// state.backend, kubernetes.container.image, …); add a key here only if they miss it.
export const NOT_MEMORY_KEYS: readonly string[] = [];

/**
 * Prefixes of non-memory key families (a key under one of them is a real, non-memory key): the
 * map-style and per-name keys Flink's option lists cannot enumerate (`metrics.reporter.<name>.*`,
 * `env.java.opts.*`, `kubernetes.*` labels, `fs.s3a.*`, connector and plugin keys).
 */
export const NOT_MEMORY_PREFIXES: readonly string[] = [
  'execution.checkpointing.',
  'execution.savepoint.',
  'high-availability.',
  'rest.',
  'web.',
  'metrics.',
  'security.',
  'yarn.',
  'kubernetes.',
  'restart-strategy.',
  'akka.',
  'pekko.',
  'blob.',
  'historyserver.',
  'table.',
  'pipeline.',
  'state.checkpoints.',
  'state.savepoints.',
  'state.changelog.',
  'dstl.',
  'zookeeper.',
  'high-availability.zookeeper.',
  'jobmanager.adaptive-scheduler.',
  'jobmanager.partition.',
  'cluster.',
  'resourcemanager.',
  'queryable-state.',
  's3.',
  'fs.s3a.',
  'fs.',
  'job.autoscaler.',
  'kubernetes.operator.',
  'env.java.opts.',
  'sql-client.',
  'execution.',
  'client.',
  'external-resource.',
  'metrics.reporter.',
  'heartbeat.',
  'slotmanager.',
  'jobstore.',
  'jobmanager.archive.',
];

/** Edit distance with an early exit once it exceeds `max` (banded; O(n·max)). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    for (let j = 1; j < lo; j++) cur[j] = max + 1;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? max + 1) + 1, (cur[j - 1] ?? max + 1) + 1, (prev[j - 1] ?? max + 1) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    for (let j = hi + 1; j <= b.length; j++) cur[j] = max + 1;
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? max + 1;
}

const normalise = (k: string): string => k.toLowerCase().replace(/[._-]/g, '');

/** The nearest known key to `key` (same key modulo case/`.`/`-`/`_`, or a few edits away). */
export function suggestKey(key: string, candidates: readonly string[]): string | undefined {
  const n = normalise(key);
  for (const c of candidates) if (normalise(c) === n && c !== key) return c;
  const max = Math.max(2, Math.min(4, Math.floor(key.length / 10)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(key, c, Math.min(max, bestD));
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= max ? best : undefined;
}

/** Most unknown keys that get a "did you mean" (the search is the only costly part). */
const MAX_SUGGESTIONS = 300;

function specReadIn(o: OptionSpec, v: FlinkVersion): 'yes' | 'notYet' | 'gone' {
  if (!atLeast(v, o.since)) return 'notYet';
  if (o.removedIn !== undefined && atLeast(v, o.removedIn)) return 'gone';
  return 'yes';
}

/** Reports every key of `config` for `version`, in the map's order. Never throws. */
export function reportKeys(
  config: ConfigMap,
  version: FlinkVersion,
  registry: readonly OptionSpec[] = OPTIONS,
): KeyReportEntry[] {
  const byKey = new Map<string, OptionSpec>();
  const byFallback = new Map<string, { owner: OptionSpec; f: NonNullable<OptionSpec['fallbackKeys']>[number] }>();
  for (const o of registry) {
    byKey.set(o.key, o);
    for (const f of o.fallbackKeys ?? []) byFallback.set(f.key, { owner: o, f });
  }
  const candidates = [...byKey.keys(), ...byFallback.keys()];
  const memoryKeys = new Set(candidates);
  let all: string[] | undefined;
  const allKeys = (): string[] => (all ??= knownKeysOf(version));
  const exact = new Set(NOT_MEMORY_KEYS);
  let suggestions = 0;
  const out: KeyReportEntry[] = [];
  for (const key of Object.keys(config)) {
    const value = config[key] ?? '';
    const base = { key, value };
    const spec = byKey.get(key);
    if (spec) {
      const r = specReadIn(spec, version);
      if (r === 'notYet') {
        out.push({
          ...base,
          status: 'notYet',
          id: 'report.notYet',
          option: key,
          since: spec.since,
          params: { since: spec.since, version },
        });
      } else if (r === 'gone') {
        const removedIn = spec.removedIn ?? version;
        const status = spec.removal === 'ignored' ? 'ignored' : 'removed';
        out.push({ ...base, status, id: `report.${status}`, option: key, removedIn, params: { removedIn, version } });
      } else {
        out.push({ ...base, status: 'memory', id: 'report.memory', option: key, params: { version } });
      }
      continue;
    }
    const fb = byFallback.get(key);
    if (fb) {
      const { owner, f } = fb;
      const ownerRead = specReadIn(owner, version);
      const fNotYet = f.since !== undefined && !atLeast(version, f.since);
      const fGone = f.removedIn !== undefined && atLeast(version, f.removedIn);
      const shadow = Object.prototype.hasOwnProperty.call(config, owner.key) ? { shadowedBy: owner.key } : {};
      if (ownerRead === 'notYet' || fNotYet) {
        const since = (fNotYet ? f.since : owner.since) ?? owner.since;
        out.push({ ...base, status: 'notYet', id: 'report.notYet', option: owner.key, since, params: { since, version } });
      } else if (ownerRead === 'gone' || fGone) {
        const removedIn = (fGone ? f.removedIn : owner.removedIn) ?? version;
        const status = !fGone && owner.removal === 'ignored' ? 'ignored' : 'removed';
        out.push({ ...base, status, id: `report.${status}`, option: owner.key, removedIn, params: { removedIn, version } });
      } else if (f.deprecated) {
        out.push({
          ...base,
          status: 'deprecated',
          id: 'report.deprecated',
          option: owner.key,
          replacement: owner.key,
          ...shadow,
          params: { replacement: owner.key, version },
        });
      } else {
        out.push({ ...base, status: 'memory', id: 'report.memory', option: owner.key, ...shadow, params: { version } });
      }
      continue;
    }
    const known = knownKeyIn(key, version);
    if (known) {
      if (known.kind === 'option' || known.kind === 'fallback') {
        out.push({ ...base, status: 'not-memory', id: 'report.not-memory', params: { version } });
      } else if (known.kind === 'deprecated') {
        const replacement = known.main;
        out.push({
          ...base,
          status: 'deprecated',
          id: 'report.deprecated',
          option: replacement,
          replacement,
          ...(Object.prototype.hasOwnProperty.call(config, replacement) ? { shadowedBy: replacement } : {}),
          params: { replacement, version },
        });
      } else if (known.kind === 'removed') {
        const { removedIn } = known;
        out.push({ ...base, status: 'removed', id: 'report.removed', removedIn, params: { removedIn, version } });
      } else {
        const { since } = known;
        out.push({ ...base, status: 'notYet', id: 'report.notYet', since, params: { since, version } });
      }
      continue;
    }
    // A near miss of a memory key first (as before), else of any key this version knows.
    const suggestion =
      suggestions < MAX_SUGGESTIONS ? (suggestions++, suggestKey(key, candidates) ?? suggestKey(key, allKeys())) : undefined;
    const allowlisted = exact.has(key) || NOT_MEMORY_PREFIXES.some((p) => key.startsWith(p));
    // A near miss of a memory key is more likely a typo than an unrelated option.
    const nearMiss = suggestion !== undefined && memoryKeys.has(suggestion) && editDistance(key, suggestion, 2) <= 2;
    const memoryFamily = /^(taskmanager|jobmanager)\.memory\./.test(key) || key.startsWith('taskmanager.network.');
    if (allowlisted && !nearMiss && !memoryFamily) {
      out.push({ ...base, status: 'not-memory', id: 'report.not-memory', params: { version } });
    } else {
      out.push({
        ...base,
        status: 'unknown',
        id: 'report.unknown',
        ...(suggestion !== undefined ? { suggestion } : {}),
        params: suggestion !== undefined ? { suggestion, version } : { version },
      });
    }
  }
  return out;
}
