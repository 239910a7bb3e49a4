/**
 * Fixes for a job whose network buffers do not fit its TaskManagers. Each is one option change;
 * it is offered only after the estimate, re-run with the change applied, fits (and the TaskManager
 * configuration is still accepted). Sizes are whole MiB/GiB (`3579m`, never `3.495gb`).
 */
import { estimateJobOnTm, type JobOnTmResult, type TmNetworkOptions } from '../network/tm';
import type { JobDescription } from '../network/job';
import { KEY } from '../network/config';
import { TM_KEYS } from '../taskmanager';
import { parseMemorySize, toHumanReadable } from '../memorysize';
import { atLeast } from '../version';
import { NEWEST_VERSION, type ConfigMap } from '../types';
import { configSize, MIB } from './size';
import { smallestAbove } from './search';
import type { Advice, Fix } from './types';

/** Whether the job fits TaskManagers configured by `config` (TaskManager accepted, verdict ok). */
export function jobFits(job: JobDescription, config: ConfigMap, opts: TmNetworkOptions = {}): boolean {
  const r = estimateJobOnTm(job, config, opts);
  return r.ok && r.value.verdict.ok;
}

/** Verified fixes for a job that does not fit (empty when it fits or cannot be estimated). */
export function networkFixesFor(
  job: JobDescription,
  config: ConfigMap,
  opts: TmNetworkOptions = {},
  estimate?: JobOnTmResult,
): Advice {
  const version = opts.version ?? NEWEST_VERSION;
  const est = estimate ?? estimateJobOnTm(job, config, opts);
  if (!est.ok || est.value.verdict.ok) return { fixes: [], noSingleFix: false };
  const needed = est.value.requiredPerTm;
  const segment = est.value.network.networkBufferSize;
  const fixes: Fix[] = [];
  const offer = (fix: Fix): void => {
    if (fixes.some((f) => JSON.stringify(f.set) === JSON.stringify(fix.set))) return;
    if (jobFits(job, { ...config, ...fix.set }, opts)) fixes.push(fix);
  };
  const networkOf = (c: ConfigMap): string => {
    const r = estimateJobOnTm(job, c, opts);
    return r.ok ? toHumanReadable(r.value.network.networkMemory) : '';
  };

  // 1. The total the TaskManager is sized by (not when network memory is given directly).
  if (opts.networkMemory === undefined) {
    const key = config[TM_KEYS.flink] !== undefined ? TM_KEYS.flink : TM_KEYS.process;
    const cur = parseMemorySize(config[key] ?? '0b');
    if (cur.ok) {
      const mib = smallestAbove(cur.value / MIB, (m) => jobFits(job, { ...config, [key]: `${m}m` }, opts));
      if (mib !== undefined) {
        const value = configSize(mib * MIB);
        offer({
          set: { [key]: value },
          id: 'network.raise-process',
          data: { key, value, needed: String(needed), network: networkOf({ ...config, [key]: value }) },
        });
      }
    }
  }
  // 2. Network memory fixed at what the job needs.
  if (opts.networkMemory === undefined) {
    const value = configSize(BigInt(needed) * BigInt(segment));
    offer({
      set: { [KEY.networkMin]: value, [KEY.networkMax]: value },
      id: 'network.pin-network',
      data: {
        minKey: KEY.networkMin,
        maxKey: KEY.networkMax,
        value,
        needed: String(needed),
        segment: toHumanReadable(BigInt(segment)),
      },
    });
  }
  // 3. 1.x: fewer exclusive buffers per channel (2.0 hard-codes 2 and ignores the option).
  const bpc = est.value.fix?.buffersPerChannelThatFits;
  if (!atLeast(version, '2.0') && bpc !== null && bpc !== undefined) {
    const from = String(est.value.network.buffersPerChannel);
    offer({
      set: { [KEY.buffersPerChannel]: String(bpc) },
      id: 'network.lower-buffers-per-channel',
      data: { key: KEY.buffersPerChannel, value: String(bpc), from },
    });
  }
  return { fixes, noSingleFix: fixes.length === 0 };
}
