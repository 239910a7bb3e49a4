/** RocksDB calculator: state → managed memory per slot, consumer shares, RocksDB's split. */
import { deriveTaskManager } from '~/model/taskmanager';
import { managedPerSlot, slotShares, stateBackendUsesManagedMemory, type ManagedUseCase } from '~/model/managed';
import { rocksDbSlot, unmanagedUpperBound } from '~/model/rocksdb';
import type { FlinkError, LogEntry } from '~/model/types';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';
import { parseUses } from './uses';

export { durationProblem, sizeProblem } from '../kit/human';

export type RocksDbView =
  | { ok: false; error: FlinkError; log: LogEntry[] }
  | {
      ok: true;
      log: LogEntry[];
      managed: bigint;
      slots: number;
      perSlot: bigint;
      shares: { useCase: ManagedUseCase; fraction: number; bytes: bigint }[];
      sbUses: boolean;
      rocks: Extract<ReturnType<typeof rocksDbSlot>, { ok: true }>['value'] | null;
      /** The docs' rough bound per state and slot when RocksDB is unbounded. */
      unmanagedPerState: bigint;
      /** Cache capacity minus the write buffers and the high-priority pool charged into it (≥ 0). */
      blockCacheRest: bigint;
      /** RocksDB's share minus the cache capacity: outside the cache (≥ 0). */
      cacheHeadroom: bigint;
    };

export function computeRocksDb(s: CalcState): WithHuman<RocksDbView> {
  return withHuman(rocksDbView(s));
}

function rocksDbView(s: CalcState): RocksDbView {
  const uses = parseUses(s.extras['uses']);
  const tm = deriveTaskManager(s.config, { version: s.v, mode: s.mode });
  if (!tm.ok) return { ok: false, error: tm.error, log: tm.log };
  const perSlot = managedPerSlot(tm.managed, tm.numSlots);
  const sbUses = stateBackendUsesManagedMemory(s.config);
  const shares = slotShares(perSlot, uses, s.config, sbUses, s.v);
  if (!shares.ok) return { ok: false, error: shares.error, log: tm.log };
  let rocks = null;
  if (sbUses && uses.includes('STATE_BACKEND')) {
    const f = shares.value.find((x) => x.useCase === 'STATE_BACKEND')?.fraction ?? 0;
    const r = rocksDbSlot({
      config: s.config,
      tmConfig: s.config,
      slotManagedMemory: perSlot,
      memoryFraction: f,
      slotsPerTm: tm.numSlots,
      version: s.v,
    });
    if (!r.ok) return { ok: false, error: r.error, log: tm.log };
    rocks = r.value;
  }
  return {
    ok: true,
    log: [...tm.log, ...(rocks?.log ?? [])],
    managed: tm.managed,
    slots: tm.numSlots,
    perSlot,
    shares: shares.value,
    sbUses,
    rocks,
    unmanagedPerState: unmanagedUpperBound(1, 1) ?? 0n,
    blockCacheRest: rocks?.shared
      ? nonNegative(rocks.shared.cacheCapacity - rocks.shared.writeBufferManagerCapacity - (rocks.highPriorityPool ?? 0n))
      : 0n,
    cacheHeadroom: rocks?.shared ? nonNegative(rocks.shared.size - rocks.shared.cacheCapacity) : 0n,
  };
}

function nonNegative(b: bigint): bigint {
  return b > 0n ? b : 0n;
}

export { computeRocksDb as compute };
