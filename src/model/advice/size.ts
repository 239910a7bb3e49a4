/**
 * Sizes as a reader writes them into a Flink configuration: whole `g` when exact, else whole
 * `m`, which `MemorySize.parse` accepts (never `3.495gb`, which it refuses: "Memory size unit
 * '.495gb' does not match any of the recognized units").
 */
import { parseMemorySize } from '../memorysize';

export const MIB = 1n << 20n;

/** `3579m`, or `4g` when whole GiB; rounded up (or down) to a whole MiB. */
export function configSize(bytes: bigint, round: 'up' | 'down' = 'up'): string {
  let mib = bytes / MIB;
  if (round === 'up' && bytes % MIB !== 0n) mib += 1n;
  if (mib < 0n) mib = 0n;
  return mib % 1024n === 0n && mib > 0n ? `${mib / 1024n}g` : `${mib}m`;
}

/** Whether Flink's `MemorySize.parse` accepts `text` (every offered size is checked with it). */
export function parsesAsSize(text: string): boolean {
  return parseMemorySize(text).ok;
}
