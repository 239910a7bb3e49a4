/**
 * Batch memory outside the network pool: the hash-based blocking shuffle's file/mmap switch
 * (NettyShuffleEnvironmentOptions; deprecated in 1.20, gone in 2.0) and the batch SQL operators'
 * managed-memory weights (ExecutionConfigOptions; weight hints since 1.10, not absolute sizes).
 * Sort-shuffle buffers and the batch-shuffle read memory live in `./network` and `./taskmanager`.
 */
import type { OptionSpec } from '../types';

export const BATCH_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'taskmanager.network.blocking-shuffle.type',
    type: 'string',
    category: 'batch',
    since: '1.10',
    defaults: [{ since: '1.10', value: 'file' }],
    removedIn: '2.0',
    removal: 'removed',
    values: ['file', 'mmap', 'auto'],
    description: {
      en: 'Hash-based blocking shuffle: read result files with file I/O or mmap. mmap pages are not counted in any Flink memory budget.',
      zh: '基于哈希的阻塞 shuffle：以文件 I/O 或 mmap 读取结果文件。mmap 的页面不计入任何 Flink 内存预算。',
    },
  },
  {
    key: 'table.exec.resource.external-buffer-memory',
    type: 'memory',
    category: 'batch',
    since: '1.10',
    defaults: [{ since: '1.10', value: '10 mb' }],
    description: {
      en: "External buffer of sort-merge join, nested-loop join and over windows (batch SQL). Since 1.10 a weight hint for the operator's share of managed memory, not an absolute size.",
      zh: '批 SQL 中 sort-merge join、嵌套循环 join 和 over 窗口的外部缓冲区。自 1.10 起只是算子分得托管内存份额的权重提示，而非绝对大小。',
    },
  },
  {
    key: 'table.exec.resource.hash-agg.memory',
    type: 'memory',
    category: 'batch',
    since: '1.10',
    defaults: [{ since: '1.10', value: '128 mb' }],
    description: {
      en: "Hash aggregate operator (batch SQL). Since 1.10 a weight hint for the operator's share of managed memory, not an absolute size.",
      zh: '批 SQL 的哈希聚合算子。自 1.10 起只是算子分得托管内存份额的权重提示，而非绝对大小。',
    },
  },
  {
    key: 'table.exec.resource.hash-join.memory',
    type: 'memory',
    category: 'batch',
    since: '1.10',
    defaults: [{ since: '1.10', value: '128 mb' }],
    description: {
      en: "Hash join operator (batch SQL). Since 1.10 a weight hint for the operator's share of managed memory, not an absolute size.",
      zh: '批 SQL 的哈希 join 算子。自 1.10 起只是算子分得托管内存份额的权重提示，而非绝对大小。',
    },
  },
  {
    key: 'table.exec.resource.sort.memory',
    type: 'memory',
    category: 'batch',
    since: '1.10',
    defaults: [{ since: '1.10', value: '128 mb' }],
    description: {
      en: "Sort operator (batch SQL). Since 1.10 a weight hint for the operator's share of managed memory, not an absolute size.",
      zh: '批 SQL 的排序算子。自 1.10 起只是算子分得托管内存份额的权重提示，而非绝对大小。',
    },
  },
];
