/**
 * The popular formula T = P × (B + F) (P parallelism, B buffers per channel, F floating buffers
 * per gate; the article's example P=4, B=32, F=64 gives 384), computed exactly as the article
 * states it, beside what Flink really reserves (required), lets its pools grow to (target), adds
 * as overdraft, and announces for fine-grained resource management, for the same job: one
 * all-to-all shuffle between two vertices of parallelism P. Facts: network-and-managed.md §4.
 */
import type { FlinkVersion } from '../types';
import { atLeast } from '../version';
import { estimateJob, singleShuffleJob, type TmNetwork } from './job';

/** Why the formula and Flink differ (texts in `src/i18n/explanations-network.ts`). */
export type RuleOfThumbReason =
  | 'rot.floatingPerGate'
  | 'rot.outputSideMissing'
  | 'rot.localChannelsNoExclusive'
  | 'rot.minVersusMax'
  | 'rot.quadraticScaling'
  | 'rot.notDefaults'
  | 'rot.hardCodedIn2';

export interface FlinkFigures {
  /** Which scenario: the article's values, Flink's defaults, spread over 2 TMs, 2.x reality. */
  scenario: 'articleValues' | 'defaults' | 'twoTaskManagers' | 'flink2';
  version: FlinkVersion;
  buffersPerChannel: number;
  floatingBuffersPerGate: number;
  taskManagers: number;
  /** Per TaskManager (the busiest one). */
  required: number;
  target: number;
  overdraft: number;
  announced: number | null;
}

export interface RuleOfThumbComparison {
  P: number;
  B: number;
  F: number;
  /** P × (B + F), as the article computes it. */
  formula: number;
  /** formula × segment size. */
  formulaBytes: bigint;
  segmentSize: number;
  rows: FlinkFigures[];
  reasons: RuleOfThumbReason[];
}

/** Input problems, by id (never a crash or NaN on the page). */
export type RuleOfThumbInputError = { id: 'rot.badInput'; params: Record<string, string> };

function tmFor(b: number, f: number, version: FlinkVersion, segmentSize: number): TmNetwork {
  return {
    // Large enough that no reservation fails: the comparison is about sizes, not the verdict.
    numNetworkBuffers: 2147483647,
    networkBufferSize: segmentSize,
    buffersPerChannel: b,
    floatingBuffersPerGate: f,
    maxRequiredBuffersPerGate: null,
    sortShuffleMinParallelism: atLeast(version, '1.15') ? 1 : 2147483647,
    sortShuffleMinBuffers: atLeast(version, '1.15') ? 512 : 64,
    maxOverdraftBuffersPerGate: atLeast(version, '2.0') ? 20 : atLeast(version, '1.16') ? 5 : null,
  };
}

function figures(
  scenario: FlinkFigures['scenario'],
  P: number,
  b: number,
  f: number,
  tms: number,
  version: FlinkVersion,
  segmentSize: number,
): FlinkFigures | undefined {
  const r = estimateJob(singleShuffleJob(P, tms), tmFor(b, f, version, segmentSize), version);
  if (!r.ok) return undefined;
  return {
    scenario,
    version,
    buffersPerChannel: b,
    floatingBuffersPerGate: f,
    taskManagers: r.value.numTms,
    required: r.value.requiredPerTm,
    target: r.value.targetPerTm ?? 0,
    overdraft: r.value.overdraftPerTm,
    announced: r.value.announcedPerTm,
  };
}

/**
 * Computes T = P × (B + F) and Flink's real figures for the same job (1 TaskManager with P slots;
 * plus the same job over 2 TaskManagers to show remote channels). `version` (default 1.20, the
 * last where B and F can be configured) is used for the article-values and defaults rows.
 */
export function compareRuleOfThumb(
  P: number,
  B: number,
  F: number,
  version: FlinkVersion = '1.20',
  segmentSize = 32768,
): { ok: true; value: RuleOfThumbComparison } | { ok: false; error: RuleOfThumbInputError } {
  for (const [name, v, min] of [
    ['P', P, 1],
    ['B', B, 0],
    ['F', F, 0],
  ] as const) {
    if (!Number.isInteger(v) || v < min || v > 10_000) {
      return { ok: false, error: { id: 'rot.badInput', params: { name, value: String(v) } } };
    }
  }
  const formula = P * (B + F);
  const v1 = atLeast(version, '2.0') ? '1.20' : version;
  const rows: FlinkFigures[] = [];
  const push = (x: FlinkFigures | undefined): void => {
    if (x) rows.push(x);
  };
  push(figures('articleValues', P, B, F, 1, v1, segmentSize));
  push(figures('defaults', P, 2, 8, 1, v1, segmentSize));
  if (P >= 2) push(figures('twoTaskManagers', P, 2, 8, 2, v1, segmentSize));
  push(figures('flink2', P, 2, 8, 1, atLeast(version, '2.0') ? version : '2.0', segmentSize));
  const reasons: RuleOfThumbReason[] = [
    'rot.floatingPerGate',
    'rot.outputSideMissing',
    'rot.localChannelsNoExclusive',
    'rot.minVersusMax',
    'rot.quadraticScaling',
  ];
  if (B !== 2 || F !== 8) reasons.push('rot.notDefaults');
  reasons.push('rot.hardCodedIn2');
  return {
    ok: true,
    value: { P, B, F, formula, formulaBytes: BigInt(formula) * BigInt(segmentSize), segmentSize, rows, reasons },
  };
}
