/**
 * Boundary searches over whole MiB: the smallest value that makes `works` true above a start, or
 * the largest below it. `works` re-runs Flink's derivation, so every result is a value the model
 * has seen Flink accept; callers still re-derive the final fix before offering it.
 */
import { MIB } from './size';

const LIMIT_MIB = 1n << 23n; // 8 TiB: beyond that, no sensible fix

/** Smallest m in (fromMiB, 8 TiB] with works(m), assuming works is monotone; undefined if none. */
export function smallestAbove(fromMiB: bigint, works: (mib: bigint) => boolean): bigint | undefined {
  let lo = fromMiB < 0n ? 0n : fromMiB; // assumed (or known) to fail
  let hi = lo < 64n ? 64n : lo * 2n;
  while (!works(hi)) {
    lo = hi;
    hi *= 2n;
    if (hi > LIMIT_MIB) return undefined;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (works(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Largest m in [0, belowMiB) with works(m), assuming works holds for small values; undefined if none. */
export function largestBelow(belowMiB: bigint, works: (mib: bigint) => boolean): bigint | undefined {
  if (belowMiB <= 0n || !works(0n)) return undefined;
  let lo = 0n; // works
  let hi = belowMiB; // assumed to fail
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (works(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

export { MIB };
