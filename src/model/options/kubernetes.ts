/**
 * Native Kubernetes pod sizing (KubernetesConfigOptions, since 1.15 / FLINK-15648): the memory
 * request is the process size, the limit is the process size times the factor (checked ≥ 1).
 */
import type { OptionSpec } from '../types';

export const KUBERNETES_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'kubernetes.jobmanager.memory.limit-factor',
    type: 'double',
    category: 'kubernetes',
    since: '1.15',
    defaults: [{ since: '1.15', value: '1.0' }],
    description: {
      en: 'JobManager pod memory limit = jobmanager.memory.process.size × this factor (≥ 1); the request stays the process size.',
      zh: 'JobManager Pod 的内存 limit = jobmanager.memory.process.size × 该系数（≥ 1）；request 仍为进程总内存。',
    },
  },
  {
    key: 'kubernetes.taskmanager.memory.limit-factor',
    type: 'double',
    category: 'kubernetes',
    since: '1.15',
    defaults: [{ since: '1.15', value: '1.0' }],
    description: {
      en: 'TaskManager pod memory limit = taskmanager.memory.process.size × this factor (≥ 1); the request stays the process size.',
      zh: 'TaskManager Pod 的内存 limit = taskmanager.memory.process.size × 该系数（≥ 1）；request 仍为进程总内存。',
    },
  },
];
