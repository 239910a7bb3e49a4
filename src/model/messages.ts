/**
 * Ids of every distinct Flink message (exception or log line) the model produces. The words
 * (title, explanation, fix) live in `src/i18n/explanations.ts`, keyed by these ids.
 */
export const MESSAGE_IDS = [
  // Refusals: TaskManager.
  'tm.none-configured',
  'tm.sum-heap-exceeds',
  'tm.sum-network-exceeds',
  'tm.network-rest-inconsistent',
  'tm.network-out-of-range',
  'tm.network-legacy-mismatch',
  'tm.cpu-not-positive',
  'tm.segment-size-too-small',
  'tm.segment-size-not-power-of-2',
  'tm.legacy-heap-negative-mb',
  'local.network-min-max-mismatch',
  'resource.negative',
  'tm.slots-not-positive',
  // Refusals: JobManager.
  'jm.none-configured',
  'jm.heap-offheap-mismatch',
  'jm.heap-exceeds-flink',
  'jm.flink-not-above-offheap',
  'jm10.cutoff-ratio',
  'jm10.cutoff-min',
  // Refusals: both processes.
  'process.metaspace-overhead-exceed',
  'process.less-than-flink-metaspace',
  'process.overhead-out-of-range',
  'range.inconsistent',
  'config.cannot-read-memory',
  'config.parse-value',
  'arith.long-overflow',
  'arith.negative-size',
  'arith.negative-multiplier',
  'arith.not-finite',
  'arith.bigdecimal-not-a-number',
  'arith.divide-by-zero',
  'java.downcast',
  'internal.error',
  // MemorySize.parse.
  'memorysize.empty',
  'memorysize.not-a-number',
  'memorysize.number-overflow',
  'memorysize.bytes-overflow',
  'memorysize.unit',
  // Log lines.
  'log.fraction-capped-max',
  'log.fraction-capped-min',
  'log.overhead-fraction-mismatch',
  'log.network-fraction-mismatch',
  'log.legacy-heap-used',
  'log.deprecated-key',
  'log.jm-offheap-derived',
  'log.jm-heap-below-min',
  'log.local-option-filled',
  'log.local-option-no-effect',
  'log.external-resource-skipped',
] as const;

export type MessageId = (typeof MESSAGE_IDS)[number];

export function isMessageId(s: string): s is MessageId {
  return (MESSAGE_IDS as readonly string[]).includes(s);
}
