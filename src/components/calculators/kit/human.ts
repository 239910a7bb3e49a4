/**
 * Flink's human-readable sizes for every byte count in a result, computed next to the model (in
 * the lazily loaded chunk, and on the server) so the islands need no size code before interaction.
 */
import { parseMemorySize, toHumanReadable } from '~/model/memorysize';
import { parseDuration } from '~/model/duration';

import type { WithHuman } from './types';

export type { WithHuman };

function collect(x: unknown, out: Record<string, string>, depth: number): void {
  if (depth > 8 || x === null || x === undefined) return;
  if (typeof x === 'bigint') {
    const k = x.toString();
    if (!(k in out)) out[k] = toHumanReadable(x);
  } else if (Array.isArray(x)) {
    for (const v of x) collect(v, out, depth + 1);
  } else if (typeof x === 'object') {
    for (const v of Object.values(x as Record<string, unknown>)) collect(v, out, depth + 1);
  }
}

export function withHuman<R>(result: R, extra: readonly bigint[] = []): WithHuman<R> {
  const hr: Record<string, string> = {};
  collect(result, hr, 0);
  collect(extra, hr, 0);
  return { result, hr };
}

/** Flink's own parse message for a size (`MemorySize.parse`), or null when it parses. */
export function sizeProblem(s: string): string | null {
  const r = parseMemorySize(s);
  return r.ok ? null : r.message;
}

/** Flink's own parse message for a duration (`TimeUtils.parseDuration`), or null when it parses. */
export function durationProblem(s: string): string | null {
  const d = parseDuration(s);
  return d.ok ? null : d.message;
}
