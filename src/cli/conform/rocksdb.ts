import {
  cacheCapacity,
  defaultArenaBlockSize,
  mutableLimit,
  rocksDbMemoryConfiguration,
  rocksDbSlot,
  sharedResources,
  sharedResourcesFactory,
  validateArenaBlockSize,
  type RocksDbMemoryConfiguration,
  type RocksDbSetters,
  type SharedResources,
  writeBufferManagerCapacity,
} from '~/model/rocksdb';
import { parseSizeJava } from '~/model/network/java';
import type { ConformHandler, VectorCase } from './types';
import { caseVersion } from './common';
import { refusalOut } from './network';

function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries((v as Record<string, unknown> | undefined) ?? {})) out[k] = String(x);
  return out;
}
const big = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));

function mcOut(m: RocksDbMemoryConfiguration): Record<string, unknown> {
  return { ...m };
}
function sharedOut(s: SharedResources, withSize: boolean): Record<string, unknown> {
  const o: Record<string, unknown> = withSize ? { size: s.size } : {};
  return {
    ...o,
    cacheCapacity: s.cacheCapacity,
    highPriorityPoolRatio: s.highPriorityPoolRatio,
    writeBufferManagerCapacity: s.writeBufferManagerCapacity,
    sharedResourcesWriteBufferManagerCapacity: s.writeBufferManagerCapacity,
    usingPartitionedIndexFilters: s.usingPartitionedIndexFilters,
  };
}
function setters(c: VectorCase): RocksDbSetters {
  const s = (c['set'] as Record<string, unknown> | undefined) ?? {};
  const out: RocksDbSetters = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'fixedMemoryPerSlot') out.fixedMemoryPerSlot = String(v);
    else if (k === 'writeBufferRatio') out.writeBufferRatio = Number(v);
    else if (k === 'highPriorityPoolRatio') out.highPriorityPoolRatio = Number(v);
    else if (k === 'useManagedMemory') out.useManagedMemory = v === true;
    else if (k === 'usePartitionedIndexFilters') out.usePartitionedIndexFilters = v === true;
    else throw new Error(`unknown setter '${k}'`);
  }
  return out;
}

/** `kind: rocksdb` → RocksDBMemoryControllerUtils / RocksDBMemoryConfiguration / RocksDBSharedResourcesFactory. */
export const rocksdbHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  switch (c['op']) {
    case 'capacity': {
      const t = big(c['totalMemorySize']);
      const r = Number(c['writeBufferRatio']);
      const out: Record<string, unknown> = {
        ok: true,
        calculateActualCacheCapacity: cacheCapacity(t, r),
        calculateWriteBufferManagerCapacity: writeBufferManagerCapacity(t, r),
      };
      if (c['highPriorityPoolRatio'] !== undefined) {
        out['allocateRocksDBSharedResources'] = sharedOut(
          sharedResources(t, r, Number(c['highPriorityPoolRatio']), c['usingPartitionedIndexFilters'] === true),
          false,
        );
      }
      return out;
    }
    case 'arena': {
      const out: Record<string, unknown> = { ok: true };
      if (c['writeBufferSize'] !== undefined)
        out['calculateRocksDBDefaultArenaBlockSize'] = defaultArenaBlockSize(big(c['writeBufferSize']));
      if (c['bufferSize'] !== undefined) out['calculateRocksDBMutableLimit'] = mutableLimit(big(c['bufferSize']));
      if (c['arenaBlockSize'] !== undefined && c['mutableLimit'] !== undefined) {
        out['validateArenaBlockSize'] = validateArenaBlockSize(big(c['arenaBlockSize']), big(c['mutableLimit']));
      }
      return out;
    }
    case 'config': {
      const mc = rocksDbMemoryConfiguration(strMap(c['config']), setters(c));
      if (!mc.ok) return refusalOut(mc.error);
      const f = sharedResourcesFactory(mc.value, strMap(c['tmConfig']), version);
      if (!f.ok) return refusalOut(f.error);
      return { ok: true, memoryConfiguration: mcOut(mc.value), sharedResourcesFactory: f.value };
    }
    case 'shared': {
      const slot = parseSizeJava(String(c['slotManagedMemory']));
      if (!slot.ok) throw new Error(`bad slotManagedMemory: ${slot.cause.message}`);
      const r = rocksDbSlot({
        config: strMap(c['config']),
        tmConfig: strMap(c['tmConfig']),
        setters: setters(c),
        slotManagedMemory: slot.bytes,
        memoryFraction: Number(c['memoryFraction']),
        pageSize: c['pageSize'] === undefined ? 32768 : Number(c['pageSize']),
        version,
      });
      if (!r.ok) return refusalOut(r.error);
      return {
        ok: true,
        memoryConfiguration: mcOut(r.value.memoryConfiguration),
        sharedResourcesFactory: r.value.factory,
        sharedResources: r.value.shared ? sharedOut(r.value.shared, true) : null,
      };
    }
    default:
      throw new Error(`unknown rocksdb op '${String(c['op'])}'`);
  }
};
