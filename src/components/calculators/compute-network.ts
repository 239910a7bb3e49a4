/** Network calculator: state (TM config + job in the link) → estimate and rule of thumb. */
import { estimateJobOnTm, type JobOnTmResult } from '~/model/network/tm';
import type { JobDescription, JobEdge } from '~/model/network/job';
import { isPartitionType } from '~/model/network/pools';
import { compareRuleOfThumb } from '~/model/network/rule-of-thumb';
import type { CalcState } from './useCalcState';
import { withHuman, type WithHuman } from './human';

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

export interface NetworkView {
  estimate: JobOnTmResult | null;
  rot: ReturnType<typeof compareRuleOfThumb> | null;
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
  return withHuman({ estimate, rot }, net);
}
