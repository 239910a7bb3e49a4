/** One line of `tests/fixtures/flink/**.jsonl` (the `expected` field is ignored by `conform`). */
export interface VectorCase {
  id: string;
  flinkVersion: string;
  kind: string;
  mode?: string;
  config?: Record<string, string>;
  [field: string]: unknown;
}

/** Computes the `actual` object for one case: the same fields `expected` would have. */
export type ConformHandler = (c: VectorCase) => Record<string, unknown>;
