/**
 * TaskManager memory options (TaskManagerOptions, plus the legacy keys Flink still maps or
 * ignores). Defaults are in Flink's own string form (`MemorySize.toString`, `Float.toString`),
 * which `parseMemorySize` reads back. Sources: process-memory.md §4.2–§4.3, §8.1.
 */
import type { OptionSpec } from '../types';

const MAX_BYTES = '9223372036854775807 bytes';

export const TM_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'taskmanager.memory.process.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Total Process Memory of the TaskManager: everything the JVM process may use (the container size).',
      zh: 'TaskManager 的进程总内存：JVM 进程可使用的全部内存（即容器大小）。',
    },
  },
  {
    key: 'taskmanager.memory.flink.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Total Flink Memory of the TaskManager: heap, off-heap, network and managed memory, without JVM Metaspace and JVM Overhead.',
      zh: 'TaskManager 的 Flink 总内存：堆内存、堆外内存、网络内存与托管内存之和，不含 JVM 元空间与 JVM 开销。',
    },
  },
  {
    key: 'taskmanager.memory.framework.heap.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '128 mb' }],
    description: {
      en: 'Framework Heap: JVM heap reserved for the TaskManager framework itself, not for tasks.',
      zh: '框架堆内存：为 TaskManager 框架自身保留的 JVM 堆内存，不分配给任务。',
    },
  },
  {
    key: 'taskmanager.memory.task.heap.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Task Heap: JVM heap for user code; when unset it is what remains of Total Flink Memory.',
      zh: '任务堆内存：供用户代码使用的 JVM 堆内存；未配置时取 Flink 总内存扣除其他部分后的剩余。',
    },
  },
  {
    key: 'taskmanager.memory.framework.off-heap.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '128 mb' }],
    description: {
      en: 'Framework Off-Heap: direct memory reserved for the framework (counted in -XX:MaxDirectMemorySize).',
      zh: '框架堆外内存：为框架保留的直接内存（计入 -XX:MaxDirectMemorySize）。',
    },
  },
  {
    key: 'taskmanager.memory.task.off-heap.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0 bytes' }],
    description: {
      en: 'Task Off-Heap: direct or native memory for user code (counted in -XX:MaxDirectMemorySize).',
      zh: '任务堆外内存：供用户代码使用的直接内存或本地内存（计入 -XX:MaxDirectMemorySize）。',
    },
  },
  {
    key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.13',
    defaults: [
      { since: '1.13', value: '32 mb' },
      { since: '1.15', value: '64 mb' },
    ],
    description: {
      en: 'Part of Framework Off-Heap used by sort-merge batch shuffle reads; it does not change any derived size.',
      zh: '框架堆外内存中供批处理 sort-merge shuffle 读取使用的部分；不改变任何推导出的大小。',
    },
  },
  {
    key: 'taskmanager.memory.managed.size',
    type: 'memory',
    category: 'managed',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    fallbackKeys: [{ key: 'taskmanager.memory.size', deprecated: true }],
    description: {
      en: 'Managed Memory: native memory for RocksDB, batch operators and Python; when unset it is the managed fraction of Total Flink Memory.',
      zh: '托管内存：供 RocksDB、批处理算子与 Python 使用的本地内存；未配置时按托管内存比例从 Flink 总内存中推导。',
    },
  },
  {
    key: 'taskmanager.memory.managed.fraction',
    type: 'float',
    category: 'managed',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0.4' }],
    description: {
      en: 'Fraction of Total Flink Memory used as Managed Memory when its size is not set.',
      zh: '未配置托管内存大小时，托管内存占 Flink 总内存的比例。',
    },
  },
  {
    key: 'taskmanager.memory.network.min',
    type: 'memory',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '64 mb' }],
    fallbackKeys: [{ key: 'taskmanager.network.memory.min', deprecated: true }],
    description: {
      en: 'Lower bound of Network Memory (network buffers).',
      zh: '网络内存（网络缓冲区）的下限。',
    },
  },
  {
    key: 'taskmanager.memory.network.max',
    type: 'memory',
    category: 'network',
    since: '1.10',
    defaults: [
      { since: '1.10', value: '1 gb' },
      { since: '1.17', value: MAX_BYTES },
    ],
    fallbackKeys: [{ key: 'taskmanager.network.memory.max', deprecated: true }],
    description: {
      en: 'Upper bound of Network Memory: 1g up to Flink 1.16, unlimited (Long.MAX_VALUE) since 1.17.',
      zh: '网络内存的上限：Flink 1.16 及之前为 1g，自 1.17 起不设上限（Long.MAX_VALUE）。',
    },
  },
  {
    key: 'taskmanager.memory.network.fraction',
    type: 'float',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0.1' }],
    fallbackKeys: [{ key: 'taskmanager.network.memory.fraction', deprecated: true }],
    description: {
      en: 'Fraction of Total Flink Memory used as Network Memory, capped to [min, max].',
      zh: '网络内存占 Flink 总内存的比例，结果限制在 [min, max] 范围内。',
    },
  },
  {
    key: 'taskmanager.memory.jvm-metaspace.size',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    // 1.10.0 shipped 96m; 1.10 stands for 1.10.3, which has 256m (FLINK-16406).
    defaults: [{ since: '1.10', value: '256 mb' }],
    description: {
      en: 'JVM Metaspace of the TaskManager (-XX:MaxMetaspaceSize).',
      zh: 'TaskManager 的 JVM 元空间（-XX:MaxMetaspaceSize）。',
    },
  },
  {
    key: 'taskmanager.memory.jvm-overhead.min',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '192 mb' }],
    description: {
      en: 'Lower bound of JVM Overhead (thread stacks, code cache, GC space: native memory outside the JVM limits).',
      zh: 'JVM 开销的下限（线程栈、代码缓存、GC 空间等 JVM 限制之外的本地内存）。',
    },
  },
  {
    key: 'taskmanager.memory.jvm-overhead.max',
    type: 'memory',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '1 gb' }],
    description: {
      en: 'Upper bound of JVM Overhead.',
      zh: 'JVM 开销的上限。',
    },
  },
  {
    key: 'taskmanager.memory.jvm-overhead.fraction',
    type: 'float',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '0.1' }],
    description: {
      en: 'Fraction of Total Process Memory reserved as JVM Overhead, capped to [min, max].',
      zh: 'JVM 开销占进程总内存的比例，结果限制在 [min, max] 范围内。',
    },
  },
  {
    key: 'taskmanager.memory.segment-size',
    type: 'memory',
    category: 'network',
    since: '1.10',
    defaults: [{ since: '1.10', value: '32 kb' }],
    description: {
      en: 'Size of a memory segment (network buffer); a power of two, at least 4096 bytes.',
      zh: '内存段（网络缓冲区）的大小；须为 2 的幂且不小于 4096 字节。',
    },
  },
  {
    key: 'taskmanager.cpu.cores',
    type: 'double',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'CPU cores of the TaskManager; defaults to the number of slots.',
      zh: 'TaskManager 的 CPU 核数；未配置时等于槽位（slot）数。',
    },
  },
  {
    key: 'taskmanager.numberOfTaskSlots',
    type: 'int',
    category: 'taskmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '1' }],
    description: {
      en: 'Number of slots of a TaskManager; managed memory is split evenly between them.',
      zh: '每个 TaskManager 的槽位（slot）数；托管内存在槽位之间平均分配。',
    },
  },
  {
    key: 'external-resources',
    type: 'string',
    category: 'general',
    since: '1.11',
    defaults: [{ since: '1.11', value: null }],
    description: {
      en: 'Names of external resources (e.g. gpu), separated by ";"; passed on in the -D string.',
      zh: '外部资源（如 gpu）的名称，以 ";" 分隔；会写入 -D 参数串。',
    },
  },
  // Legacy keys.
  {
    key: 'taskmanager.heap.size',
    type: 'memory',
    category: 'legacy',
    since: '1.10',
    removedIn: '2.0',
    removal: 'removed',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Legacy TaskManager heap: read as Total Flink Memory (standalone) or Total Process Memory (YARN/Kubernetes); removed in 2.0.',
      zh: '旧版 TaskManager 堆内存：独立部署时视为 Flink 总内存，YARN/Kubernetes 上视为进程总内存；2.0 已移除。',
    },
  },
  {
    key: 'taskmanager.heap.mb',
    type: 'int',
    category: 'legacy',
    since: '1.10',
    removedIn: '2.0',
    removal: 'removed',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Legacy TaskManager heap in MiB; used only when taskmanager.heap.size is not set; removed in 2.0.',
      zh: '旧版 TaskManager 堆内存（单位 MiB）；仅在未配置 taskmanager.heap.size 时使用；2.0 已移除。',
    },
  },
  {
    key: 'taskmanager.network.numberOfBuffers',
    type: 'int',
    category: 'legacy',
    since: '1.10',
    removedIn: '2.0',
    removal: 'removed',
    defaults: [{ since: '1.10', value: '2048' }],
    description: {
      en: 'Legacy fixed number of network buffers; network memory = buffers × segment size when no network min/max/fraction is set; removed in 2.0.',
      zh: '旧版固定网络缓冲区数量；未配置网络内存 min/max/fraction 时，网络内存 = 缓冲区数 × 内存段大小；2.0 已移除。',
    },
  },
  {
    key: 'taskmanager.memory.fraction',
    type: 'float',
    category: 'legacy',
    since: '1.10',
    removedIn: '1.10',
    removal: 'ignored',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Pre-1.10 managed memory fraction of the heap; ignored since 1.10 (use taskmanager.memory.managed.fraction).',
      zh: '1.10 之前的托管内存堆占比；自 1.10 起被忽略（请使用 taskmanager.memory.managed.fraction）。',
    },
  },
  {
    key: 'taskmanager.memory.off-heap',
    type: 'boolean',
    category: 'legacy',
    since: '1.10',
    removedIn: '1.10',
    removal: 'ignored',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Pre-1.10 switch for off-heap managed memory; ignored since 1.10 (managed memory is always off-heap).',
      zh: '1.10 之前的堆外托管内存开关；自 1.10 起被忽略（托管内存总在堆外）。',
    },
  },
  {
    key: 'taskmanager.memory.preallocate',
    type: 'boolean',
    category: 'legacy',
    since: '1.10',
    removedIn: '1.10',
    removal: 'ignored',
    defaults: [{ since: '1.10', value: null }],
    description: {
      en: 'Pre-1.10 managed memory preallocation; ignored since 1.10.',
      zh: '1.10 之前的托管内存预分配开关；自 1.10 起被忽略。',
    },
  },
];
