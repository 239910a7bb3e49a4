/**
 * Build-time helpers for calculator pages: the input specs generated from the option registry,
 * in one language only, so the island never ships the registry or the other language.
 */
import { optionFor } from '~/model/options';
import type { OptionSpec } from '~/model/types';
import type { FlinkVersion, OptionType, Versioned } from '~/model/types';
import { JM_KEYS, TM_KEYS, type FieldSpec } from './viewmodel';

export type CalculatorName = 'taskmanager' | 'jobmanager' | 'network' | 'rocksdb';

/** Short name = the registry description up to its first colon (`Total Process Memory of …`). */
export function shortName(description: string): string {
  const m = /^([^:：]{2,80})[:：]/.exec(description);
  return (m?.[1] ?? description).trim();
}

/** Turns one registry entry into an input spec in `lang`. */
export function fieldFromSpec(o: OptionSpec, lang: 'en' | 'zh', group: string): FieldSpec {
  const description = o.description[lang];
  const f: FieldSpec = {
    key: o.key,
    type: o.type,
    name: shortName(description),
    description,
    defaults: o.defaults,
    since: o.since,
    group,
  };
  if (o.removedIn !== undefined) f.removedIn = o.removedIn;
  if (o.values !== undefined) f.values = o.values;
  return f;
}

/** Inputs for `keys` (those the registry knows), in the given order. */
export function fieldsForKeys(keys: readonly (readonly [string, string])[], lang: 'en' | 'zh'): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [key, group] of keys) {
    const o = optionFor(key);
    // Options that Flink ignored before any modelled version add nothing to a form.
    if (o && !(o.removedIn !== undefined && o.removedIn === o.since)) out.push(fieldFromSpec(o, lang, group));
  }
  return out;
}

type Own = [key: string, type: OptionType, since: FlinkVersion, defaults: Versioned<string | null>[], removedIn: FlinkVersion | undefined, en: string, zh: string];

/**
 * Network options the buffer pools read (not in the process-memory registry): defaults per
 * version from network-and-managed.md §2.5; 2.0 hard-codes the removed ones.
 */
const NETWORK_OWN: readonly Own[] = [
  ['taskmanager.network.memory.buffers-per-channel', 'int', '1.10', [{ since: '1.10', value: '2' }], '2.0',
    'Buffers per channel (B): exclusive buffers of each remote input channel; 2.0 hard-codes 2',
    '每个通道的缓冲区（B）：每个远程输入通道的独占缓冲区；2.0 固定为 2'],
  ['taskmanager.network.memory.floating-buffers-per-gate', 'int', '1.10', [{ since: '1.10', value: '8' }], '2.0',
    'Floating buffers per gate (F): shared by the channels of one input gate; 2.0 hard-codes 8',
    '每个输入门的浮动缓冲区（F）：同一输入门的各通道共享；2.0 固定为 8'],
  ['taskmanager.network.memory.max-buffers-per-channel', 'int', '1.11', [{ since: '1.11', value: '10' }], '2.0',
    'Max buffers per channel: caps a subpartition so one channel cannot take the whole pool; 2.0 hard-codes 10',
    '每个通道的最大缓冲区数：限制单个子分区，避免一个通道占满缓冲池；2.0 固定为 10'],
  ['taskmanager.network.memory.max-overdraft-buffers-per-gate', 'int', '1.16', [{ since: '1.16', value: '5' }], '2.0',
    'Overdraft buffers per gate: extra buffers a backpressured task may take; 2.0 hard-codes 20',
    '每个输入门的超额缓冲区：反压时任务可额外申请的缓冲区；2.0 固定为 20'],
  ['taskmanager.network.memory.read-buffer.required-per-gate.max', 'int', '1.17', [{ since: '1.17', value: null }], undefined,
    'Max required buffers per gate: caps what one input gate must reserve',
    '每个输入门的最大必需缓冲区数：限制一个输入门必须预留的数量'],
  ['taskmanager.network.sort-shuffle.min-buffers', 'int', '1.12', [{ since: '1.12', value: '64' }, { since: '1.15', value: '512' }], undefined,
    'Sort-shuffle min buffers: buffers a sort-based blocking partition needs',
    '排序 Shuffle 最小缓冲区数：基于排序的阻塞分区所需的缓冲区'],
  ['taskmanager.network.sort-shuffle.min-parallelism', 'int', '1.12', [{ since: '1.12', value: '2147483647' }, { since: '1.15', value: '1' }], '2.0',
    'Sort-shuffle min parallelism: from this parallelism on, blocking partitions are sort-based; 2.0 hard-codes 1',
    '排序 Shuffle 最小并行度：达到该并行度时阻塞分区使用排序方式；2.0 固定为 1'],
  ['taskmanager.network.memory.buffer-debloat.enabled', 'boolean', '1.14', [{ since: '1.14', value: 'false' }], undefined,
    'Buffer debloating: adapts the in-flight data to the throughput',
    '缓冲消胀（Buffer Debloating）：根据吞吐量调整在途数据量'],
  ['taskmanager.network.memory.buffer-debloat.target', 'duration', '1.14', [{ since: '1.14', value: '1 s' }], undefined,
    'Buffer debloating target: how long the in-flight data of a gate should take to process',
    '缓冲消胀目标：一个输入门的在途数据应在多长时间内处理完'],
];

