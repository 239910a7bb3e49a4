import { deriveTaskManager } from '~/model/taskmanager';
import type { ConformHandler } from './types';
import { caseConfig, caseMode, caseVersion } from './common';

/** `kind: tm` → the fields of a TaskManager vector's `expected`. */
export const tmHandler: ConformHandler = (c) => {
  const r = deriveTaskManager(caseConfig(c), { version: caseVersion(c), mode: caseMode(c) });
  if (!r.ok) return { ok: false, error: r.error.className, message: r.error.message, causes: r.error.causes.map((x) => `${x.className}: ${x.message}`) };
  return {
    ok: true, frameworkHeap: r.frameworkHeap, taskHeap: r.taskHeap, frameworkOffHeap: r.frameworkOffHeap, taskOffHeap: r.taskOffHeap,
    network: r.network, managed: r.managed, jvmMetaspace: r.jvmMetaspace, jvmOverhead: r.jvmOverhead, totalFlink: r.totalFlink,
    totalProcess: r.totalProcess, jvmHeap: r.jvmHeap, jvmDirect: r.jvmDirect, cpuCores: r.cpuCores, numSlots: r.numSlots,
    jvmParams: r.jvmParams, dynamicConfigs: r.dynamicConfigs,
  };
};
