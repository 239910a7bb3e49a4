/**
 * Compare: two configurations side by side, or one configuration across two Flink versions —
 * every figure with its delta, defaults that changed between the versions, keys removed or
 * renamed (and what Flink does with them now), refusals that appear or disappear, and the JVM
 * flags before and after. Pure: ids and data; `src/i18n/compare.ts` holds the words.
 */
import { deriveTaskManager } from '../taskmanager';
import { deriveJobManager } from '../jobmanager';
import { OPTIONS, defaultFor, isReadIn } from '../options';
import { reportKeys, type KeyReportEntry } from '../config/report';
import { tmNetworkConfiguration } from '../network/tm';
import {
  TM_SIZES,
  type ConfigMap,
  type DeploymentMode,
  type FlinkError,
  type FlinkVersion,
  type JobManagerResult,
  type TaskManagerResult,
} from '../types';

/** The TaskManager figures compared (the model's list). */
export const TM_FIGURES = TM_SIZES;
export const JM_FIGURES = ['jvmHeap', 'offHeap', 'jvmMetaspace', 'jvmOverhead', 'totalFlink', 'totalProcess'] as const;

export interface CompareInput {
  a: ConfigMap;
  /** Second configuration; absent = compare `a` with itself across the versions. */
  b?: ConfigMap | undefined;
  from: FlinkVersion;
  to: FlinkVersion;
  mode?: DeploymentMode | undefined;
}

export interface FigureDelta {
  name: string;
  /** `null` = not available on that side (refused or not computed). */
  before: bigint | null;
  after: bigint | null;
  delta: bigint | null;
}

export interface DefaultChange {
  key: string;
  /** `null` = no default; `undefined` → `'-'` never: `read: false` says the version does not read the key. */
  before: string | null;
  after: string | null;
  readBefore: boolean;
  readAfter: boolean;
  /** The compared configuration sets the key, so the change does not reach it. */
  setInConfig: boolean;
}

export interface KeyChange {
  key: string;
  value: string;
  before: KeyReportEntry['status'];
  after: KeyReportEntry['status'];
  /** Report of the `after` side (replacement key, removedIn, …) for the explanation. */
  report: KeyReportEntry;
}

export type RefusalChange = 'none' | 'appears' | 'disappears' | 'both' | 'changes';

export interface ProcessSide {
  ok: boolean;
  error?: FlinkError;
  jvmParams: string;
  dynamicConfigs: string;
}

export interface Comparison {
  from: FlinkVersion;
  to: FlinkVersion;
  mode: DeploymentMode;
  /** Which processes were compared (a TaskManager-only config does not drag in a JobManager refusal). */
  processes: { tm: boolean; jm: boolean };
  tm: { before: ProcessSide; after: ProcessSide; figures: FigureDelta[]; refusal: RefusalChange } | null;
  jm: { before: ProcessSide; after: ProcessSide; figures: FigureDelta[]; refusal: RefusalChange } | null;
  defaults: DefaultChange[];
  keys: KeyChange[];
  /** Keys whose values differ between A and B (two-config comparison). */
  valueChanges: { key: string; before: string | null; after: string | null }[];
}

function side(r: TaskManagerResult | JobManagerResult): ProcessSide {
  return r.ok
    ? { ok: true, jvmParams: r.jvmParams, dynamicConfigs: r.dynamicConfigs }
    : { ok: false, error: r.error, jvmParams: '', dynamicConfigs: '' };
}

function refusalChange(a: { ok: boolean; error?: FlinkError }, b: { ok: boolean; error?: FlinkError }): RefusalChange {
  if (a.ok && b.ok) return 'none';
  if (a.ok) return 'appears';
  if (b.ok) return 'disappears';
  return a.error?.message === b.error?.message ? 'both' : 'changes';
}

function deltas(names: readonly string[], a: Record<string, unknown> | null, b: Record<string, unknown> | null): FigureDelta[] {
  return names.map((name) => {
    const x = a && typeof a[name] === 'bigint' ? (a[name] as bigint) : null;
    const y = b && typeof b[name] === 'bigint' ? (b[name] as bigint) : null;
    return { name, before: x, after: y, delta: x !== null && y !== null ? y - x : null };
  });
}

