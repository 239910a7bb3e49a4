/**
 * JobManager memory options (JobManagerOptions, FLIP-116 from 1.11) and the legacy heap keys.
 * Sources: process-memory.md §6.1, §6.6.
 */
import type { OptionSpec } from '../types';

export const JM_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'jobmanager.memory.process.size',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: null }],
    description: {
      en: 'Total Process Memory of the JobManager: everything the JVM process may use (the container size).',
      zh: 'JobManager 的进程总内存：JVM 进程可使用的全部内存（即容器大小）。',
    },
  },
  {
    key: 'jobmanager.memory.flink.size',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: null }],
    description: {
      en: 'Total Flink Memory of the JobManager: JVM Heap plus Off-heap memory.',
      zh: 'JobManager 的 Flink 总内存：JVM 堆内存与堆外内存之和。',
    },
  },
  {
    key: 'jobmanager.memory.heap.size',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: null }],
    description: {
      en: 'JVM Heap of the JobManager (-Xmx/-Xms); when unset it is Total Flink Memory minus Off-heap.',
      zh: 'JobManager 的 JVM 堆内存（-Xmx/-Xms）；未配置时等于 Flink 总内存减去堆外内存。',
    },
  },
  {
    key: 'jobmanager.memory.off-heap.size',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: '128 mb' }],
    description: {
      en: 'Off-heap memory of the JobManager (direct and native); limits direct memory only if the limit is enabled.',
      zh: 'JobManager 的堆外内存（直接内存与本地内存）；仅在启用限制时作为直接内存上限。',
    },
  },
  {
    key: 'jobmanager.memory.jvm-metaspace.size',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: '256 mb' }],
    description: {
      en: 'JVM Metaspace of the JobManager (-XX:MaxMetaspaceSize).',
      zh: 'JobManager 的 JVM 元空间（-XX:MaxMetaspaceSize）。',
    },
  },
  {
    key: 'jobmanager.memory.jvm-overhead.min',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: '192 mb' }],
    description: {
      en: 'Lower bound of the JobManager JVM Overhead.',
      zh: 'JobManager JVM 开销的下限。',
    },
  },
  {
    key: 'jobmanager.memory.jvm-overhead.max',
    type: 'memory',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: '1 gb' }],
    description: {
      en: 'Upper bound of the JobManager JVM Overhead.',
      zh: 'JobManager JVM 开销的上限。',
    },
  },
  {
    key: 'jobmanager.memory.jvm-overhead.fraction',
    type: 'float',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: '0.1' }],
    description: {
      en: 'Fraction of Total Process Memory reserved as JobManager JVM Overhead, capped to [min, max].',
      zh: 'JobManager JVM 开销占进程总内存的比例，结果限制在 [min, max] 范围内。',
    },
  },
  {
    key: 'jobmanager.memory.enable-jvm-direct-memory-limit',
    type: 'boolean',
    category: 'jobmanager',
    since: '1.11',
    defaults: [{ since: '1.11', value: 'false' }],
    description: {
      en: 'Whether the JobManager gets -XX:MaxDirectMemorySize equal to its Off-heap memory.',
      zh: '是否为 JobManager 设置 -XX:MaxDirectMemorySize（等于其堆外内存）。',
    },
  },
  // Legacy keys.
  {
    key: 'jobmanager.heap.size',
    type: 'memory',
    category: 'legacy',
    since: '1.10',
    removedIn: '2.0',
    removal: 'removed',
    defaults: [
      { since: '1.10', value: '1024m' },
      { since: '1.11', value: null },
    ],
    description: {
      en: 'Legacy JobManager heap: in 1.10 the -Xms/-Xmx size; 1.11–1.20 read as JVM Heap (standalone) or Total Process Memory (YARN/Kubernetes); removed in 2.0.',
      zh: '旧版 JobManager 堆内存：1.10 中即 -Xms/-Xmx；1.11–1.20 独立部署时视为 JVM 堆内存，YARN/Kubernetes 上视为进程总内存；2.0 已移除。',
    },
  },
  {
    key: 'jobmanager.heap.mb',
    type: 'int',
    category: 'legacy',
    since: '1.10',
    removedIn: '2.0',
    removal: 'removed',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Legacy JobManager heap in MiB; used only when jobmanager.heap.size is not set; removed in 2.0.',
      zh: '旧版 JobManager 堆内存（单位 MiB）；仅在未配置 jobmanager.heap.size 时使用；2.0 已移除。',
    },
  },
  {
    key: 'containerized.heap-cutoff-ratio',
    type: 'float',
    category: 'legacy',
    since: '1.10',
    removedIn: '1.11',
    removal: 'ignored',
    defaults: [{ since: '1.10', value: '0.25' }],
    description: {
      en: 'Share of a 1.10 JobManager container kept off the heap; ignored since 1.11.',
      zh: '1.10 中 JobManager 容器不计入堆内存的比例；自 1.11 起被忽略。',
    },
  },
  {
    key: 'containerized.heap-cutoff-min',
    type: 'int',
    category: 'legacy',
    since: '1.10',
    removedIn: '1.11',
    removal: 'ignored',
    defaults: [{ since: '1.10', value: '600' }],
    description: {
      en: 'Minimum cut-off (MiB) of a 1.10 JobManager container; ignored since 1.11.',
      zh: '1.10 中 JobManager 容器的最小预留量（MiB）；自 1.11 起被忽略。',
    },
  },
];
