import { deriveJobManager } from '~/model/jobmanager';
import { atLeast } from '~/model/version';
import type { ConformHandler } from './types';
import { caseConfig, caseMode, caseVersion } from './common';

/** `kind: jm` → the fields of a JobManager vector's `expected`. */
export const jmHandler: ConformHandler = (c) => {
  const r = deriveJobManager(caseConfig(c), { version: caseVersion(c), mode: caseMode(c) });
  if (!r.ok)
    return {
      ok: false,
      error: r.error.className,
      message: r.error.message,
      causes: r.error.causes.map((x) => `${x.className}: ${x.message}`),
    };
  const out: Record<string, unknown> = {
    ok: true,
    jvmHeap: r.jvmHeap,
    offHeap: r.offHeap,
    jvmMetaspace: r.jvmMetaspace,
    jvmOverhead: r.jvmOverhead,
    totalFlink: r.totalFlink,
    totalProcess: r.totalProcess,
    jvmParams: r.jvmParams,
    jvmParamsDirectLimitOn: r.jvmParamsDirectLimitOn,
    jvmParamsDirectLimitOff: r.jvmParamsDirectLimitOff,
    dynamicConfigs: r.dynamicConfigs,
  };
  // JobManagerProcessUtils#generateDynamicConfigsStr exists only since 1.12.
  if (!atLeast(caseVersion(c), '1.12')) delete out.dynamicConfigs;
  return out;
};