const hasPrefix = (c: ConfigMap, p: readonly string[]): boolean => Object.keys(c).some((k) => p.some((x) => k.startsWith(x)));

/** Compares `a`@from with (`b` ?? `a`)@to. Never throws. */
export function compareConfigs(input: CompareInput): Comparison {
  const { a, from, to } = input;
  const b = input.b ?? a;
  const mode = input.mode ?? 'standalone';
  const anyTm = hasPrefix(a, ['taskmanager.']) || hasPrefix(b, ['taskmanager.']);
  const anyJm = hasPrefix(a, ['jobmanager.']) || hasPrefix(b, ['jobmanager.']);
  const processes = { tm: anyTm || !anyJm, jm: anyJm || !anyTm };

  let tm: Comparison['tm'] = null;
  if (processes.tm) {
    const x = deriveTaskManager(a, { version: from, mode });
    const y = deriveTaskManager(b, { version: to, mode });
    const netCount = (r: TaskManagerResult, c: ConfigMap, v: FlinkVersion): bigint | null => {
      if (!r.ok) return null;
      const n = tmNetworkConfiguration(c, { version: v, networkMemory: r.network });
      return n.ok ? BigInt(n.value.numNetworkBuffers) : null;
    };
    const fx = x.ok ? { ...x, numNetworkBuffers: netCount(x, a, from), numSlots: BigInt(x.numSlots) } : null;
    const fy = y.ok ? { ...y, numNetworkBuffers: netCount(y, b, to), numSlots: BigInt(y.numSlots) } : null;
    tm = {
      before: side(x),
      after: side(y),
      figures: deltas(
        [...TM_FIGURES, 'numNetworkBuffers', 'numSlots'],
        fx as Record<string, unknown> | null,
        fy as Record<string, unknown> | null,
      ),
      refusal: refusalChange(x, y),
    };
  }
  let jm: Comparison['jm'] = null;
  if (processes.jm) {
    const x = deriveJobManager(a, { version: from, mode });
    const y = deriveJobManager(b, { version: to, mode });
    tm = tm ?? null;
    jm = {
      before: side(x),
      after: side(y),
      figures: deltas(
        JM_FIGURES,
        x.ok ? (x as unknown as Record<string, unknown>) : null,
        y.ok ? (y as unknown as Record<string, unknown>) : null,
      ),
      refusal: refusalChange(x, y),
    };
  }

  const setKeys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const defaults: DefaultChange[] = [];
  if (from !== to) {
    for (const o of OPTIONS) {
      const before = defaultFor(o.key, from);
      const after = defaultFor(o.key, to);
      const readBefore = isReadIn(o.key, from);
      const readAfter = isReadIn(o.key, to);
      if (before === after && readBefore === readAfter) continue;
      const set = setKeys.has(o.key) || (o.fallbackKeys ?? []).some((f) => setKeys.has(f.key));
      defaults.push({ key: o.key, before: before ?? null, after: after ?? null, readBefore, readAfter, setInConfig: set });
    }
  }

  const ra = new Map(reportKeys(a, from).map((e) => [e.key, e]));
  const rb = reportKeys(b, to);
  const keys: KeyChange[] = [];
  for (const e of rb) {
    const before = ra.get(e.key)?.status ?? 'memory';
    if (e.status === 'memory' || e.status === 'not-memory') {
      if (before === e.status || !ra.has(e.key)) continue;
    }
    keys.push({ key: e.key, value: e.value, before, after: e.status, report: e });
  }

  const valueChanges: Comparison['valueChanges'] = [];
  if (input.b !== undefined) {
    for (const k of [...setKeys].sort()) {
      const x = a[k] ?? null;
      const y = b[k] ?? null;
      if (x !== y) valueChanges.push({ key: k, before: x, after: y });
    }
  }
  return { from, to, mode, processes, tm, jm, defaults, keys, valueChanges };
}
