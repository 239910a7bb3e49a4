/**
 * Patch releases. Every minor is modelled as its last patch release; where an earlier patch of a
 * minor is known to derive differently, a full version (e.g. `1.10.0`) selects that behaviour.
 * Sources: /work/shared/flink/process-memory.md §1 (version table) and §8.1.
 */
import { toFlinkVersion } from './version';
import type { FlinkVersion } from './types';

/** A version as the reader gave it: the modelled minor plus the patch, when one was named. */
export interface FlinkRelease {
  version: FlinkVersion;
  /** `undefined` = the last patch of the minor. */
  patch?: number | undefined;
}

/** `1.20.1` → `{ version: '1.20', patch: 1 }`; `1.20` → `{ version: '1.20' }`; unknown → undefined. */
export function parseFlinkRelease(text: string | undefined | null): FlinkRelease | undefined {
  const version = toFlinkVersion(text);
  if (!version || text === undefined || text === null) return undefined;
  const full = /^\s*v?\d+\.\d+\.(\d+)/.exec(text);
  return full ? { version, patch: Number(full[1]) } : { version };
}

/** Patch-level differences the model reproduces, each with the patches it applies to. */
export const PATCH_DIFFERENCES = [
  // FLINK-16406 (apache/flink#11300) raised the TaskManager metaspace default 96m → 256m in 1.10.1.
  { id: 'metaspace-96m', version: '1.10', upTo: 0 },
  // 1.10.2 (and 1.12) changed the local-execution INFO text ("… to the maximal possible value.").
  { id: 'local-old-text', version: '1.10', upTo: 1 },
  // FLINK-20171 (2ad92169a4a) added "TaskManager/JobManager memory configuration failed: " in 1.11.3.
  { id: 'no-error-prefix', version: '1.11', upTo: 2 },
  // FLINK-21158 (8ae563a2da0) added jvm-metaspace.size and jvm-overhead.min/max to the -D string in 1.12.2.
  { id: 'dynamic-without-jvm-keys', version: '1.12', upTo: 1 },
  // 1.12.5 bounded local execution: 1000000.0 CPU cores and 1 TiB heaps instead of Double/Long.MAX_VALUE.
  { id: 'local-unbounded', version: '1.12', upTo: 4 },
] as const;

export type PatchDifference = (typeof PATCH_DIFFERENCES)[number]['id'];

/** Whether `release` shows the given earlier-patch behaviour. */
export function hasPatchDifference(version: FlinkVersion, patch: number | undefined, id: PatchDifference): boolean {
  if (patch === undefined) return false;
  return PATCH_DIFFERENCES.some((d) => d.id === id && d.version === version && patch <= d.upTo);
}

/** Patches of `version` with a modelled difference (for "figures are those of …" notes). */
export function modelledPatches(version: FlinkVersion, patch: number | undefined): PatchDifference[] {
  return PATCH_DIFFERENCES.filter((d) => patch !== undefined && d.version === version && patch <= d.upTo).map((d) => d.id);
}
