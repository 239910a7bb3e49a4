/**
 * The network side of a TaskManager configuration: derives the TaskManager (MODEL-A's
 * `deriveTaskManager`), takes its network memory, and builds the network configuration; plus the
 * job estimate against that TaskManager with a process-size fix computed by the model.
 */
import type { ConfigMap, DeploymentMode, FlinkError, FlinkVersion, LogEntry } from '../types';
import { NEWEST_VERSION } from '../types';
import { deriveTaskManager } from '../taskmanager';
import { networkConfiguration, type NetworkConfiguration } from './config';
import { estimateJob, type JobDescription, type JobEstimate, type JobInputError } from './job';

export interface TmNetworkOptions {
  version?: FlinkVersion;
  mode?: DeploymentMode;
  /** Use this network memory instead of deriving the TaskManager (bytes). */
  networkMemory?: bigint;
}

export type TmNetworkResult = { ok: true; value: NetworkConfiguration } | { ok: false; error: FlinkError; log: LogEntry[] };

/** The TaskManager's network configuration for `config` (TaskManager derivation + NSEC). */
export function tmNetworkConfiguration(config: ConfigMap, opts: TmNetworkOptions = {}): TmNetworkResult {
  const version = opts.version ?? NEWEST_VERSION;
  let network = opts.networkMemory;
  if (network === undefined) {
    const tm = deriveTaskManager(config, { version, mode: opts.mode ?? 'standalone' });
    if (!tm.ok) return { ok: false, error: tm.error, log: tm.log };
    network = tm.network;
  }
  return networkConfiguration(config, network, version);
}

export interface ProcessSizeFix {
  /** Smallest `taskmanager.memory.process.size` (whole MiB) whose derived network memory suffices. */
  processSize: bigint | null;
  /** Or pin network memory: min = max = this. */
  networkMemory: bigint;
}

export type JobOnTmResult =
  | { ok: true; value: JobEstimate & { network: NetworkConfiguration; processSizeFix: ProcessSizeFix | null } }
  | { ok: false; error?: FlinkError; inputError?: JobInputError };

const MIB = 1048576n;

/**
 * Estimates `job` on TaskManagers configured by `config`; when the job does not fit, also finds
 * the smallest process size (MiB granularity, keeping every other setting) that would fit.
 */
export function estimateJobOnTm(job: JobDescription, config: ConfigMap, opts: TmNetworkOptions = {}): JobOnTmResult {
  const version = opts.version ?? NEWEST_VERSION;
  const net = tmNetworkConfiguration(config, opts);
  if (!net.ok) return { ok: false, error: net.error };
  const est = estimateJob(job, net.value, version);
  if (!est.ok) return { ok: false, inputError: est.inputError };
  let processSizeFix: ProcessSizeFix | null = null;
  if (est.value.fix) {
    const need = est.value.fix.buffersNeeded;
    const fits = (mib: bigint): boolean => {
      const c = { ...config, 'taskmanager.memory.process.size': `${mib}m` };
      delete (c as Record<string, string>)['taskmanager.memory.flink.size'];
      const r = tmNetworkConfiguration(c, { version, mode: opts.mode ?? 'standalone' });
      return r.ok && r.value.numNetworkBuffers >= need;
    };
    let size: bigint | null = null;
    // Only meaningful when the process size decides the network memory.
    if (opts.networkMemory === undefined && config['taskmanager.memory.task.heap.size'] === undefined) {
      let lo = 1n;
      let hi = 1024n;
      while (hi <= 1n << 24n && !fits(hi)) hi *= 2n;
      if (fits(hi)) {
        while (lo < hi) {
          const mid = (lo + hi) / 2n;
          if (fits(mid)) hi = mid;
          else lo = mid + 1n;
        }
        size = hi * MIB;
      }
    }
    processSizeFix = { processSize: size, networkMemory: est.value.fix.networkMemoryNeeded };
  }
  return { ok: true, value: { ...est.value, network: net.value, processSizeFix } };
}
