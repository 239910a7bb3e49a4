/** Network calculator: state (TM config + job in the link) → estimate and rule of thumb. */
import { estimateJobOnTm, type JobOnTmResult } from '~/model/network/tm';
import type { JobDescription, JobEdge } from '~/model/network/job';
import { isPartitionType } from '~/model/network/pools';
import { compareRuleOfThumb } from '~/model/network/rule-of-thumb';
import { debloatSettings, simulateDebloat, targetBufferSize, type DebloatSettings } from '~/model/network/debloat';
import { parseMemorySize } from '~/model/memorysize';
import { atLeast } from '~/model/version';
import type { CalcState } from './useCalcState';
import { withHuman, type WithHuman } from './human';
// The debloat panel's view travels with this lazily loaded chunk (see DebloatPanel.tsx).
import './DebloatPanelView';

export { sizeProblem } from './human';
import { DEFAULT_JOB, decodeJob, parseCount, PATTERN_NAMES, type JobDraft } from './viewmodel';

const PATTERNS: readonly string[] = PATTERN_NAMES;

function toModelJob(d: JobDraft, slots: number): JobDescription {
  return {
    vertices: d.vertices,
    edges: d.edges.map(
      (e): JobEdge => ({
        from: e.from,
        to: e.to,
        pattern: PATTERNS.includes(e.pattern) ? (e.pattern as JobEdge['pattern']) : 'all-to-all',
        partitionType: isPartitionType(e.partitionType) ? e.partitionType : 'PIPELINED_BOUNDED',
      }),
    ),
    slotsPerTm: slots,
  };
}

/** Throughput the debloat panel starts from (bytes per second): a slowed-down gate. */
export const DEFAULT_TPUT = '256 kb';
/** Periods replayed to find the size in force: growth from 1 KiB (2.0+) settles within ~100. */
const SETTLE_PERIODS = 600;
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

/** Throughput text → bytes per second: a Flink size, optionally followed by `/s`. */
function parseThroughput(text: string): { ok: true; bytes: bigint } | { ok: false; message: string } {
  const r = parseMemorySize(text.replace(/\s*\/\s*s(ec(ond)?)?\s*$/i, ''));
  return r.ok ? { ok: true, bytes: r.value } : { ok: false, message: r.message };
}

/** The debloat panel's figures for a state (`inuseDefault` from the job estimate). */
export function computeDebloat(s: CalcState, inuseDefault: number): DebloatView {
  const available = atLeast(s.v, '1.14');
  const settings = debloatSettings(available ? s.v : '1.14', s.config) as DebloatSettings;
  const enabled = available && /^\s*true\s*$/i.test(s.config['taskmanager.network.memory.buffer-debloat.enabled'] ?? '');
  const tputText = (s.extras['tput'] ?? '').trim() || DEFAULT_TPUT;
  const inuseText = (s.extras['inuse'] ?? '').trim();
  const tput = parseThroughput(tputText);
  const inuse = inuseText === '' ? inuseDefault : parseCount(inuseText, 1, 999999999);
  let fig: DebloatView['fig'] = null;
  if (tput.ok && inuse !== null) {
    const desired = (tput.bytes * BigInt(settings.targetMs)) / 1000n;
    const target = BigInt(targetBufferSize(Number(tput.bytes), inuse, settings, available ? s.v : '1.14'));
    const steps = simulateDebloat(Array.from({ length: SETTLE_PERIODS }, () => ({ throughput: Number(tput.bytes), buffersInUse: inuse })), settings, available ? s.v : '1.14');
    let last = -1;
    steps.forEach((x, i) => {
      if (x.announced) last = i;
    });
    fig = {
      throughput: tput.bytes,
      buffersInUse: inuse,
      desired,
      perBuffer: BigInt(targetBufferSize(Number(tput.bytes), inuse, { ...settings, minSegmentSize: 0, maxSegmentSize: Number.MAX_SAFE_INTEGER }, available ? s.v : '1.14')),
      target,
      inFlight: target * BigInt(inuse),
      announced: BigInt(steps.at(-1)?.bufferSize ?? target),
      settledMs: (last + 1) * settings.periodMs,
    };
  }
  return {
    available,
    enabled,
    settings,
    inuseDefault,
    tputError: tput.ok ? null : tput.message,
    inuseError: inuse === null,
    fig,
  };
}

export interface NetworkView {
  estimate: JobOnTmResult | null;
  rot: ReturnType<typeof compareRuleOfThumb> | null;
  /**
   * Not enumerable, so Astro leaves it out of the island's serialised props: the island shows
   * the server's debloat panel until the model chunk, which recomputes it, has loaded. Absent in
   * the browser before that.
   */
  readonly debloat?: DebloatView;
}

export function computeNetwork(s: CalcState): WithHuman<NetworkView> {
  const job = decodeJob(s.extras['job']) ?? DEFAULT_JOB;
  const slots = parseCount(s.extras['slots'] ?? '4', 1, 100000);
  const mode = s.mode === 'local' ? 'standalone' : s.mode;
  const estimate = slots === null ? null : estimateJobOnTm(toModelJob(job, slots), s.config, { version: s.v, mode });
  const P = parseCount(s.extras['P'] ?? '4', 1, 10000);
  const B = parseCount(s.extras['B'] ?? '2', 0, 10000);
  const F = parseCount(s.extras['F'] ?? '8', 0, 10000);
  const rot = P !== null && B !== null && F !== null ? compareRuleOfThumb(P, B, F, s.v) : null;
  const net = estimate?.ok ? [BigInt(estimate.value.network.networkBufferSize)] : [];
  const gate = estimate?.ok ? estimate.value.edges[0]?.gate.target : undefined;
  const debloat = computeDebloat(s, gate !== undefined && gate >= 1 ? gate : FALLBACK_INUSE);
  const f = debloat.fig;
  const view: NetworkView = Object.defineProperty({ estimate, rot }, 'debloat', { value: debloat, enumerable: false });
  return withHuman(view, f ? [...net, f.target, f.inFlight, f.announced] : net);
}
