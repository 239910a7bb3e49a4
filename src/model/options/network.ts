/**
 * Network, buffer-debloat and managed-consumer options (NettyShuffleEnvironmentOptions,
 * TaskManagerOptions): defaults per version in Flink's string form, the 2.0 removals (hard-coded
 * values: `removal: 'ignored'`), en+zh one-liners. Sources: network-and-managed.md §2.5, §3.1, §5.2.
 * (Network memory size keys and segment size live in `./taskmanager`.)
 */
import type { OptionSpec } from '../types';

export const NETWORK_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'taskmanager.network.memory.buffers-per-channel',
    type: 'int',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '2' }],
    removedIn: '2.0',
    removal: 'ignored',
    description: {
      en: 'Exclusive buffers per remote input channel (credit). Removed in 2.0: hard-coded to 2.',
      zh: '每个远程输入通道的独占缓冲区数（信用值）。2.0 起删除，硬编码为 2。',
    },
  },
  {
    key: 'taskmanager.network.memory.floating-buffers-per-gate',
    type: 'int',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '8' }],
    removedIn: '2.0',
    removal: 'ignored',
    description: {
      en: 'Floating buffers shared by all channels of one input gate. Removed in 2.0: hard-coded to 8.',
      zh: '同一输入门所有通道共享的浮动缓冲区数。2.0 起删除，硬编码为 8。',
    },
  },
  {
    key: 'taskmanager.network.memory.max-buffers-per-channel',
    type: 'int',
    category: 'network',
    since: '1.11',
    defaults: [{ since: '1.11', value: '10' }],
    removedIn: '2.0',
    removal: 'ignored',
    description: {
      en: 'A subpartition holding this many buffers makes its result partition unavailable (back-pressure). Removed in 2.0: 10.',
      zh: '某个子分区持有这么多缓冲区时，结果分区变为不可用（反压）。2.0 起删除，固定为 10。',
    },
  },
  {
    key: 'taskmanager.network.memory.max-overdraft-buffers-per-gate',
    type: 'int',
    category: 'network',
    since: '1.16',
    defaults: [{ since: '1.16', value: '5' }],
    removedIn: '2.0',
    removal: 'ignored',
    description: {
      en: 'Extra buffers a pipelined result partition may take beyond its pool when free (best effort). Removed in 2.0: hard-coded to 20.',
      zh: '流水线结果分区在有空闲时可超出缓冲池额外借用的缓冲区数（尽力而为）。2.0 起删除，硬编码为 20。',
    },
  },
  {
    key: 'taskmanager.network.memory.read-buffer.required-per-gate.max',
    type: 'int',
    category: 'network',
    since: '1.17',
    defaults: [{ since: '1.17', value: null }],
    description: {
      en: 'Cap on the buffers an input gate must reserve (unset: unlimited for streaming, 1000 for batch); must be ≥ 1.',
      zh: '输入门必须预留的缓冲区上限（未设置时：流作业不限，批作业 1000）；至少为 1。',
    },
  },
  {
    key: 'taskmanager.network.sort-shuffle.min-buffers',
    type: 'int',
    category: 'network',
    since: '1.12',
    defaults: [
      { since: '1.12', value: '64' },
      { since: '1.15', value: '512' },
    ],
    description: {
      en: 'Minimum buffers of a sort-shuffle result partition (its pool minimum).',
      zh: 'sort-shuffle 结果分区的最少缓冲区数（其缓冲池最小值）。',
    },
  },
  {
    key: 'taskmanager.network.sort-shuffle.min-parallelism',
    type: 'int',
    category: 'network',
    since: '1.12',
    defaults: [
      { since: '1.12', value: '2147483647' },
      { since: '1.15', value: '1' },
    ],
    removedIn: '2.0',
    removal: 'ignored',
    description: {
      en: 'Blocking partitions with at least this many subpartitions use sort shuffle. Removed in 2.0: always 1 (sort shuffle).',
      zh: '子分区数不少于此值的阻塞分区使用 sort shuffle。2.0 起删除，固定为 1（总是 sort shuffle）。',
    },
  },
  {
    key: 'taskmanager.network.memory.exclusive-buffers-request-timeout-ms',
    type: 'long',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '30000' }],
    removedIn: '1.20',
    removal: 'removed',
    description: {
      en: 'How long a channel waits for its exclusive buffers (ms); from 1.20 a deprecated fallback of buffers-request-timeout.',
      zh: '通道等待独占缓冲区的时间（毫秒）；1.20 起作为 buffers-request-timeout 的已弃用回退键。',
    },
  },
  {
    key: 'taskmanager.network.memory.buffers-request-timeout',
    type: 'duration',
    category: 'network',
    since: '1.20',
    defaults: [{ since: '1.20', value: '30 s' }],
    description: {
      en: 'How long a request for buffers may wait before the task fails with a timeout.',
      zh: '请求缓冲区在任务因超时失败之前可以等待的时间。',
    },
  },
  {
    key: 'taskmanager.network.memory.buffer-debloat.enabled',
    type: 'boolean',
    category: 'debloat',
    since: '1.14',
    defaults: [{ since: '1.14', value: 'false' }],
    description: {
      en: 'Buffer debloating: shrink the used size of buffers so in-flight data takes about the target time to consume.',
      zh: '缓冲消胀（Buffer Debloating）：缩小缓冲区的使用大小，使在途数据约在目标时间内被消费完。',
    },
  },
  {
    key: 'taskmanager.network.memory.buffer-debloat.target',
    type: 'duration',
    category: 'debloat',
    since: '1.14',
    defaults: [{ since: '1.14', value: '1 s' }],
    description: { en: 'Target time to consume the buffered data of a gate.', zh: '消费一个输入门缓冲数据的目标时间。' },
  },
  {
    key: 'taskmanager.network.memory.buffer-debloat.period',
    type: 'duration',
    category: 'debloat',
    since: '1.14',
    defaults: [
      { since: '1.14', value: '500 ms' },
      { since: '1.15', value: '200 ms' },
    ],
    description: { en: 'How often the buffer size is recalculated.', zh: '重新计算缓冲区大小的周期。' },
  },
  {
    key: 'taskmanager.network.memory.buffer-debloat.samples',
    type: 'int',
    category: 'debloat',
    since: '1.14',
    defaults: [{ since: '1.14', value: '20' }],
    description: {
      en: 'Samples of the moving average (α = 2 / (samples + 1)).',
      zh: '移动平均的样本数（α = 2 / (samples + 1)）。',
    },
  },
  {
    key: 'taskmanager.network.memory.buffer-debloat.threshold-percentages',
    type: 'int',
    category: 'debloat',
    since: '1.14',
    defaults: [
      { since: '1.14', value: '50' },
      { since: '1.15', value: '25' },
    ],
    description: { en: 'Smaller changes than this percentage are not announced.', zh: '小于该百分比的变化不会通告给上游。' },
  },
  {
    key: 'taskmanager.memory.min-segment-size',
    type: 'memory',
    category: 'debloat',
    since: '1.14',
    defaults: [
      { since: '1.14', value: '1 kb' },
      { since: '1.15', value: '256 bytes' },
    ],
    description: { en: 'Lower bound of the debloated buffer size.', zh: '消胀后缓冲区大小的下限。' },
  },
  {
    key: 'taskmanager.memory.starting-segment-size',
    type: 'memory',
    category: 'debloat',
    since: '2.0',
    defaults: [{ since: '2.0', value: '1 kb' }],
    description: {
      en: 'Initial used buffer size when debloating is on (segments are still allocated at full size).',
      zh: '开启消胀时缓冲区的初始使用大小（内存段仍按完整大小分配）。',
    },
  },
  {
    key: 'taskmanager.memory.managed.consumer-weights',
    type: 'map',
    category: 'managed',
    since: '1.12',
    defaults: [
      { since: '1.12', value: 'DATAPROC:70,PYTHON:30' },
      { since: '1.13', value: 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30' },
    ],
    description: {
      en: "Shares of a slot's managed memory per consumer; setting it replaces the whole map (DATAPROC alias until 1.20).",
      zh: '槽位托管内存在各使用者间的权重；设置后替换整个映射（DATAPROC 别名保留到 1.20）。',
    },
  },
  {
    key: 'python.fn-execution.memory.managed',
    type: 'boolean',
    category: 'managed',
    since: '1.11',
    defaults: [
      { since: '1.11', value: 'false' },
      { since: '1.12', value: 'true' },
    ],
    description: { en: 'Python workers take their memory from managed memory.', zh: 'Python 工作进程从托管内存中获取内存。' },
  },
];
