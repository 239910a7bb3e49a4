/**
 * Buffer debloating: the buffer size Flink announces to upstream so that the buffers in flight
 * take about `target` to consume, per version — 1.14 (task level, throughput EMA), 1.15–1.20
 * (per gate, int `BufferSizeEMA`), 2.0+ (double EMA, rounded, starting at
 * `starting-segment-size`). Debloating caps the *used* size of each buffer only; it never changes
 * the number of buffers or network memory. Facts: network-and-managed.md §3.
 */
import { durationMillis, parseDuration } from '../duration';
import type { ConfigMap, FlinkVersion } from '../types';
import { atLeast } from '../version';
import { parseJavaInt, parseSizeJava } from './java';

export interface DebloatSettings {
  /** `buffer-debloat.target` in ms (default 1000). */
  targetMs: number;
  /** `buffer-debloat.period` in ms (1.14: 500, 1.15+: 200). */
  periodMs: number;
  /** `buffer-debloat.samples` (20): EMA α = 2 / (samples + 1). */
  samples: number;
  /** `buffer-debloat.threshold-percentages` (1.14: 50, 1.15+: 25). */
  thresholdPercent: number;
  /** `taskmanager.memory.min-segment-size` (1.14: 1024, 1.15+: 256). */
  minSegmentSize: number;
  /** `taskmanager.memory.segment-size` (32768). */
  maxSegmentSize: number;
  /** 2.0+: `taskmanager.memory.starting-segment-size` (1024); null before. */
  startingSize: number | null;
}

/** The debloat settings in force for `version` (null before 1.14: no debloating). */
export function debloatSettings(version: FlinkVersion, config: ConfigMap = {}): DebloatSettings | null {
  if (!atLeast(version, '1.14')) return null;
  const v115 = atLeast(version, '1.15');
  const dur = (key: string, dflt: number): number => {
    const raw = config[key];
    if (raw === undefined) return dflt;
    // Flink's own parser; an unreadable value (Flink refuses it) leaves the default, never Infinity.
    const d = parseDuration(raw);
    return d.ok ? durationMillis(d.nanos) : dflt;
  };
  const int = (key: string, dflt: number): number => (config[key] === undefined ? dflt : (parseJavaInt(config[key]!) ?? dflt));
  const size = (key: string, dflt: number): number => {
    const raw = config[key];
    if (raw === undefined) return dflt;
    const p = parseSizeJava(raw);
    return p.ok && p.bytes <= 2147483647n ? Number(p.bytes) : dflt;
  };
  return {
    targetMs: dur('taskmanager.network.memory.buffer-debloat.target', 1000),
    periodMs: dur('taskmanager.network.memory.buffer-debloat.period', v115 ? 200 : 500),
    samples: int('taskmanager.network.memory.buffer-debloat.samples', 20),
    thresholdPercent: int('taskmanager.network.memory.buffer-debloat.threshold-percentages', v115 ? 25 : 50),
    minSegmentSize: size('taskmanager.memory.min-segment-size', v115 ? 256 : 1024),
    maxSegmentSize: size('taskmanager.memory.segment-size', 32768),
    startingSize: atLeast(version, '2.0') ? size('taskmanager.memory.starting-segment-size', 1024) : null,
  };
}

/**
 * Steady state: the size the EMA converges to for a constant throughput (bytes/s) and buffers in
 * use — `⌊throughput × target / 1000⌋ / max(1, buffers)`, within [min-segment-size, segment-size].
 * The last division is rounded down before 2.0 (`long` arithmetic) and to the nearest byte from
 * 2.0 (`BufferSizeEMA` averages in `double` and returns `Math.round`). Without `version` the
 * pre-2.0 rule applies.
 */
export function targetBufferSize(throughput: number, buffersInUse: number, s: DebloatSettings, version?: FlinkVersion): number {
  const desired = Math.floor((Math.max(0, throughput) * s.targetMs) / 1000);
  const n = Math.max(1, buffersInUse);
  const per = version !== undefined && atLeast(version, '2.0') ? javaRound(desired / n) : Math.floor(desired / n);
  return Math.max(s.minSegmentSize, Math.min(per, s.maxSegmentSize));
}

