/**
 * RocksDB memory options (RocksDBOptions, RocksDBConfigurableOptions) with defaults per version
 * and en+zh one-liners. Keys unchanged in 2.0 (only the Java package moved). Source:
 * network-and-managed.md §6.1, §6.4.
 */
import type { OptionSpec } from '../types';

export const ROCKSDB_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'state.backend.rocksdb.memory.managed',
    type: 'boolean',
    category: 'rocksdb',
    since: '1.10',
    defaults: [{ since: '1.10', value: 'true' }],
    description: {
      en: "RocksDB bounds its block cache and memtables by the slot's managed memory.",
      zh: 'RocksDB 以槽位的托管内存为上限约束块缓存与 memtable。',
    },
  },
  {
    key: 'state.backend.rocksdb.memory.fixed-per-slot',
    type: 'memory',
    category: 'rocksdb',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'A fixed RocksDB budget per slot, outside managed memory (wins over memory.managed).',
      zh: '每个槽位固定的 RocksDB 内存，不占托管内存（优先于 memory.managed）。',
    },
  },
  {
    key: 'state.backend.rocksdb.memory.fixed-per-tm',
    type: 'memory',
    category: 'rocksdb',
    since: '1.17',
    defaults: [{ since: '1.17', value: null }],
    description: {
      en: 'One RocksDB budget shared by all slots of the TaskManager (only when memory.managed=false).',
      zh: 'TaskManager 所有槽位共享的 RocksDB 内存（仅当 memory.managed=false 时生效）。',
    },
  },
  {
    key: 'state.backend.rocksdb.memory.write-buffer-ratio',
    type: 'double',
    category: 'rocksdb',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0.5' }],
    description: {
      en: 'Share of the RocksDB budget for memtables (write buffer manager).',
      zh: 'RocksDB 内存中分配给 memtable（写缓冲管理器）的比例。',
    },
  },
  {
    key: 'state.backend.rocksdb.memory.high-prio-pool-ratio',
    type: 'double',
    category: 'rocksdb',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0.1' }],
    description: {
      en: 'Share of the block cache reserved for index and filter blocks.',
      zh: '块缓存中为索引块和过滤器块保留的比例。',
    },
  },
  {
    key: 'state.backend.rocksdb.memory.partitioned-index-filters',
    type: 'boolean',
    category: 'rocksdb',
    since: '1.13',
    defaults: [{ since: '1.13', value: 'false' }],
    description: {
      en: 'Partitioned index/filters: only the top level stays pinned in the cache.',
      zh: '分区索引/过滤器：只有顶层常驻缓存。',
    },
  },
  {
    key: 'state.backend.rocksdb.writebuffer.size',
    type: 'memory',
    category: 'rocksdb',
    since: '1.10',
    defaults: [
      { since: '1.10', value: null },
      { since: '1.15', value: '64 mb' },
    ],
    description: {
      en: 'Memtable size per column family (default arena block = size / 8).',
      zh: '每个列族的 memtable 大小（默认 arena 块 = 大小 / 8）。',
    },
  },
  {
    key: 'state.backend.rocksdb.writebuffer.count',
    type: 'int',
    category: 'rocksdb',
    since: '1.10',
    defaults: [
      { since: '1.10', value: null },
      { since: '1.15', value: '2' },
    ],
    description: { en: 'Memtables per column family.', zh: '每个列族的 memtable 数量。' },
  },
  {
    key: 'state.backend.rocksdb.block.cache-size',
    type: 'memory',
    category: 'rocksdb',
    since: '1.10',
    defaults: [
      { since: '1.10', value: null },
      { since: '1.15', value: '8 mb' },
    ],
    description: {
      en: 'Per-column-family block cache, used only without bounded (managed/fixed) memory.',
      zh: '每个列族的块缓存，仅在未启用受限（托管/固定）内存时使用。',
    },
  },
  {
    // RocksDBManualCompactionOptions.MIN_INTERVAL (FLINK-26050, release notes flink-1.20.md):
    // Duration.ofMinutes(0), "Zero disables manual compactions". Only with a positive value does
    // the SST merge Compactor run — the code path of the FLINK-39753 native-memory leak.
    key: 'state.backend.rocksdb.manual-compaction.min-interval',
    type: 'duration',
    category: 'rocksdb',
    since: '1.20',
    defaults: [{ since: '1.20', value: '0 ms' }],
    description: {
      en: 'Minimum interval between background merges of small SST files; 0 disables them (the FLINK-39753 leak needs them on).',
      zh: '后台合并小 SST 文件的最小间隔；0 表示关闭（FLINK-39753 的泄漏只在开启时出现）。',
    },
  },
];
