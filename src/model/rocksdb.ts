/**
 * RocksDB memory as Flink bounds it: the shared block cache and write buffer manager per slot
 * (managed memory or `fixed-per-slot`) or per TaskManager (`fixed-per-tm`), the high-priority
 * pool, the ratio validation (setters vs the config path), the arena-block warning, the factory
 * choice, and the docs' upper bound for unmanaged RocksDB. Formulas (`RocksDBMemoryControllerUtils`)
 * are Java double arithmetic truncated to long, reproduced bit for bit (`2 × total` wraps as a
 * long). Facts: network-and-managed.md §6, oracle-findings.md "RocksDB memory" 12–16.
 */
import type { ConfigMap, FlinkError, FlinkVersion, LogEntry } from './types';
import { atLeast } from './version';
import {
  couldNotParse,
  d2l,
  fail,
  javaDouble,
  l2d,
  lmul,
  ok,
  parseJavaDouble,
  parseSizeJava,
  refusal,
  type Result,
} from './network/java';

export const ROCKSDB_KEY = {
  managed: 'state.backend.rocksdb.memory.managed',
  fixedPerSlot: 'state.backend.rocksdb.memory.fixed-per-slot',
  fixedPerTm: 'state.backend.rocksdb.memory.fixed-per-tm',
  writeBufferRatio: 'state.backend.rocksdb.memory.write-buffer-ratio',
  highPrioPoolRatio: 'state.backend.rocksdb.memory.high-prio-pool-ratio',
  partitionedIndexFilters: 'state.backend.rocksdb.memory.partitioned-index-filters',
  writeBufferSize: 'state.backend.rocksdb.writebuffer.size',
  writeBufferCount: 'state.backend.rocksdb.writebuffer.count',
  blockCacheSize: 'state.backend.rocksdb.block.cache-size',
} as const;

/** `RocksDBMemoryControllerUtils.calculateActualCacheCapacity`: `(long)((3 − r) · T / 3)`. */
export function cacheCapacity(total: bigint, writeBufferRatio: number): bigint {
  return d2l(((3 - writeBufferRatio) * l2d(total)) / 3);
}

/** `calculateWriteBufferManagerCapacity`: `(long)(2 · T · r / 3)` with `2 · T` a wrapping long. */
export function writeBufferManagerCapacity(total: bigint, writeBufferRatio: number): bigint {
  return d2l((l2d(lmul(2n, total)) * writeBufferRatio) / 3);
}

/** `calculateRocksDBDefaultArenaBlockSize`: write buffer size / 8, aligned up to 4 KiB (long arithmetic). */
export function defaultArenaBlockSize(writeBufferSize: bigint): bigint {
  const arena = writeBufferSize / 8n;
  return BigInt.asIntN(64, (BigInt.asIntN(64, arena + 4095n) / 4096n) * 4096n);
}

/** `calculateRocksDBMutableLimit`: `bufferSize · 7 / 8` (wrapping long). */
export function mutableLimit(bufferSize: bigint): bigint {
  return lmul(bufferSize, 7n) / 8n;
}

/** `validateArenaBlockSize`: `arena ≤ mutableLimit`. */
export function validateArenaBlockSize(arenaBlockSize: bigint, limit: bigint): boolean {
  return arenaBlockSize <= limit;
}

/** What `allocateRocksDBSharedResources` builds for a budget T. */
export interface SharedResources {
  size: bigint;
  cacheCapacity: bigint;
  highPriorityPoolRatio: number;
  writeBufferManagerCapacity: bigint;
  usingPartitionedIndexFilters: boolean;
}

export function sharedResources(total: bigint, r: number, hp: number, partitioned: boolean): SharedResources {
  return {
    size: total,
    cacheCapacity: cacheCapacity(total, r),
    highPriorityPoolRatio: hp,
    writeBufferManagerCapacity: writeBufferManagerCapacity(total, r),
    usingPartitionedIndexFilters: partitioned,
  };
}

/** `RocksDBMemoryConfiguration` after `fromOtherAndConfiguration` (getters' view). */
export interface RocksDbMemoryConfiguration {
  usingManagedMemory: boolean;
  usingFixedMemoryPerSlot: boolean;
  fixedMemoryPerSlot: bigint | null;
  writeBufferRatio: number;
  highPriorityPoolRatio: number;
  usingPartitionedIndexFilters: boolean;
}

