/**
 * ForSt state backend options (2.0+, `ForStOptions` in flink-statebackend-forst): the memory
 * options and the local file cache. Sources, apache/flink:
 * - `flink-state-backends/flink-statebackend-forst/src/main/java/org/apache/flink/state/forst/ForStOptions.java`
 *   (read at commits 0310a082e445 — PR #26148, February 2025, back-ported to release-2.0 as
 *   #26151 — and a4628798c5b5, the current source) and the generated table
 *   `docs/layouts/shortcodes/generated/forst_configuration.html` (commit 160caf705bc4, the main
 *   branch after 2.3).
 * - `partitioned-index-filters` is `true` in every 2.x version of the file we read; the `false`
 *   default belongs to the 2024 development version that still had `state.backend.forst.remote-dir`
 *   (renamed `primary-dir` before 2.0), so no release shipped it.
 * - The file-cache limits became `MemorySize` options in PR #26148/#26151 (both `0 bytes` then).
 *   `reserve-size` reads `256 mb` in the main branch by 5 March 2025 (diff context of FLINK-37425,
 *   PR #26253, whose release-2.0 backport #26254 was merged the same day, before 2.0.0) and in
 *   every later copy, 2.3 included. That 2.0.0 shipped 256 mb is inferred from these dates; the
 *   2.0.0 tag itself was not readable here.
 * - `cache.lru.*`: the option table of the 2.0.0 source release lists 6 and 3 (the description of
 *   `access-before-promote` says '5'; the code's default is 6).
 */
import type { OptionSpec } from '../types';

export const FORST_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'state.backend.forst.memory.managed',
    type: 'boolean',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: 'true' }],
    description: {
      en: "ForSt sizes its block cache and write buffers from the slot's managed memory.",
      zh: 'ForSt 按槽位的托管内存确定块缓存与写缓冲区的大小。',
    },
  },
  {
    key: 'state.backend.forst.memory.fixed-per-slot',
    type: 'memory',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: null }],
    description: {
      en: 'A fixed ForSt budget per slot, outside managed memory (overrides memory.managed).',
      zh: '每个槽位固定的 ForSt 内存，不占托管内存（优先于 memory.managed）。',
    },
  },
  {
    key: 'state.backend.forst.memory.fixed-per-tm',
    type: 'memory',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: null }],
    description: {
      en: 'One ForSt budget shared by all slots of the TaskManager (only when memory.managed=false and no fixed-per-slot).',
      zh: 'TaskManager 所有槽位共享的 ForSt 内存（仅当 memory.managed=false 且未设置 fixed-per-slot 时生效）。',
    },
  },
  {
    key: 'state.backend.forst.memory.write-buffer-ratio',
    type: 'double',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '0.5' }],
    description: {
      en: 'Share of the shared ForSt memory that write buffers (memtables) may take.',
      zh: '共享的 ForSt 内存中写缓冲区（memtable）最多可占的比例。',
    },
  },
  {
    key: 'state.backend.forst.memory.high-prio-pool-ratio',
    type: 'double',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '0.1' }],
    description: {
      en: 'Share of the ForSt cache reserved for index, filter and compression-dictionary blocks.',
      zh: 'ForSt 缓存中为索引块、过滤器块和压缩字典块保留的比例。',
    },
  },
  {
    key: 'state.backend.forst.memory.partitioned-index-filters',
    type: 'boolean',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: 'true' }],
    description: {
      en: 'Partitioned index/filter blocks: only the top-level index stays in memory, partitions are loaded into the block cache on demand.',
      zh: '分区索引/过滤器块：只有顶层索引常驻内存，各分区按需加载进块缓存。',
    },
  },
  {
    key: 'state.backend.forst.cache.dir',
    type: 'string',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: null }],
    description: {
      en: "Local directory of ForSt's SST file cache (disk, not memory); unset = the cache subdirectory of state.backend.forst.local-dir.",
      zh: 'ForSt SST 文件缓存所在的本地目录（占磁盘，不占内存）；不设置时为 state.backend.forst.local-dir 下的 cache 子目录。',
    },
  },
  {
    key: 'state.backend.forst.cache.size-based-limit',
    type: 'memory',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '0 bytes' }],
    description: {
      en: 'Upper bound of the file cache on disk; 0 disables this limit (the cache then follows reserve-size only).',
      zh: '文件缓存在磁盘上的上限；0 表示不启用这一限制（此时缓存只受 reserve-size 约束）。',
    },
  },
  {
    key: 'state.backend.forst.cache.reserve-size',
    type: 'memory',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '256 mb' }],
    description: {
      en: 'Disk space the file cache leaves free on its disk; the cache may use the rest. 0 disables this limit; with both limits 0 there is no cache.',
      zh: '文件缓存在所在磁盘上留出的空闲空间，其余空间都可被缓存使用。0 表示不启用这一限制；两个限制都为 0 时不使用缓存。',
    },
  },
  {
    key: 'state.backend.forst.cache.lru.access-before-promote',
    type: 'int',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '6' }],
    description: {
      en: "File cache LRU: accesses after which a file in the cold list is promoted to the hot list (the option's text says 5; the default is 6).",
      zh: '文件缓存的 LRU：冷链表中的文件被访问多少次后提升到热链表（选项说明写的是 5，实际默认值为 6）。',
    },
  },
  {
    key: 'state.backend.forst.cache.lru.promote-limit',
    type: 'int',
    category: 'forst',
    since: '2.0',
    defaults: [{ since: '2.0', value: '3' }],
    description: {
      en: 'File cache LRU: after this many demotions from the hot list a file is no longer promoted.',
      zh: '文件缓存的 LRU：文件从热链表降级达到这么多次后，不再被提升。',
    },
  },
];
