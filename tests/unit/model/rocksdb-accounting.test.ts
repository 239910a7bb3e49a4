/** RocksDB figures follow Flink's accounting: the write buffer manager is charged inside the cache. */
import { describe, expect, it } from 'vitest';
import { rocksDbAccounting, rocksDbPerSlotTable, rocksDbSlot } from '~/model/rocksdb';

const MIB = 1n << 20n;

describe('rocksDbAccounting', () => {
  it('512 MiB per slot: cache 5/6 of the budget; WBM and high-priority pool inside it; nothing sums past the budget', () => {
    const r = rocksDbSlot({ config: {}, slotManagedMemory: 512n * MIB, memoryFraction: 1.0, slotsPerTm: 4, version: '1.20' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = rocksDbAccounting(r.value)!;
    expect(a.scope).toBe('slot');
    expect(a.budget).toBe(512n * MIB);
    expect(a.cacheCapacity).toBe(447392426n); // (long)((3 − 0.5) × 512 MiB / 3)
    expect(a.writeBufferManager).toBe(178956970n); // (long)(2 × 512 MiB × 0.5 / 3)
    expect(a.writeBufferManager + a.highPriorityPool + a.dataBlocks).toBe(a.cacheCapacity);
    expect(a.cacheCapacity + a.headroom).toBe(a.budget);
    // The old picture drew hp + cache + WBM side by side: 597 MiB for a 512 MiB share.
    expect(a.highPriorityPool + a.cacheCapacity + a.writeBufferManager > a.budget).toBe(true);
  });
  it("the per-slot table has one row per slot with the slot's own figures (not the TaskManager total)", () => {
    const r = rocksDbSlot({ config: {}, slotManagedMemory: 512n * MIB, memoryFraction: 1.0, slotsPerTm: 4, version: '1.20' });
    if (!r.ok) throw new Error('refused');
    const rows = rocksDbPerSlotTable(512n * MIB, 4, rocksDbAccounting(r.value)!);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.managed).toBe(512n * MIB);
  });
  it('no shared resources (managed: false, no fixed size): undefined', () => {
    const r = rocksDbSlot({
      config: { 'state.backend.rocksdb.memory.managed': 'false' },
      slotManagedMemory: 512n * MIB,
      memoryFraction: 1.0,
      version: '1.20',
    });
    expect(r.ok && rocksDbAccounting(r.value)).toBeUndefined();
  });
});