/** Programmatic setters on `EmbeddedRocksDBStateBackend.getMemoryConfiguration()`, applied in order. */
export interface RocksDbSetters {
  useManagedMemory?: boolean;
  fixedMemoryPerSlot?: string;
  writeBufferRatio?: number;
  highPriorityPoolRatio?: number;
  usePartitionedIndexFilters?: boolean;
}

export type SharedResourcesFactory = 'SLOT_SHARED_MANAGED' | 'SLOT_SHARED_UNMANAGED' | 'TM_SHARED_UNMANAGED';

function readDouble(config: ConfigMap, key: string, dflt: number): Result<number> {
  const raw = config[key];
  if (raw === undefined) return ok(dflt);
  const v = parseJavaDouble(raw);
  if (v === undefined) {
    return fail(couldNotParse(key, raw, { className: 'NumberFormatException', message: `For input string: "${raw}"` }));
  }
  return ok(v);
}
function readBool(config: ConfigMap, key: string, dflt: boolean): Result<boolean> {
  const raw = config[key];
  if (raw === undefined) return ok(dflt);
  const t = raw.trim().toLowerCase();
  if (t === 'true' || t === 'false') return ok(t === 'true');
  return fail(
    couldNotParse(key, raw, {
      className: 'IllegalArgumentException',
      message: `Unrecognized option for boolean: ${raw}. Expected either true or false(case insensitive)`,
    }),
  );
}
function readSize(config: ConfigMap, key: string): Result<bigint | null> {
  const raw = config[key];
  if (raw === undefined) return ok(null);
  const p = parseSizeJava(raw);
  if (!p.ok) return fail(couldNotParse(key, raw, p.cause));
  return ok(p.bytes);
}

function ratioSetterCheck(name: string, v: number): FlinkError | undefined {
  if (v > 0 && v < 1) return undefined;
  return refusal('IllegalArgumentException', `${name} ${javaDouble(v)} must be in (0, 1)`, 'rocksdb.setterRatioRange', {
    params: { name, value: javaDouble(v) },
  });
}

/**
 * The memory configuration RocksDB runs with: setters first (they check ranges), then the job
 * configuration for what the setters left unset (no range check), then `validate()` (the combined
 * ratio check that always runs). Never throws.
 */
export function rocksDbMemoryConfiguration(config: ConfigMap, setters: RocksDbSetters = {}): Result<RocksDbMemoryConfiguration> {
  let fixed: bigint | null | undefined;
  for (const key of Object.keys(setters) as (keyof RocksDbSetters)[]) {
    if (key === 'fixedMemoryPerSlot' && setters.fixedMemoryPerSlot !== undefined) {
      const p = parseSizeJava(setters.fixedMemoryPerSlot);
      if (!p.ok) return fail(refusal(p.cause.className, p.cause.message, 'rocksdb.setterFixedParse'));
      if (p.bytes <= 0n)
        return fail(refusal('IllegalArgumentException', 'Total memory per slot must be > 0', 'rocksdb.setterFixedNotPositive'));
      fixed = p.bytes;
    }
    if (key === 'writeBufferRatio' && setters.writeBufferRatio !== undefined) {
      const e = ratioSetterCheck('Write Buffer ratio', setters.writeBufferRatio);
      if (e) return fail(e);
    }
    if (key === 'highPriorityPoolRatio' && setters.highPriorityPoolRatio !== undefined) {
      const e = ratioSetterCheck('High priority pool ratio', setters.highPriorityPoolRatio);
      if (e) return fail(e);
    }
  }
  const managed =
    setters.useManagedMemory !== undefined ? ok(setters.useManagedMemory) : readBool(config, ROCKSDB_KEY.managed, true);
  if (!managed.ok) return managed;
  const fixedR = fixed !== undefined ? ok(fixed) : readSize(config, ROCKSDB_KEY.fixedPerSlot);
  if (!fixedR.ok) return fixedR;
  const r =
    setters.writeBufferRatio !== undefined ? ok(setters.writeBufferRatio) : readDouble(config, ROCKSDB_KEY.writeBufferRatio, 0.5);
  if (!r.ok) return r;
  const hp =
    setters.highPriorityPoolRatio !== undefined
      ? ok(setters.highPriorityPoolRatio)
      : readDouble(config, ROCKSDB_KEY.highPrioPoolRatio, 0.1);
  if (!hp.ok) return hp;
  const pif =
    setters.usePartitionedIndexFilters !== undefined
      ? ok(setters.usePartitionedIndexFilters)
      : readBool(config, ROCKSDB_KEY.partitionedIndexFilters, false);
  if (!pif.ok) return pif;
  // validate(): the WBM's share of the cache plus the high-priority pool must stay below 1.
  if ((2 * r.value) / (3 - r.value) + hp.value >= 1.0) {
    return fail(
      refusal(
        'IllegalArgumentException',
        `Invalid configuration: writeBufferRatio ${javaDouble(r.value)} with highPriPoolRatio ${javaDouble(hp.value)}`,
        'rocksdb.invalidRatios',
        {
          params: { writeBufferRatio: javaDouble(r.value), highPriPoolRatio: javaDouble(hp.value) },
          keys: [ROCKSDB_KEY.writeBufferRatio, ROCKSDB_KEY.highPrioPoolRatio],
        },
      ),
    );
  }
  return ok({
    usingManagedMemory: managed.value,
    usingFixedMemoryPerSlot: fixedR.value !== null,
    fixedMemoryPerSlot: fixedR.value,
    writeBufferRatio: r.value,
    highPriorityPoolRatio: hp.value,
    usingPartitionedIndexFilters: pif.value,
  });
}