/** Managed-memory and RocksDB options (state backend side), defaults from network-and-managed.md §5–§6. */
const ROCKSDB_OWN: readonly Own[] = [
  ['taskmanager.memory.managed.consumer-weights', 'map', '1.12',
    [{ since: '1.12', value: 'DATAPROC:70,PYTHON:30' }, { since: '1.13', value: 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30' }], undefined,
    'Consumer weights: how a slot\'s managed memory is split between operators, the state backend and Python',
    '使用方权重：一个槽位的托管内存如何在算子、状态后端和 Python 之间分配'],
  ['state.backend.type', 'string', '1.10', [{ since: '1.10', value: 'hashmap' }], undefined,
    'State backend: rocksdb uses managed memory, hashmap keeps state on the task heap',
    '状态后端（state backend）：rocksdb 使用托管内存，hashmap 把状态放在任务堆内存中'],
  ['state.backend.rocksdb.memory.managed', 'boolean', '1.10', [{ since: '1.10', value: 'true' }], undefined,
    'RocksDB uses managed memory: block cache and write buffers share the slot\'s managed memory',
    'RocksDB 使用托管内存：块缓存和写缓冲区共享槽位的托管内存'],
  ['state.backend.rocksdb.memory.fixed-per-slot', 'memory', '1.10', [{ since: '1.10', value: null }], undefined,
    'Fixed memory per slot: a RocksDB budget per slot outside managed memory',
    '每个槽位的固定内存：托管内存之外、每个槽位的 RocksDB 预算'],
  ['state.backend.rocksdb.memory.fixed-per-tm', 'memory', '1.17', [{ since: '1.17', value: null }], undefined,
    'Fixed memory per TaskManager: one RocksDB cache shared by all slots of the TaskManager',
    '每个 TaskManager 的固定内存：TaskManager 所有槽位共享一个 RocksDB 缓存'],
  ['state.backend.rocksdb.memory.write-buffer-ratio', 'double', '1.10', [{ since: '1.10', value: '0.5' }], undefined,
    'Write buffer ratio: share of the RocksDB budget for memtables (write buffer manager)',
    '写缓冲区比例：RocksDB 预算中分给 memtable（写缓冲区管理器）的份额'],
  ['state.backend.rocksdb.memory.high-prio-pool-ratio', 'double', '1.10', [{ since: '1.10', value: '0.1' }], undefined,
    'High-priority pool ratio: share of the block cache reserved for index and filter blocks',
    '高优先级池比例：块缓存中为索引块和过滤块保留的份额'],
  ['state.backend.rocksdb.memory.partitioned-index-filters', 'boolean', '1.12', [{ since: '1.12', value: 'false' }], undefined,
    'Partitioned index/filters: index and filter blocks split into partitions',
    '分区索引/过滤器：索引块和过滤块按分区存放'],
  ['state.backend.rocksdb.writebuffer.size', 'memory', '1.10', [{ since: '1.10', value: '64 mb' }], undefined,
    'Write buffer size: one memtable (decides the arena block size)',
    '写缓冲区大小：一个 memtable 的大小（决定 arena 块大小）'],
];

function ownField([key, type, since, defaults, removedIn, en, zh]: Own, lang: 'en' | 'zh', group: string): FieldSpec {
  const description = lang === 'zh' ? zh : en;
  const f: FieldSpec = { key, type, name: shortName(description), description, defaults, since, group };
  if (removedIn !== undefined) f.removedIn = removedIn;
  return f;
}

/** The inputs of a calculator. */
export function fieldsFor(name: CalculatorName, lang: 'en' | 'zh'): FieldSpec[] {
  switch (name) {
    case 'taskmanager':
      return fieldsForKeys(TM_KEYS, lang);
    case 'jobmanager':
      return fieldsForKeys(JM_KEYS, lang);
    case 'network':
      return [
        ...fieldsForKeys(TM_KEYS.filter(([, g]) => g !== 'legacy' && g !== 'slots'), lang),
        ...NETWORK_OWN.map((o) => ownField(o, lang, 'network')),
      ];
    case 'rocksdb':
      return [
        ...fieldsForKeys(TM_KEYS.filter(([, g]) => g !== 'legacy'), lang),
        ...ROCKSDB_OWN.map((o) => ownField(o, lang, o[0].startsWith('state.') ? 'rocksdb' : 'managed')),
      ];
  }
}
