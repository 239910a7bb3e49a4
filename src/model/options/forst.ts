/**
 * ForSt state backend memory options (2.0+, ForStOptions in flink-statebackend-forst). Only the
 * keys whose defaults are the same in every ForStOptions version stored for 2.x are listed here;
 * `partitioned-index-filters` and the file-cache limits changed during 2.x development and are
 * described in the ForSt chapter instead of being given a per-version default we could not pin.
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
];
