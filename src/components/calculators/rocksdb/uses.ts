/** Managed-memory use cases in the RocksDB calculator's link (`uses=`), in Flink's order (the model's `USE_CASES`). */

export const USE_CASE_NAMES = ['OPERATOR', 'STATE_BACKEND', 'PYTHON'] as const;
export type UseCaseName = (typeof USE_CASE_NAMES)[number];

/** Use cases present in the slot (`uses` in the link); default: the state backend only. */
export function parseUses(s: string | undefined): UseCaseName[] {
  if (s === undefined) return ['STATE_BACKEND'];
  return USE_CASE_NAMES.filter((u) => s.split(',').includes(u));
}
