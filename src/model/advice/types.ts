/**
 * A fix: option changes the model re-derived and found accepted by Flink (and the problem gone),
 * plus the reason, as an id and data for the words in `src/i18n/advice.ts`.
 */

/** Why a fix is offered; selects its en/zh text. */
export type FixId =
  /** The smallest total (process or Flink) size Flink accepts, found by re-deriving. */
  | 'raise-total'
  /** A smaller value of a fixed component (task heap, managed, …) that Flink accepts. */
  | 'lower-size'
  /** A larger value of a component or limit (e.g. jvm-overhead.max) that Flink accepts. */
  | 'raise-size'
  /** Back to Flink's default for the version (the value could not be read or is out of range). */
  | 'reset-default'
  /** A plain value that Flink accepts (e.g. one CPU core per slot). */
  | 'set-value'
  /** No total is set: a starting point Flink accepts. */
  | 'set-total'
  /** Network: the smallest process size whose network memory holds every buffer the job needs. */
  | 'network.raise-process'
  /** Network: pin network memory (min = max) to what the job needs. */
  | 'network.pin-network'
  /** Network: raise network.max (and min if needed) so the fraction yields enough buffers. */
  | 'network.raise-fraction'
  /** Network (1.x): fewer exclusive buffers per channel; costs throughput (0 = floating only). */
  | 'network.lower-buffers-per-channel';

export interface Fix {
  /** Option changes to apply on top of the same input (keys are Flink's, values as Flink parses them). */
  set: Readonly<Record<string, string>>;
  id: FixId;
  /** Values the text quotes: `key`, `value`, `from`, `needed`, … (all strings). */
  data: Readonly<Record<string, string>>;
}

/** Fixes, or why none: `none` explains that no single change fixes it (the reader needs the calculator). */
export interface Advice {
  fixes: Fix[];
  /** True when the model tried single changes and none made Flink accept the configuration. */
  noSingleFix: boolean;
}
