/**
 * A rough heap estimate for the HashMap (heap) state backend. Flink documents no per-entry cost
 * (network-and-managed.md §7), so this is an ESTIMATE: every assumption is data below, shown next
 * to the result, and the result is a range, not a figure Flink computes.
 */

/** The assumptions, as data (bytes; 64-bit JVM with compressed oops). */
export const HEAP_STATE_ASSUMPTIONS = {
  /** `CopyOnWriteStateMap.StateMapEntry`: header + key/namespace/state/next refs + hash + 2 versions. */
  entryObjectBytes: 40,
  /** Bucket array slot per entry at the 0.75 load factor (4-byte refs / 0.75). */
  tableSlotBytes: 6,
  /** Java objects vs serialized bytes (headers, boxing, padding, references): low / typical / high. */
  objectFactor: { low: 1.5, typical: 3, high: 6 },
  /** Extra copies kept alive while an asynchronous snapshot runs (copy-on-write), as a share of state. */
  snapshotCopyShare: { low: 0, typical: 0.25, high: 1 },
} as const;

export interface HeapStateInput {
  /** Keyed entries across all states of one TaskManager (keys × namespaces, e.g. windows). */
  entries: number;
  /** Average serialized key size in bytes. */
  keyBytes: number;
  /** Average serialized value size in bytes (for list/map state: the whole list/map). */
  valueBytes: number;
}

export interface HeapStateEstimate {
  low: bigint;
  typical: bigint;
  high: bigint;
  /** Always true: this is an estimate, not a Flink figure. */
  estimate: true;
  assumptions: typeof HEAP_STATE_ASSUMPTIONS;
}

export type HeapStateResult =
  { ok: true; value: HeapStateEstimate } | { ok: false; error: { id: 'heapState.badInput'; params: Record<string, string> } };

/** Estimated task heap taken by heap state (low / typical / high). */
export function estimateHeapState(i: HeapStateInput): HeapStateResult {
  for (const [name, v] of Object.entries(i)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1e15) {
      return { ok: false, error: { id: 'heapState.badInput', params: { name, value: String(v) } } };
    }
  }
  const A = HEAP_STATE_ASSUMPTIONS;
  const at = (k: 'low' | 'typical' | 'high'): bigint => {
    const perEntry = A.entryObjectBytes + A.tableSlotBytes + (i.keyBytes + i.valueBytes) * A.objectFactor[k];
    return BigInt(Math.ceil(i.entries * perEntry * (1 + A.snapshotCopyShare[k])));
  };
  return { ok: true, value: { low: at('low'), typical: at('typical'), high: at('high'), estimate: true, assumptions: A } };
}
