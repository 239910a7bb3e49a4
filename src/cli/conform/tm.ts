import { deriveTaskManager } from '~/model/taskmanager';
import { atLeast } from '~/model/version';
import type { ConformHandler } from './types';
import { caseConfig, caseMode, caseVersion } from './common';

/** `kind: tm` → the fields of a TaskManager vector's `expected`. */
export const tmHandler: ConformHandler = (c) => {
  const r = deriveTaskManager(caseConfig(c), { version: caseVersion(c), mode: caseMode(c) });
  const version = caseVersion(c);
  if (!r.ok)
    return {
      ok: false,
      error: r.error.className,
      message: r.error.message,
      causes: r.error.causes.map((x) => `${x.className}: ${x.message}`),
    };
  const out: Record<string, unknown> = {
    ok: true,
    frameworkHeap: r.frameworkHeap,
    taskHeap: r.taskHeap,
    frameworkOffHeap: r.frameworkOffHeap,
    taskOffHeap: r.taskOffHeap,
    network: r.network,
    managed: r.managed,
    jvmMetaspace: r.jvmMetaspace,
    jvmOverhead: r.jvmOverhead,
    totalFlink: r.totalFlink,
    totalProcess: r.totalProcess,
    jvmHeap: r.jvmHeap,
    jvmDirect: r.jvmDirect,
    cpuCores: r.cpuCores,
    numSlots: r.numSlots,
    jvmParams: r.jvmParams,
    dynamicConfigs: r.dynamicConfigs,
  };
  // TaskExecutorProcessSpec#getNumSlots exists only since 1.13 (the vectors report getters that exist).
  if (!atLeast(version, '1.13')) delete out.numSlots;
  return out;
};
