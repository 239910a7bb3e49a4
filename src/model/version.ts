import { FLINK_VERSIONS, type FlinkVersion } from './types';

/** Position of a minor in FLINK_VERSIONS (ascending), for ordering comparisons. */
export function versionIndex(v: FlinkVersion): number {
  return VERSION_INDEX[v];
}

const VERSION_INDEX = Object.fromEntries(FLINK_VERSIONS.map((v, i) => [v, i])) as Record<FlinkVersion, number>;

/** True when `v` is `min` or newer. */
export function atLeast(v: FlinkVersion, min: FlinkVersion): boolean {
  return VERSION_INDEX[v] >= VERSION_INDEX[min];
}

/**
 * Maps user text such as `1.20.1`, `1.20`, `2.0.0` or `2` to a modelled minor; `undefined` when
 * the text names no minor we model (the caller reports it in the reader's language).
 */
export function toFlinkVersion(text: string | undefined | null): FlinkVersion | undefined {
  if (text === undefined || text === null) return undefined;
  const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.\d+)?(?:-[\w.]+)?\s*$/i.exec(text);
  if (!m) return undefined;
  const minor = `${Number(m[1])}.${Number(m[2] ?? '0')}`;
  return (FLINK_VERSIONS as readonly string[]).includes(minor) ? (minor as FlinkVersion) : undefined;
}