/** `RocksDBSharedResourcesFactory.from`: fixed-per-slot → managed → fixed-per-tm (1.17+) → none. */
export function sharedResourcesFactory(
  mc: RocksDbMemoryConfiguration,
  tmConfig: ConfigMap,
  version: FlinkVersion = '2.0',
): Result<SharedResourcesFactory | null> {
  if (mc.usingFixedMemoryPerSlot) return ok('SLOT_SHARED_UNMANAGED');
  if (mc.usingManagedMemory) return ok('SLOT_SHARED_MANAGED');
  if (atLeast(version, '1.17')) {
    const t = readSize(tmConfig, ROCKSDB_KEY.fixedPerTm);
    if (!t.ok) return t;
    if (t.value !== null && t.value > 0n) return ok('TM_SHARED_UNMANAGED');
  }
  return ok(null);
}

/** `MemoryManager.computeMemorySize(fraction)` with its checks: `floor(slot × fraction)`. */
export function computeMemorySize(slotManaged: bigint, fraction: number): Result<bigint> {
  if (fraction === 0) {
    return fail(
      refusal(
        'IllegalArgumentException',
        'The fraction of memory to allocate should not be 0. Please make sure that all types of managed memory consumers contained in the job are configured with a non-negative weight via `taskmanager.memory.managed.consumer-weights`.',
        'managed.fractionZero',
        { keys: ['taskmanager.memory.managed.consumer-weights'] },
      ),
    );
  }
  if (!(fraction > 0 && fraction <= 1)) {
    return fail(
      refusal(
        'IllegalArgumentException',
        `The fraction of memory to allocate must within (0, 1], was: ${javaDouble(fraction)}.`,
        'managed.fractionRange',
        {
          params: { value: javaDouble(fraction) },
        },
      ),
    );
  }
  return ok(d2l(Math.floor(l2d(slotManaged) * fraction)));
}

/** `MemoryManager.create(size, pageSize)` checks (the `%d` is Flink's own formatting bug). */
export function checkMemoryManager(size: bigint, pageSize: number): FlinkError | undefined {
  if (size < 0n) return refusal('IllegalArgumentException', 'Size of total memory must be non-negative.', 'managed.negativeSize');
  if (pageSize < 4096)
    return refusal('IllegalArgumentException', 'The page size must be at least %d bytes. [4096]', 'managed.pageSizeTooSmall');
  if ((pageSize & (pageSize - 1)) !== 0)
    return refusal('IllegalArgumentException', 'The given page size is not a power of two.', 'managed.pageSizeNotPowerOfTwo');
  return undefined;
}

export interface RocksDbSlotInput {
  /** The job configuration (RocksDB options). */
  config: ConfigMap;
  /** The TaskManager configuration (`fixed-per-tm` and its ratios). */
  tmConfig?: ConfigMap;
  setters?: RocksDbSetters;
  /** Managed memory of one slot, bytes. */
  slotManagedMemory: bigint;
  /** STATE_BACKEND fraction of the slot (`convertToFractionOfSlot`; 1.0 when RocksDB is the only consumer). */
  memoryFraction: number;
  /** Segment size the slot's MemoryManager uses (default 32 KiB). */
  pageSize?: number;
  slotsPerTm?: number;
  version?: FlinkVersion;
}

