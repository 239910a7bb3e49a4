/**
 * The names of Flink's memory components (`fig.<figure>`), one table for every page that shows
 * them: the calculators, the compare view. Flink's own names (its log and docs say "Task Heap").
 */
export const figureLabels = {
  en: {
    'fig.frameworkHeap': 'Framework Heap',
    'fig.taskHeap': 'Task Heap',
    'fig.frameworkOffHeap': 'Framework Off-Heap',
    'fig.taskOffHeap': 'Task Off-Heap',
    'fig.network': 'Network Memory',
    'fig.managed': 'Managed Memory',
    'fig.jvmMetaspace': 'JVM Metaspace',
    'fig.jvmOverhead': 'JVM Overhead',
    'fig.totalFlink': 'Total Flink Memory',
    'fig.totalProcess': 'Total Process Memory',
    'fig.jvmHeap': 'JVM Heap',
    'fig.jvmDirect': 'Direct Memory',
    'fig.offHeap': 'Off-Heap Memory',
  },
  zh: {
    'fig.frameworkHeap': '框架堆内存',
    'fig.taskHeap': '任务堆内存',
    'fig.frameworkOffHeap': '框架堆外内存',
    'fig.taskOffHeap': '任务堆外内存',
    'fig.network': '网络内存',
    'fig.managed': '托管内存',
    'fig.jvmMetaspace': 'JVM 元空间',
    'fig.jvmOverhead': 'JVM 开销',
    'fig.totalFlink': 'Flink 总内存',
    'fig.totalProcess': '进程总内存',
    'fig.jvmHeap': 'JVM 堆内存',
    'fig.jvmDirect': '直接内存',
    'fig.offHeap': '堆外内存',
  },
} as const satisfies Record<'en' | 'zh', Record<`fig.${string}`, string>>;
