/**
 * The article's two other rules of thumb, computed exactly as written, beside what Flink does:
 *   Budget_JM = TotalMemory / Parallelism × Parallelism_JM   (vs the JobManager memory model)
 *   StateSize = TotalMemory / Parallelism × StateMemoryBudget (vs managed memory per slot, the
 *               STATE_BACKEND share and RocksDB's cache / write-buffer split)
 * "As written" means left to right on whole bytes: (TotalMemory / Parallelism) truncated, then ×.
 * Explanations: `rot.jmBudget`, `rot.stateSize` in `src/i18n/explanations-network.ts`.
 */
import type { ConfigMap, FlinkError, FlinkVersion } from './types';
import { NEWEST_VERSION } from './types';
import { deriveJobManager } from './jobmanager';
import { deriveTaskManager } from './taskmanager';
import { convertToFractionOfSlot, managedPerSlot, type ManagedUseCase } from './managed';
import { rocksDbSlot } from './rocksdb';

export type RuleInputError = { id: 'rot.badInput'; params: Record<string, string> };

function positive(name: string, v: number, allowZero = false): RuleInputError | undefined {
  if (!Number.isFinite(v) || v < (allowZero ? 0 : 1e-12) || v > 1e12)
    return { id: 'rot.badInput', params: { name, value: String(v) } };
  return undefined;
}

export interface JmBudgetComparison {
  /** TotalMemory / Parallelism × Parallelism_JM, as written. */
  formula: bigint;
  /** What Flink derives for the JobManager from `jmConfig` (default: the shipped 1600m). */
  flink: { totalProcess: bigint; jvmHeap: bigint; offHeap: bigint; jvmMetaspace: bigint; jvmOverhead: bigint } | null;
  flinkError: FlinkError | null;
  reason: 'rot.jmBudget';
}

/** Budget_JM as written, beside Flink's JobManager model for `jmConfig`. */
export function compareJmBudget(
  totalMemory: bigint,
  parallelism: number,
  parallelismJm: number,
  jmConfig: ConfigMap = { 'jobmanager.memory.process.size': '1600m' },
  version: FlinkVersion = NEWEST_VERSION,
): { ok: true; value: JmBudgetComparison } | { ok: false; error: RuleInputError } {
  const e = positive('Parallelism', parallelism) ?? positive('Parallelism_JM', parallelismJm, true);
  if (e || !Number.isInteger(parallelism) || totalMemory < 0n)
    return { ok: false, error: e ?? { id: 'rot.badInput', params: { name: 'Parallelism', value: String(parallelism) } } };
  const formula = BigInt(Math.floor(Number(totalMemory / BigInt(parallelism)) * parallelismJm));
  const jm = deriveJobManager(jmConfig, { version });
  return {
    ok: true,
    value: {
      formula,
      flink: jm.ok
        ? {
            totalProcess: jm.totalProcess,
            jvmHeap: jm.jvmHeap,
            offHeap: jm.offHeap,
            jvmMetaspace: jm.jvmMetaspace,
            jvmOverhead: jm.jvmOverhead,
          }
        : null,
      flinkError: jm.ok ? null : jm.error,
      reason: 'rot.jmBudget',
    },
  };
}

export interface StateSizeComparison {
  /** TotalMemory / Parallelism × StateMemoryBudget, as written. */
  formula: bigint;
  /** Flink, per slot, for the TaskManager `tmConfig`. */
  flink: {
    managedPerSlot: bigint;
    stateBackendFraction: number;
    /** RocksDB's budget in the slot (managed × STATE_BACKEND fraction). */
    rocksDbBudget: bigint;
    blockCache: bigint;
    writeBufferManager: bigint;
    /** HashMap backend: task heap of the whole TaskManager, shared by all slots (no per-slot limit). */
    taskHeapShared: bigint;
    slots: number;
  } | null;
  flinkError: FlinkError | null;
  reason: 'rot.stateSize';
}

/**
 * StateSize as written, beside what RocksDB really gets per slot on the TaskManager `tmConfig`
 * with the consumers `useCases` sharing the slot (default: RocksDB alone).
 */
export function compareStateSize(
  totalMemory: bigint,
  parallelism: number,
  stateMemoryBudget: number,
  tmConfig: ConfigMap = { 'taskmanager.memory.process.size': '1728m' },
  useCases: readonly ManagedUseCase[] = ['STATE_BACKEND'],
  version: FlinkVersion = NEWEST_VERSION,
): { ok: true; value: StateSizeComparison } | { ok: false; error: RuleInputError } {
  const e = positive('Parallelism', parallelism) ?? positive('StateMemoryBudget', stateMemoryBudget, true);
  if (e || !Number.isInteger(parallelism) || totalMemory < 0n)
    return { ok: false, error: e ?? { id: 'rot.badInput', params: { name: 'Parallelism', value: String(parallelism) } } };
  const formula = BigInt(Math.floor(Number(totalMemory / BigInt(parallelism)) * stateMemoryBudget));
  const tm = deriveTaskManager(tmConfig, { version });
  if (!tm.ok) return { ok: true, value: { formula, flink: null, flinkError: tm.error, reason: 'rot.stateSize' } };
  const slot = managedPerSlot(tm.managed, tm.numSlots);
  const f = convertToFractionOfSlot({
    useCase: 'STATE_BACKEND',
    fractionOfUseCase: 1,
    allUseCases: useCases,
    clusterConfig: tmConfig,
    stateBackendUsesManagedMemory: true,
    version,
  });
  if (!f.ok) return { ok: true, value: { formula, flink: null, flinkError: f.error, reason: 'rot.stateSize' } };
  const r =
    f.value > 0
      ? rocksDbSlot({
          config: tmConfig,
          tmConfig,
          slotManagedMemory: slot,
          memoryFraction: f.value,
          slotsPerTm: tm.numSlots,
          version,
        })
      : null;
  if (r && !r.ok) return { ok: true, value: { formula, flink: null, flinkError: r.error, reason: 'rot.stateSize' } };
  const shared = r?.value.shared ?? null;
  return {
    ok: true,
    value: {
      formula,
      flink: {
        managedPerSlot: slot,
        stateBackendFraction: f.value,
        rocksDbBudget: shared?.size ?? 0n,
        blockCache: shared?.cacheCapacity ?? 0n,
        writeBufferManager: shared?.writeBufferManagerCapacity ?? 0n,
        taskHeapShared: tm.taskHeap,
        slots: tm.numSlots,
      },
      flinkError: null,
      reason: 'rot.stateSize',
    },
  };
}