export interface RocksDbSlotResult {
  memoryConfiguration: RocksDbMemoryConfiguration;
  factory: SharedResourcesFactory | null;
  /** null = no shared cache / WBM: per-column-family memory, unbounded by Flink. */
  shared: SharedResources | null;
  /** Per TaskManager: cache and WBM capacity summed over slots (one shared object for fixed-per-tm). */
  perTm: { cacheCapacity: bigint; writeBufferManagerCapacity: bigint; total: bigint } | null;
  /** High-priority pool (index/filter blocks) ≈ ratio × cache. */
  highPriorityPool: bigint | null;
  /** Arena check with the default 64 MiB write buffer: warns when the mutable limit is below the arena block. */
  arena: { defaultArenaBlockSize: bigint; mutableLimit: bigint; ok: boolean } | null;
  log: LogEntry[];
}

/**
 * What RocksDB gets in one slot (and per TaskManager) for the given state backend and
 * TaskManager configuration, as `RocksDBSharedResourcesFactory.create` builds it.
 */
export function rocksDbSlot(input: RocksDbSlotInput): Result<RocksDbSlotResult> {
  const version = input.version ?? '2.0';
  const mmErr = checkMemoryManager(input.slotManagedMemory, input.pageSize ?? 32768);
  if (mmErr) return fail(mmErr);
  const mc = rocksDbMemoryConfiguration(input.config, input.setters);
  if (!mc.ok) return mc;
  const tmConfig = input.tmConfig ?? {};
  const f = sharedResourcesFactory(mc.value, tmConfig, version);
  if (!f.ok) return f;
  let shared: SharedResources | null = null;
  let perTm: RocksDbSlotResult['perTm'] = null;
  const slots = BigInt(Math.max(1, input.slotsPerTm ?? 1));
  if (f.value === 'SLOT_SHARED_MANAGED') {
    const size = computeMemorySize(input.slotManagedMemory, input.memoryFraction);
    if (!size.ok) return size;
    shared = sharedResources(
      size.value,
      mc.value.writeBufferRatio,
      mc.value.highPriorityPoolRatio,
      mc.value.usingPartitionedIndexFilters,
    );
  } else if (f.value === 'SLOT_SHARED_UNMANAGED') {
    shared = sharedResources(
      mc.value.fixedMemoryPerSlot ?? 0n,
      mc.value.writeBufferRatio,
      mc.value.highPriorityPoolRatio,
      mc.value.usingPartitionedIndexFilters,
    );
  } else if (f.value === 'TM_SHARED_UNMANAGED') {
    // The TaskManager-wide cache uses the TaskManager's ratios, which Flink never validates.
    const size = readSize(tmConfig, ROCKSDB_KEY.fixedPerTm);
    if (!size.ok) return size;
    const r = readDouble(tmConfig, ROCKSDB_KEY.writeBufferRatio, 0.5);
    if (!r.ok) return r;
    const hp = readDouble(tmConfig, ROCKSDB_KEY.highPrioPoolRatio, 0.1);
    if (!hp.ok) return hp;
    shared = sharedResources(size.value ?? 0n, r.value, hp.value, mc.value.usingPartitionedIndexFilters);
    perTm = {
      cacheCapacity: shared.cacheCapacity,
      writeBufferManagerCapacity: shared.writeBufferManagerCapacity,
      total: shared.size,
    };
  }
  if (shared && !perTm) {
    perTm = {
      cacheCapacity: shared.cacheCapacity * slots,
      writeBufferManagerCapacity: shared.writeBufferManagerCapacity * slots,
      total: shared.size * slots,
    };
  }
  const log: LogEntry[] = [];
  let arena: RocksDbSlotResult['arena'] = null;
  if (shared && atLeast(version, '1.12')) {
    const wbs = parseSizeJava(input.config[ROCKSDB_KEY.writeBufferSize] ?? '64mb');
    const writeBufferSize = wbs.ok ? wbs.bytes : 67108864n;
    const def = defaultArenaBlockSize(writeBufferSize);
    const limit = mutableLimit(shared.writeBufferManagerCapacity);
    arena = { defaultArenaBlockSize: def, mutableLimit: limit, ok: validateArenaBlockSize(def, limit) };
    if (!arena.ok) {
      log.push({
        level: 'WARN',
        id: 'rocksdb.arenaBlockWarning',
        message:
          'RocksDBStateBackend performance will be poor because of the current Flink memory configuration! RocksDB will flush memtable constantly, causing high IO and CPU. Typically the easiest fix is to increase task manager managed memory size. If running locally, see the parameter taskmanager.memory.managed.size. ' +
          `Details: arenaBlockSize ${def} > mutableLimit ${limit} (writeBufferSize = ${writeBufferSize}, arenaBlockSizeConfigured = 0, defaultArenaBlockSize = ${def}, writeBufferManagerCapacity = ${shared.writeBufferManagerCapacity})`,
        keys: ['taskmanager.memory.managed.size'],
        params: { arena: String(def), limit: String(limit) },
      });
    }
  }
  return ok({
    memoryConfiguration: mc.value,
    factory: f.value,
    shared,
    perTm,
    highPriorityPool: shared ? d2l(l2d(shared.cacheCapacity) * shared.highPriorityPoolRatio) : null,
    arena,
    log,
  });
}

