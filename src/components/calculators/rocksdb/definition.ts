/**
 * The RocksDB / managed-memory calculator: managed memory per slot split by consumer weights, and
 * RocksDB's block cache, write buffer manager and high-priority pool per slot and per TaskManager.
 */
import { DEPLOYMENT_MODES } from '~/model/types';
import type { CalculatorDefinition } from '../kit/types';
import { TM_FIELDS } from '../taskmanager/definition';

export const rocksdb = {
  name: 'rocksdb',
  strings: 'rdb',
  alsoStrings: ['tm'],
  fields: [
    ...TM_FIELDS.filter(([, g]) => g !== 'legacy'),
    ['taskmanager.memory.managed.consumer-weights', 'managed'],
    ['state.backend.type', 'rocksdb'],
    ['state.backend.rocksdb.memory.managed', 'rocksdb'],
    ['state.backend.rocksdb.memory.fixed-per-slot', 'rocksdb'],
    ['state.backend.rocksdb.memory.fixed-per-tm', 'rocksdb'],
    ['state.backend.rocksdb.memory.write-buffer-ratio', 'rocksdb'],
    ['state.backend.rocksdb.memory.high-prio-pool-ratio', 'rocksdb'],
    ['state.backend.rocksdb.memory.partitioned-index-filters', 'rocksdb'],
    ['state.backend.rocksdb.writebuffer.size', 'rocksdb'],
  ],
  jobOptions: [
    {
      key: 'state.backend.type',
      type: 'string',
      category: 'general',
      since: '1.10',
      defaults: [{ since: '1.10', value: 'hashmap' }],
      // Flink's StateBackendOptions: `state.backend.type` with the older `state.backend` as its deprecated key.
      fallbackKeys: [{ key: 'state.backend', deprecated: true }],
      description: {
        en: 'State backend: rocksdb uses managed memory, hashmap keeps state on the task heap',
        zh: '状态后端（state backend）：rocksdb 使用托管内存，hashmap 把状态放在任务堆内存中',
      },
    },
  ],
  extras: ['uses'],
  preset: {
    'taskmanager.memory.process.size': '1728m',
    'taskmanager.numberOfTaskSlots': '1',
    'state.backend.type': 'rocksdb',
  },
  modes: DEPLOYMENT_MODES,
  related: ['taskmanager'],
} as const satisfies CalculatorDefinition<'rocksdb'>;
