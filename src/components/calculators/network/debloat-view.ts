/**
 * What the network calculator's model chunk (`compute.ts`) returns, and the debloat panel's
 * starting values: shared by the island and the chunk without joining them.
 */
import type { JobOnTmResult } from '~/model/network/tm';
import type { compareRuleOfThumb } from '~/model/network/rule-of-thumb';
import type { DebloatSettings } from '~/model/network/debloat';
import type { Advice } from '~/model/advice/types';

/** Throughput the debloat panel starts from (bytes per second): a slowed-down gate. */
export const DEFAULT_TPUT = '256 kb';
/** Buffers in use when the job has no edge to take a gate from: one channel's B + F (2 + 8). */
export const FALLBACK_INUSE = 10;

/**
 * The buffer-debloating panel: the size `BufferDebloater` settles on for a constant throughput
 * (`targetBufferSize`, the model's steady state) and what it means for the gate's in-flight data.
 */
export interface DebloatView {
  /** The version has buffer debloating (1.14+); when false, `settings` are Flink 1.14's. */
  available: boolean;
  /** `taskmanager.network.memory.buffer-debloat.enabled` is `true` in a version that reads it. */
  enabled: boolean;
  settings: DebloatSettings;
  /** Buffers in use when the input is empty: the first edge's gate target (throughput: `DEFAULT_TPUT`). */
  inuseDefault: number;
  /** Flink's `MemorySize` message when the throughput does not parse, else null. */
  tputError: string | null;
  /** Buffers in use is not a whole number from 1 to 999 999 999. */
  inuseError: boolean;
  /** Null when an input is refused. */
  fig: {
    /** Bytes per second. */
    throughput: bigint;
    buffersInUse: number;
    /** ⌊throughput × target ms / 1000⌋: the in-flight data Flink aims at. */
    desired: bigint;
    /** ⌊desired / buffers in use⌋ before the min/max-segment-size clamp. */
    perBuffer: bigint;
    /** The steady-state buffer size (`targetBufferSize`). */
    target: bigint;
    /** target × buffers in use: what the gate's buffers then hold. */
    inFlight: bigint;
    /**
     * The size in force once Flink's loop (`simulateDebloat`, constant input, from the starting
     * size) has settled: announcements skip changes under the threshold, so it may differ from
     * `target`.
     */
    announced: bigint;
    /** When the last announcement happens (periods × period, ms); 0 when none is needed. */
    settledMs: number;
  } | null;
}

/** Consecutive TaskManagers with identical figures, shown as one row (`from`…`to`, 0-based). */
export interface TmGroup {
  from: number;
  to: number;
  subtasks: number;
  required: number;
  target: number | null;
  overdraft: number;
  announced: number | null;
}

/**
 * The picture of the busiest TaskManager's buffers: what it has (`available`), what the job
 * must get (`required`) and would like (`wanted`, null when a pool is unbounded), each also as
 * a share (0–100) of the picture's scale, the largest of the three.
 */
export interface BufferPicture {
  available: number;
  required: number;
  wanted: number | null;
  scale: number;
  pct: { available: number; required: number; wanted: number | null };
  /** The required buffers do not fit: Flink refuses the job on this TaskManager. */
  short: boolean;
}

export interface NetworkView {
  estimate: JobOnTmResult | null;
  /** Per-TaskManager rows, identical neighbours grouped (a uniform job on 50 TaskManagers is one row). */
  tmGroups: TmGroup[];
  picture: BufferPicture | null;
  rot: ReturnType<typeof compareRuleOfThumb> | null;
  /** Null when its computation failed (`failed` names it); the other parts still show. */
  debloat: DebloatView | null;
  /** The model's verified fixes when the job does not fit, or when Flink refuses the TaskManager. */
  advice?: Advice | undefined;
  /** Parts whose computation threw: each shows a message, the rest keeps working. */
  failed: readonly ('estimate' | 'rot' | 'debloat' | 'advice')[];
}