/**
 * The docs' rule of thumb for unmanaged RocksDB (`memory.managed: false`, no fixed size):
 * roughly 140 MB (read as MiB, like Flink's own `64mb`) × states across all tasks × slots (large_state_tuning.md) — 2 × 64 MB memtables
 * + 8 MB block cache + overhead per column family. An upper-bound estimate, not a Flink figure.
 */
export function unmanagedUpperBound(statesAcrossAllTasks: number, slots: number): bigint | undefined {
  if (!Number.isInteger(statesAcrossAllTasks) || !Number.isInteger(slots) || statesAcrossAllTasks < 0 || slots < 1)
    return undefined;
  return 140n * 1048576n * BigInt(statesAcrossAllTasks) * BigInt(slots);
}

/** Smallest RocksDB budget per slot (r = 0.5, 64 MiB write buffer) that avoids the arena warning. */
export const ARENA_SAFE_BUDGET_DEFAULTS = 28_760_943n;

/**
 * RocksDB memory as Flink accounts for it (RocksDBMemoryControllerUtils /
 * RocksDBSharedResources): one budget per slot (per TaskManager for `fixed-per-tm`); the block
 * cache gets `(3 − r)/3` of it; the write buffer manager is charged INSIDE that cache (its
 * memtables reserve cache space), and the high-priority pool (index/filter blocks) is a share of
 * the same cache. So the picture nests: budget ⊇ cache ⊇ {write buffers, high-priority pool, data
 * blocks}; `headroom` (budget − cache) absorbs memtables overshooting the manager's limit.
 */
export interface RocksDbAccounting {
  scope: 'slot' | 'taskmanager';
  budget: bigint;
  cacheCapacity: bigint;
  /** Inside the cache. */
  writeBufferManager: bigint;
  /** Inside the cache. */
  highPriorityPool: bigint;
  /** Inside the cache: what is left for data blocks (0 when the other two claim it all). */
  dataBlocks: bigint;
  /** Outside the cache, inside the budget. */
  headroom: bigint;
}

/** The nested accounting of one shared-resources object; `undefined` without shared resources. */
export function rocksDbAccounting(
  r: Pick<RocksDbSlotResult, 'shared' | 'factory' | 'highPriorityPool'>,
): RocksDbAccounting | undefined {
  if (!r.shared) return undefined;
  const cache = r.shared.cacheCapacity;
  const wbm = r.shared.writeBufferManagerCapacity;
  const hp = r.highPriorityPool ?? 0n;
  const rest = cache - wbm - hp;
  return {
    scope: r.factory === 'TM_SHARED_UNMANAGED' ? 'taskmanager' : 'slot',
    budget: r.shared.size,
    cacheCapacity: cache,
    writeBufferManager: wbm,
    highPriorityPool: hp,
    dataBlocks: rest > 0n ? rest : 0n,
    headroom: r.shared.size - cache,
  };
}

/** One row per slot: each slot has its own managed memory, RocksDB budget and cache. */
export function rocksDbPerSlotTable(
  slotManagedMemory: bigint,
  slots: number,
  a: RocksDbAccounting,
): {
  slot: number;
  managed: bigint;
  budget: bigint;
  cacheCapacity: bigint;
  writeBufferManager: bigint;
  highPriorityPool: bigint;
}[] {
  if (a.scope === 'taskmanager') return [];
  return Array.from({ length: Math.max(1, Math.min(slots, 1024)) }, (_, i) => ({
    slot: i,
    managed: slotManagedMemory,
    budget: a.budget,
    cacheCapacity: a.cacheCapacity,
    writeBufferManager: a.writeBufferManager,
    highPriorityPool: a.highPriorityPool,
  }));
}