/** One debloat period: measured throughput (bytes/s) and buffers in use. */
export interface DebloatSample {
  throughput: number;
  buffersInUse: number;
}
export interface DebloatStep {
  /** The EMA's size after this period. */
  size: number;
  /** Whether Flink announces it to the upstream (else skipped: change below the threshold). */
  announced: boolean;
  /** The size in force after this period. */
  bufferSize: number;
  /** `size × buffers × 1000 / max(1, throughput)` (ms). */
  estimatedTimeToConsumeMs: number;
}

/** Java's `Math.round(double)` (half up). */
function javaRound(x: number): number {
  return Math.floor(x + 0.5);
}

/**
 * Replays `BufferDebloater` (+ `BufferSizeEMA`) over `samples`, per version. Non-numeric or
 * negative inputs are treated as 0 (no NaN ever leaves this function).
 */
export function simulateDebloat(samples: readonly DebloatSample[], s: DebloatSettings, version: FlinkVersion): DebloatStep[] {
  const alpha = 2 / (s.samples + 1);
  const v2 = atLeast(version, '2.0');
  const v115 = atLeast(version, '1.15');
  const start = v2 && s.startingSize !== null ? s.startingSize : s.maxSegmentSize;
  let emaInt = start;
  let emaDouble = start;
  let lastAnnounced = start;
  let thrEma = 0; // 1.14 throughput EMA (long)
  const out: DebloatStep[] = [];
  for (const x of samples) {
    let thr = Number.isFinite(x.throughput) && x.throughput > 0 ? Math.floor(x.throughput) : 0;
    const a = Math.max(1, Number.isFinite(x.buffersInUse) ? Math.floor(x.buffersInUse) : 1);
    let size: number;
    if (!v115) {
      // 1.14: EMA on throughput (first non-zero sample as is), then size = clamp(desired / buffers).
      thrEma = thrEma === 0 ? thr : Math.trunc(thrEma + alpha * (thr - thrEma));
      thr = thrEma;
      size = targetBufferSize(thr, a, s);
    } else {
      const desired = Math.floor((thr * s.targetMs) / 1000);
      if (v2) {
        const d = Math.min(desired / a, 2 * emaDouble);
        emaDouble = emaDouble + alpha * (d - emaDouble);
        emaDouble = Math.max(s.minSegmentSize, Math.min(emaDouble, s.maxSegmentSize));
        size = javaRound(emaDouble);
      } else {
        const d = Math.min(Math.floor(desired / a), 2 * emaInt);
        emaInt = Math.trunc(emaInt + alpha * (d - emaInt));
        emaInt = Math.max(s.minSegmentSize, Math.min(emaInt, s.maxSegmentSize));
        size = emaInt;
      }
    }
    let skip: boolean;
    if (size === lastAnnounced) skip = true;
    else if (size <= s.minSegmentSize || size >= s.maxSegmentSize) skip = false;
    else skip = Math.abs(size - lastAnnounced) < Math.trunc(lastAnnounced * (s.thresholdPercent / 100));
    if (!skip) lastAnnounced = size;
    out.push({
      size,
      announced: !skip,
      bufferSize: lastAnnounced,
      estimatedTimeToConsumeMs: Math.floor((size * a * 1000) / Math.max(1, thr)),
    });
  }
  return out;
}

/** `BufferSizeEMA.calculateBufferSize` sequence alone (for the ported Flink tests). */
export function bufferSizeEma(
  inputs: readonly [totalBytes: number, buffers: number][],
  max: number,
  min: number,
  samples: number,
  version: FlinkVersion,
  start = max,
): number[] {
  const alpha = 2 / (samples + 1);
  const v2 = atLeast(version, '2.0');
  let last = start;
  return inputs.map(([bytes, buffers]) => {
    if (v2) {
      const d = Math.min(bytes / buffers, 2 * last);
      last = Math.max(min, Math.min(last + alpha * (d - last), max));
      return javaRound(last);
    }
    const d = Math.min(Math.floor(bytes / buffers), 2 * last);
    last = Math.max(min, Math.min(Math.trunc(last + alpha * (d - last)), max));
    return last;
  });
}
