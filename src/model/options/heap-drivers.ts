/**
 * Options that decide where memory goes without being part of the memory model: the Python UDF
 * execution mode (PythonOptions, THREAD since 1.15) and the JobManager's cache of finished jobs
 * (JobManagerOptions.JOB_STORE_CACHE_SIZE, bytes of JVM heap).
 */
import type { OptionSpec } from '../types';

export const HEAP_DRIVER_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'python.execution-mode',
    type: 'string',
    category: 'general',
    since: '1.15',
    defaults: [{ since: '1.15', value: 'process' }],
    values: ['process', 'thread'],
    description: {
      en: 'process: Python UDFs run in separate Python worker processes; thread: embedded in the TaskManager JVM (native memory of that process).',
      zh: 'process：Python UDF 在独立的 Python 工作进程中运行；thread：嵌入 TaskManager JVM 运行（占用该进程的本地内存）。',
    },
  },
  {
    key: 'jobstore.cache-size',
    type: 'long',
    category: 'jobmanager',
    since: '1.10',
    defaults: [{ since: '1.10', value: '52428800' }],
    description: {
      en: "Bytes of JobManager heap that cache finished jobs' execution graphs (the rest stays on disk).",
      zh: 'JobManager 堆内存中用于缓存已结束作业执行图的字节数（其余保存在磁盘上）。',
    },
  },
];
