/** Network calculator: state (TM config + job in the link) → estimate and rule of thumb. */
import { estimateJobOnTm } from '~/model/network/tm';
import { fixesFor, networkFixesFor } from '~/model/advice';
import type { JobDescription, JobEdge } from '~/model/network/job';
import { isPartitionType } from '~/model/network/pools';
import { compareRuleOfThumb } from '~/model/network/rule-of-thumb';
import { debloatSettings, simulateDebloat, targetBufferSize, type DebloatSettings } from '~/model/network/debloat';
import { parseMemorySize } from '~/model/memorysize';
import { atLeast } from '~/model/version';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';
import { DEFAULT_JOB, decodeJob, parseCount, PATTERN_NAMES, type JobDraft } from './job';
import {
  DEFAULT_TPUT,
  FALLBACK_INUSE,
  type BufferPicture,
  type DebloatView,
  type NetworkView,
  type TmGroup,
} from './debloat-view';
import type { TmEstimate } from '~/model/network/job';

export { durationProblem, sizeProblem } from '../kit/human';
export { DEFAULT_TPUT, FALLBACK_INUSE };
export type { BufferPicture, DebloatView, NetworkView, TmGroup };

/** Periods replayed to find the size in force: growth from 1 KiB (2.0+) settles within ~100. */
const SETTLE_PERIODS = 600;

const PATTERNS: readonly string[] = PATTERN_NAMES;

function toModelJob(d: JobDraft, slots: number): JobDescription {
  return {
    vertices: d.vertices,
    edges: d.edges.map((e): JobEdge => ({
      from: e.from,
      to: e.to,
      pattern: PATTERNS.includes(e.pattern) ? (e.pattern as JobEdge['pattern']) : 'all-to-all',
      partitionType: isPartitionType(e.partitionType) ? e.partitionType : 'PIPELINED_BOUNDED',
    })),
    slotsPerTm: slots,
  };
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
    const steps = simulateDebloat(
      Array.from({ length: SETTLE_PERIODS }, () => ({ throughput: Number(tput.bytes), buffersInUse: inuse })),
      settings,
      available ? s.v : '1.14',
    );
    let last = -1;
    steps.forEach((x, i) => {
      if (x.announced) last = i;
    });
    fig = {
      throughput: tput.bytes,
      buffersInUse: inuse,
      desired,
      perBuffer: BigInt(
        targetBufferSize(
          Number(tput.bytes),
          inuse,
          { ...settings, minSegmentSize: 0, maxSegmentSize: Number.MAX_SAFE_INTEGER },
          available ? s.v : '1.14',
        ),
      ),
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

/** Groups neighbouring TaskManagers whose figures are all equal. */
export function groupTms(tms: readonly TmEstimate[]): TmGroup[] {
  const out: TmGroup[] = [];
  for (const x of tms) {
    const last = out.at(-1);
    if (
      last &&
      last.to === x.tm - 1 &&
      last.subtasks === x.subtasks &&
      last.required === x.required &&
      last.target === x.target &&
      last.overdraft === x.overdraft &&
      last.announced === x.announced
    ) {
      last.to = x.tm;
    } else {
      const { tm, subtasks, required, target, overdraft, announced } = x;
      out.push({ from: tm, to: tm, subtasks, required, target, overdraft, announced });
    }
  }
  return out;
}

/** The busiest TaskManager's buffers against what it has, as shares of the largest of them. */
export function bufferPicture(available: number, required: number, wanted: number | null): BufferPicture {
  const scale = Math.max(available, required, wanted ?? 0, 1);
  const pct = (n: number) => Math.round((n / scale) * 1000) / 10;
  return {
    available,
    required,
    wanted,
    scale,
    pct: { available: pct(available), required: pct(required), wanted: wanted === null ? null : pct(wanted) },
    short: required > available,
  };
}

export function computeNetwork(s: CalcState): WithHuman<NetworkView> {
  const failed: NetworkView['failed'][number][] = [];
  /** One step; a step that throws is named in `failed` and the others go on. */
  const step = <T>(name: NetworkView['failed'][number], body: () => T, fallback: T): T => {
    try {
      return body();
    } catch {
      failed.push(name);
      return fallback;
    }
  };
  const job = decodeJob(s.extras['job']) ?? DEFAULT_JOB;
  const slots = parseCount(s.extras['slots'] ?? '4', 1, 100000);
  const mode = s.mode === 'local' ? 'standalone' : s.mode;
  const opts = { version: s.v, mode } as const;
  const modelJob = slots === null ? null : toModelJob(job, slots);
  const estimate = step('estimate', () => (modelJob === null ? null : estimateJobOnTm(modelJob, s.config, opts)), null);
  const advice = step(
    'advice',
    () =>
      modelJob === null || estimate === null
        ? undefined
        : estimate.ok
          ? estimate.value.verdict.ok
            ? undefined
            : networkFixesFor(modelJob, s.config, opts, estimate)
          : estimate.error
            ? fixesFor('taskmanager', s.config, opts)
            : undefined,
    undefined,
  );
  const P = parseCount(s.extras['P'] ?? '4', 1, 10000);
  const B = parseCount(s.extras['B'] ?? '2', 0, 10000);
  const F = parseCount(s.extras['F'] ?? '8', 0, 10000);
  const rot = step('rot', () => (P !== null && B !== null && F !== null ? compareRuleOfThumb(P, B, F, s.v) : null), null);
  const net = estimate?.ok ? [BigInt(estimate.value.network.networkBufferSize)] : [];
  const gate = estimate?.ok ? estimate.value.edges[0]?.gate.target : undefined;
  const debloat = step('debloat', () => computeDebloat(s, gate !== undefined && gate >= 1 ? gate : FALLBACK_INUSE), null);
  const f = debloat?.fig;
  const est = estimate?.ok ? estimate.value : null;
  const view: NetworkView = {
    estimate,
    tmGroups: est ? groupTms(est.tms) : [],
    // A wanted count of Integer.MAX_VALUE means an unbounded pool, like null.
    picture: est
      ? bufferPicture(
          est.numNetworkBuffers,
          est.requiredPerTm,
          est.targetPerTm === null || est.targetPerTm >= 2147483647 ? null : est.targetPerTm,
        )
      : null,
    rot,
    debloat,
    advice,
    failed,
  };
  return withHuman(view, f ? [...net, f.target, f.inFlight, f.announced] : net);
}

export { computeNetwork as compute };
