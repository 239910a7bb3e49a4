/**
 * The advisor: from a described cluster and job to a complete memory configuration, a reason per
 * key, warnings, and checks that the model itself ran on the result (TaskManager and JobManager
 * derivations for the version, the topology's network buffers, RocksDB/ForSt per slot, the fit in
 * the container). The rules are written down in content/<lang>/advisor-rules.mdx; every threshold
 * below is named there. Never throws; impossible inputs give the nearest feasible configuration.
 */
import { deriveTaskManager } from '../taskmanager';
import { deriveJobManager } from '../jobmanager';
import { atLeast } from '../version';
import { toHumanReadable } from '../memorysize';
import { tmNetworkConfiguration } from '../network/tm';
import { estimateJob, type JobDescription, type JobEstimate } from '../network/job';
import { convertToFractionOfSlot, type ManagedUseCase } from '../managed';
import { ARENA_SAFE_BUDGET_DEFAULTS, rocksDbSlot } from '../rocksdb';
import type { ConfigMap, DeploymentMode, FlinkError, FlinkVersion, TaskManagerResult } from '../types';
import { normalizeInput } from './input';
import { encodeExchangeJob, exchangeJob } from './jobs';
import type {
  Advice,
  AdviceChecks,
  AdvisorInput,
  AdvisorWarning,
  AssumptionId,
  NormalizedInput,
  Reason,
  RuleId,
  SourceId,
} from './types';

const MIB = 1n << 20n;
const GIB = 1n << 30n;
const SEGMENT = 32768n;

/** Thresholds of the rules (named in the rules chapter). */
export const ADVISOR_RULES = {
  /** MiB of Flink memory per derived slot at least. */
  slotMinMib: 512,
  /** Share of RocksDB/ForSt state per slot the block cache should hold (working set). */
  workingSet: 0.1,
  workingSetMaxManaged: 0.25,
  /** HashMap state occupies about this many times its serialized size on the heap. */
  heapStateFactor: 2,
  /** Network buffers: required × this (20 % room for floating buffers and overdraft). */
  networkMargin: 1.2,
  networkMarginMinCost: 1.1,
  /** Network memory never above this share of Flink memory (the rest is for the tasks). */
  networkMaxShare: 0.5,
  /** Managed fraction ceiling (heap must remain for user code and the framework). */
  managedCap: 0.7,
  managedCapMaxManaged: 0.8,
  /** 1.17+: cap network at max(1g, need) when Flink's default would exceed 4 × the need. */
  networkWasteFactor: 4,
  metaspaceCodegenMib: 384,
  nativeOverheadFraction: '0.15',
  nativeOverheadMax: '2g',
  taskOffHeapNativeMib: 128,
  pythonWorkerOffHeapMib: 79,
  bigHeap: 32n * GIB,
} as const;

/** Order of keys in the emitted configuration (keys not listed go last, alphabetically). */
export const KEY_ORDER: readonly string[] = [
  'taskmanager.memory.process.size',
  'taskmanager.memory.flink.size',
  'taskmanager.numberOfTaskSlots',
  'taskmanager.memory.framework.heap.size',
  'taskmanager.memory.framework.off-heap.size',
  'taskmanager.memory.task.off-heap.size',
  'taskmanager.memory.managed.fraction',
  'taskmanager.memory.managed.consumer-weights',
  'taskmanager.memory.network.min',
  'taskmanager.memory.network.max',
  'taskmanager.memory.network.fraction',
  'taskmanager.network.memory.buffer-debloat.enabled',
  'taskmanager.memory.jvm-metaspace.size',
  'taskmanager.memory.jvm-overhead.min',
  'taskmanager.memory.jvm-overhead.max',
  'taskmanager.memory.jvm-overhead.fraction',
  'state.backend.type',
  'state.backend',
  'state.backend.rocksdb.memory.managed',
  'state.backend.rocksdb.memory.write-buffer-ratio',
  'state.backend.rocksdb.memory.high-prio-pool-ratio',
  'state.backend.rocksdb.memory.partitioned-index-filters',
  'state.backend.forst.memory.managed',
  'state.backend.forst.memory.write-buffer-ratio',
  'state.backend.forst.memory.high-prio-pool-ratio',
  'state.backend.forst.memory.partitioned-index-filters',
  'jobmanager.memory.process.size',
  'jobmanager.memory.flink.size',
  'jobmanager.heap.size',
  'jobmanager.memory.jvm-metaspace.size',
  'kubernetes.taskmanager.memory.limit-factor',
  'kubernetes.jobmanager.memory.limit-factor',
  'yarn.containers.vcores',
];

const K = {
  process: 'taskmanager.memory.process.size',
  flink: 'taskmanager.memory.flink.size',
  slots: 'taskmanager.numberOfTaskSlots',
  fwHeap: 'taskmanager.memory.framework.heap.size',
  fwOff: 'taskmanager.memory.framework.off-heap.size',
  taskOff: 'taskmanager.memory.task.off-heap.size',
  managedFraction: 'taskmanager.memory.managed.fraction',
  weights: 'taskmanager.memory.managed.consumer-weights',
  netMin: 'taskmanager.memory.network.min',
  netMax: 'taskmanager.memory.network.max',
  netFraction: 'taskmanager.memory.network.fraction',
  debloat: 'taskmanager.network.memory.buffer-debloat.enabled',
  metaspace: 'taskmanager.memory.jvm-metaspace.size',
  ohMin: 'taskmanager.memory.jvm-overhead.min',
  ohMax: 'taskmanager.memory.jvm-overhead.max',
  ohFraction: 'taskmanager.memory.jvm-overhead.fraction',
  jmProcess: 'jobmanager.memory.process.size',
  jmFlink: 'jobmanager.memory.flink.size',
  jmHeapLegacy: 'jobmanager.heap.size',
  jmMetaspace: 'jobmanager.memory.jvm-metaspace.size',
  k8sTmLimit: 'kubernetes.taskmanager.memory.limit-factor',
  k8sJmLimit: 'kubernetes.jobmanager.memory.limit-factor',
  vcores: 'yarn.containers.vcores',
} as const;

const mib = (bytes: bigint): bigint => bytes / MIB;
const ceilMib = (bytes: bigint): bigint => (bytes + MIB - 1n) / MIB;
/** Whole MiB as Flink parses them: `3579m`. */
export const m = (mebibytes: bigint | number): string => `${mebibytes}m`;
const hr = (b: bigint): string => toHumanReadable(b < 0n ? 0n : b);
/** A fraction as a short decimal Flink parses as a Java float (3 decimals, like the operator's MemoryTuning). */
export function fractionText(f: number): string {
  const r = Math.round(Math.min(Math.max(f, 0), 0.999) * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}
/** Rounded up to 3 decimals, so the consumer gets at least what the rule asked for. */
const fractionUp = (f: number): string => fractionText(Math.ceil(Math.min(f, 0.999) * 1000 - 1e-9) / 1000);
const pct = (f: number): string => `${Math.round(f * 1000) / 10}%`;

class Builder {
  readonly config: Record<string, string> = {};
  readonly reasons: Record<string, Reason> = {};
  set(
    key: string,
    value: string,
    rule: RuleId,
    source: SourceId,
    assumption: AssumptionId = 'assume.noAssumption',
    params: Record<string, string> = {},
  ): void {
    this.config[key] = value;
    this.reasons[key] = { rule, source, assumption, params: { key, value, ...params } };
  }
  drop(key: string): void {
    delete this.config[key];
    delete this.reasons[key];
  }
}

function ordered<T>(map: Record<string, T>): Record<string, T> {
  const keys = Object.keys(map).sort((a, b) => {
    const ia = KEY_ORDER.indexOf(a);
    const ib = KEY_ORDER.indexOf(b);
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0) return -1;
    if (ib >= 0) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, T> = {};
  for (const k of keys) out[k] = map[k]!;
  return out;
}

/** Managed-memory consumers this job declares (Flink's use cases). */
export function managedUseCases(i: NormalizedInput): ManagedUseCase[] {
  const out: ManagedUseCase[] = [];
  if (i.mode === 'batch' || i.sql.windows) out.push('OPERATOR');
  if (i.mode === 'streaming' && i.stateBackend !== 'hashmap') out.push('STATE_BACKEND');
  if (i.python && atLeast(i.version, '1.12')) out.push('PYTHON');
  return out;
}

interface Platform {
  container: bigint;
  yarnContainerMb: number | null;
  rule: RuleId;
  source: SourceId;
}

/** What the process may use: pod request (whole MiB), YARN container after rounding, or the host budget. */
function platformBudget(given: bigint, i: NormalizedInput, warnings: AdvisorWarning[], which: 'tm' | 'jm'): Platform {
  if (i.deployment === 'yarn') {
    const mb = ceilMib(given);
    const min = BigInt(i.yarnMinAllocationMb);
    const granted = ((mb + min - 1n) / min) * min;
    if (granted !== mb && which === 'tm') {
      warnings.push({ id: 'warn.yarnRounding', params: { requested: String(mb), granted: String(granted), min: String(min) } });
    }
    return { container: granted * MIB, yarnContainerMb: Number(granted), rule: 'rule.processFromYarn', source: 'yarn.scheduler' };
  }
  const whole = mib(given) * MIB;
  if (i.deployment === 'standalone')
    return { container: whole, yarnContainerMb: null, rule: 'rule.flinkFromHost', source: 'docs.memSetup' };
  return { container: whole, yarnContainerMb: null, rule: 'rule.processFromPod', source: 'docs.k8sNative' };
}

const deployMode = (i: NormalizedInput): DeploymentMode => (i.deployment === 'standalone' ? 'standalone' : 'active');

function derive(config: ConfigMap, i: NormalizedInput): TaskManagerResult {
  return deriveTaskManager(config, { version: i.version, mode: deployMode(i) });
}

/** Smallest whole-MiB process size for which `accept` holds (binary search; undefined above 1 TiB). */
function smallestProcess(accept: (mebibytes: bigint) => boolean, from: bigint): bigint | undefined {
  let lo = from < 1n ? 1n : from;
  if (accept(lo)) return lo;
  let hi = lo * 2n;
  while (!accept(hi)) {
    lo = hi;
    hi *= 2n;
    if (hi > 1n << 20n) return undefined;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (accept(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The job's network estimate on TaskManagers configured by `config` (no process-size search: the advisor sizes itself). */
function estimate(
  job: JobDescription,
  config: ConfigMap,
  i: NormalizedInput,
): { ok: true; value: JobEstimate & { segment: number } } | { ok: false; inputError?: { id: string }; error?: FlinkError } {
  const net = tmNetworkConfiguration(config, { version: i.version, mode: deployMode(i) });
  if (!net.ok) return { ok: false, error: net.error };
  const e = estimateJob(job, net.value, i.version);
  if (!e.ok) return { ok: false, inputError: e.inputError };
  return { ok: true, value: { ...e.value, segment: net.value.networkBufferSize } };
}

/** Advises a configuration for `raw` (validated here). */
export function advise(raw: AdvisorInput | unknown): Advice {
  const { input: i, problems } = normalizeInput(raw);
  const warnings: AdvisorWarning[] = [];
  const v: FlinkVersion = i.version;
  const b = new Builder();
  const R = ADVISOR_RULES;
  const native = i.stateBackend !== 'hashmap' || i.python || i.goals.includes('native-headroom');
  const codegen = i.sql.windows || i.sql.joins || i.sql.aggregations || i.python;

  // --- Platform and total size ------------------------------------------------------------------
  const tmPlat = platformBudget(i.tmMemory, i, warnings, 'tm');
  let container = tmPlat.container;
  const processMib = mib(container);

  // --- Slots -----------------------------------------------------------------------------------
  let slots: number;
  if (i.slots === 'derive') {
    const byCpu = Math.max(1, Math.floor(i.tmCpus));
    const byMem = Math.max(1, Number(processMib / BigInt(R.slotMinMib)));
    slots = Math.min(byCpu, byMem);
    b.set(K.slots, String(slots), 'rule.slotsDerived', 'docs.execution', 'assume.oneSlotPerCpu', {
      cpus: String(i.tmCpus),
      slots: String(slots),
      byMem: String(byMem),
      slotMinMib: String(R.slotMinMib),
    });
  } else {
    slots = i.slots;
    b.set(K.slots, String(slots), 'rule.slotsGiven', 'docs.execution');
    if (slots > Math.max(1, Math.ceil(i.tmCpus)))
      warnings.push({ id: 'warn.slotsExceedCpus', params: { slots: String(slots), cpus: String(i.tmCpus) }, keys: [K.slots] });
  }
  if (i.tmCpus < 1) warnings.push({ id: 'warn.fractionalCpus', params: { cpus: String(i.tmCpus) } });
  const parallelism = i.parallelism ?? slots;

  // --- JVM parts and framework -------------------------------------------------------------------
  const metaspaceMib = codegen && processMib >= 2048n ? BigInt(R.metaspaceCodegenMib) : 256n;
  if (metaspaceMib === 256n) b.set(K.metaspace, '256m', 'rule.metaspaceDefault', 'docs.memSetupTm');
  else b.set(K.metaspace, m(metaspaceMib), 'rule.metaspaceCodegen', 'docs.memTuning', 'assume.sqlOperators');
  b.set(
    K.ohMin,
    '192m',
    native ? 'rule.overheadNative' : 'rule.overheadDefault',
    native ? 'docs.rocksdbMemory' : 'docs.memSetupTm',
  );
  b.set(
    K.ohMax,
    native ? R.nativeOverheadMax : '1g',
    native ? 'rule.overheadNative' : 'rule.overheadDefault',
    native ? 'docs.rocksdbMemory' : 'docs.memSetupTm',
  );
  b.set(
    K.ohFraction,
    native ? R.nativeOverheadFraction : '0.1',
    native ? 'rule.overheadNative' : 'rule.overheadDefault',
    native ? 'docs.rocksdbMemory' : 'docs.memSetupTm',
  );
  b.set(K.fwHeap, '128m', 'rule.frameworkDefault', 'docs.memSetupTm');
  b.set(K.fwOff, '128m', 'rule.frameworkDefault', 'docs.memSetupTm');
  if (i.python && !atLeast(v, '1.12')) {
    b.set(
      K.taskOff,
      m(BigInt(slots * R.pythonWorkerOffHeapMib)),
      'rule.taskOffHeapPython',
      'docs.python',
      'assume.pythonProcess',
      { slots: String(slots) },
    );
  } else if (i.goals.includes('native-headroom')) {
    b.set(K.taskOff, m(BigInt(R.taskOffHeapNativeMib)), 'rule.taskOffHeapNative', 'docs.memSetupTm');
  } else b.set(K.taskOff, '0m', 'rule.taskOffHeapZero', 'docs.memSetupTm');

  b.set(K.process, m(processMib), tmPlat.rule, tmPlat.source, 'assume.noAssumption', {
    given: hr(i.tmMemory),
    container: hr(container),
    yarnMb: String(tmPlat.yarnContainerMb ?? ''),
    min: String(i.yarnMinAllocationMb),
  });
  // Defaults for the first derivation (network and managed are decided below, on its figures).
  b.config[K.managedFraction] = '0';
  b.config[K.netMin] = '64m';
  b.config[K.netFraction] = '0.1';
  b.config[K.netMax] = atLeast(v, '1.17') ? '9223372036854775807b' : '1g';

  // --- Feasibility of the container itself ---------------------------------------------------------
  let first = derive(b.config, i);
  if (!first.ok || first.taskHeap <= 0n) {
    // The container is below what Flink needs with these JVM and framework sizes: the nearest
    // feasible configuration is the smallest process size Flink accepts (plus a little task heap).
    const need =
      smallestProcess((x) => {
        const r = derive({ ...b.config, [K.process]: m(x) }, i);
        return r.ok && r.taskHeap >= 16n * MIB;
      }, processMib) ?? processMib;
    warnings.push({
      id: 'warn.containerTooSmall',
      params: { given: hr(i.tmMemory), minimum: m(need), minimumHr: hr(need * MIB) },
      keys: [K.process],
    });
    container = need * MIB;
    b.set(K.process, m(need), 'rule.processNearestFeasible', 'docs.memSetupTm', 'assume.noAssumption', {
      given: hr(i.tmMemory),
      minimum: m(need),
    });
    first = derive(b.config, i);
  }
  const flinkTotal = first.ok ? first.totalFlink : container;

  // --- Network ------------------------------------------------------------------------------------
  const margin = i.goals.includes('min-cost') ? R.networkMarginMinCost : R.networkMargin;
  const job = exchangeJob(i.exchanges, parallelism, slots, i.mode);
  const jobText = encodeExchangeJob(job);
  const est = estimate(job, b.config, i);
  let required = 0;
  if (est.ok) required = est.value.requiredPerTm;
  else if (est.inputError)
    warnings.push({ id: 'warn.networkInput', params: { reason: est.inputError.id, parallelism: String(parallelism) } });
  const wanted = Math.ceil(required * margin);
  const wantBytes = ceilMib(BigInt(wanted) * SEGMENT) * MIB;
  const defaultNet = first.ok ? first.network : 64n * MIB;
  const netCap = BigInt(Math.floor(Number(mib(flinkTotal)) * R.networkMaxShare)) * MIB;
  const netParams = {
    required: String(required),
    wanted: String(wanted),
    margin: pct(margin - 1),
    job: i.exchanges,
    parallelism: String(parallelism),
    defaultNet: hr(defaultNet),
    want: hr(wantBytes),
  };
  if (defaultNet >= wantBytes) {
    b.set(K.netMin, '64m', 'rule.networkDefault', 'docs.memSetupTm', 'assume.networkMargin', netParams);
    b.set(K.netFraction, '0.1', 'rule.networkFraction', 'docs.memSetupTm', 'assume.noAssumption', netParams);
    if (atLeast(v, '1.17') && defaultNet > GIB && defaultNet > wantBytes * BigInt(R.networkWasteFactor)) {
      const cap = wantBytes > GIB ? wantBytes : GIB;
      b.set(K.netMax, m(mib(cap)), 'rule.networkCapped', 'source.taskManagerOptions', 'assume.networkMargin', netParams);
    } else if (atLeast(v, '1.17')) {
      b.set(
        K.netMax,
        m(ceilMib(defaultNet)),
        'rule.networkMaxDefault',
        'source.taskManagerOptions',
        'assume.noAssumption',
        netParams,
      );
    } else b.set(K.netMax, '1g', 'rule.networkMaxDefault', 'source.taskManagerOptions', 'assume.noAssumption', netParams);
  } else {
    let pin = wantBytes;
    if (pin > netCap) {
      pin = netCap > 64n * MIB ? netCap : 64n * MIB;
      warnings.push({
        id: 'warn.networkShort',
        params: { ...netParams, available: hr(pin), buffers: String(pin / SEGMENT) },
        keys: [K.netMin, K.netMax],
      });
    }
    b.set(K.netMin, m(mib(pin)), 'rule.networkPinned', 'docs.networkTuning', 'assume.networkMargin', netParams);
    b.set(K.netMax, m(mib(pin)), 'rule.networkPinned', 'docs.networkTuning', 'assume.networkMargin', netParams);
    b.set(K.netFraction, '0.1', 'rule.networkFraction', 'docs.memSetupTm', 'assume.noAssumption', netParams);
  }
  if (i.mode === 'streaming' && i.checkpointing !== 'none' && atLeast(v, '1.14')) {
    b.set(K.debloat, 'true', 'rule.debloat', 'docs.debloat', 'assume.noAssumption', { checkpointing: i.checkpointing });
  }
  if (i.checkpointing === 'unaligned') warnings.push({ id: 'warn.unalignedInflight', params: {} });

  // --- Managed memory -----------------------------------------------------------------------------
  const uses = managedUseCases(i);
  const maxManaged = i.goals.includes('max-managed');
  const ws = maxManaged ? R.workingSetMaxManaged : R.workingSet;
  const arenaMib = ceilMib(ARENA_SAFE_BUDGET_DEFAULTS);
  const desiredPerSlot =
    i.stateSizePerSlot > 0n
      ? (() => {
          const w = BigInt(Math.ceil(Number(i.stateSizePerSlot) * ws));
          return w > arenaMib * MIB ? ceilMib(w) * MIB : arenaMib * MIB;
        })()
      : arenaMib * MIB;
  const F = Number(flinkTotal);
  const base: Partial<Record<ManagedUseCase, number>> = {};
  for (const u of uses) {
    // RocksDB/ForSt: Flink's default share (0.4) at least, more when the working set needs it.
    if (u === 'STATE_BACKEND')
      base[u] = Math.max(maxManaged ? 0.6 : 0.4, i.stateSizePerSlot > 0n ? (Number(desiredPerSlot) * slots) / F : 0);
    if (u === 'OPERATOR') base[u] = i.mode === 'batch' ? (maxManaged ? 0.5 : 0.4) : 0.1;
    if (u === 'PYTHON') base[u] = 0.2;
  }
  let total = Object.values(base).reduce((s, x) => s + (x ?? 0), 0);
  const cap = maxManaged ? R.managedCapMaxManaged : R.managedCap;
  if (total > cap) {
    warnings.push({ id: 'warn.managedCapped', params: { wanted: pct(total), cap: pct(cap) }, keys: [K.managedFraction] });
    total = cap;
  }
  // HashMap state lives on the heap: leave it room before managed memory takes its share.
  const heapNeedPerSlot = i.stateBackend === 'hashmap' ? i.stateSizePerSlot * BigInt(R.heapStateFactor) : 0n;
  if (uses.length === 0) {
    b.set(
      K.managedFraction,
      '0',
      'rule.managedNone',
      'docs.memTuning',
      i.mode === 'streaming' && codegen ? 'assume.sqlOperators' : 'assume.noAssumption',
      { backend: i.stateBackend },
    );
  } else {
    const rule: RuleId =
      uses.includes('STATE_BACKEND') && i.stateSizePerSlot > 0n ? 'rule.managedRocksState' : 'rule.managedConsumers';
    b.set(
      K.managedFraction,
      fractionUp(total),
      rule,
      uses.includes('STATE_BACKEND') ? 'docs.largeState' : 'docs.memSetupTm',
      uses.includes('STATE_BACKEND') && i.stateSizePerSlot > 0n ? 'assume.workingSet' : 'assume.sqlOperators',
      {
        uses: uses.join(', '),
        state: hr(i.stateSizePerSlot),
        desired: hr(desiredPerSlot),
        workingSet: pct(ws),
        slots: String(slots),
      },
    );
  }
  if (atLeast(v, '1.12')) {
    const w = { OPERATOR: 70, STATE_BACKEND: 70, PYTHON: 30 };
    if (uses.length > 1) {
      const sum = uses.reduce((s, u) => s + (base[u] ?? 0), 0);
      for (const u of uses) w[u] = Math.max(1, Math.round(((base[u] ?? 0) / sum) * 100));
    }
    const text = atLeast(v, '1.13')
      ? `OPERATOR:${w.OPERATOR},STATE_BACKEND:${w.STATE_BACKEND},PYTHON:${w.PYTHON}`
      : `DATAPROC:${Math.max(w.OPERATOR, w.STATE_BACKEND)},PYTHON:${w.PYTHON}`;
    b.set(K.weights, text, 'rule.weights', 'docs.memSetupTm', 'assume.noAssumption', { uses: uses.join(', ') || '-' });
  }

  // --- State backend options ------------------------------------------------------------------------
  const sbKey = atLeast(v, '1.17') ? 'state.backend.type' : 'state.backend';
  const sbValue = i.stateBackend === 'hashmap' ? (atLeast(v, '1.13') ? 'hashmap' : 'filesystem') : i.stateBackend;
  b.set(
    sbKey,
    sbValue,
    'rule.stateBackend',
    i.stateBackend === 'forst' ? 'docs.forst' : 'docs.largeState',
    'assume.noAssumption',
    { backend: i.stateBackend },
  );
  const rocksPrefix = i.stateBackend === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
  if (i.stateBackend !== 'hashmap') {
    const src: SourceId = i.stateBackend === 'forst' ? 'docs.forst' : 'docs.rocksdbMemory';
    const as: AssumptionId = i.stateBackend === 'forst' ? 'assume.forstLikeRocks' : 'assume.noAssumption';
    b.set(`${rocksPrefix}managed`, 'true', 'rule.rocksManaged', src, as);
    b.set(`${rocksPrefix}write-buffer-ratio`, '0.5', 'rule.rocksRatios', 'source.rocksdbController', as);
    b.set(`${rocksPrefix}high-prio-pool-ratio`, '0.1', 'rule.rocksRatios', 'source.rocksdbController', as);
    if (atLeast(v, '1.13')) {
      const partitioned = i.stateBackend === 'forst' || i.stateSizePerSlot >= GIB;
      b.set(`${rocksPrefix}partitioned-index-filters`, String(partitioned), 'rule.rocksPartitioned', src, as, {
        state: hr(i.stateSizePerSlot),
      });
    }
  }

  // --- Platform keys --------------------------------------------------------------------------------
  if ((i.deployment === 'kubernetes-operator' || i.deployment === 'native-kubernetes') && atLeast(v, '1.15')) {
    b.set(K.k8sTmLimit, '1.0', 'rule.limitFactor', 'k8s.qos');
    b.set(K.k8sJmLimit, '1.0', 'rule.limitFactor', 'k8s.qos');
  }
  if (i.deployment === 'yarn')
    b.set(K.vcores, String(Math.max(1, Math.floor(i.tmCpus))), 'rule.vcores', 'docs.yarn', 'assume.noAssumption', {
      cpus: String(i.tmCpus),
    });

  // --- Re-derive and repair -------------------------------------------------------------------------
  const heapOk = (r: TaskManagerResult): boolean =>
    r.ok &&
    r.taskHeap >= 16n * MIB &&
    (heapNeedPerSlot === 0n || r.taskHeap / BigInt(slots) >= heapNeedPerSlot || Number(b.config[K.managedFraction]) === 0);
  let tm = derive(b.config, i);
  for (let step = 0; step < 12 && !heapOk(tm); step++) {
    const f = Number(b.config[K.managedFraction]);
    if (f > 0) {
      const next = f < 0.02 ? 0 : f * 0.75;
      b.config[K.managedFraction] = fractionText(next);
      b.reasons[K.managedFraction] = {
        rule: 'rule.managedCapped',
        source: 'docs.memSetupTm',
        assumption: 'assume.heapStateFactor',
        params: { key: K.managedFraction, value: fractionText(next), wanted: fractionText(total) },
      };
    } else if (b.config[K.netMin] !== '64m') {
      // Pinned network does not fit next to the heap: fall back to a quarter of Flink memory.
      const quarter = m(mib(flinkTotal) / 4n > 64n ? mib(flinkTotal) / 4n : 64n);
      b.config[K.netMin] = quarter;
      b.config[K.netMax] = quarter;
      b.reasons[K.netMin]!.params['value'] = quarter;
      b.reasons[K.netMax]!.params['value'] = quarter;
      if (!warnings.some((w) => w.id === 'warn.networkShort'))
        warnings.push({
          id: 'warn.networkShort',
          params: { ...netParams, available: quarter, buffers: String((mib(flinkTotal) / 4n) * 32n) },
          keys: [K.netMin, K.netMax],
        });
    } else break;
    tm = derive(b.config, i);
  }
  if (!tm.ok) {
    // Last resort: Flink's defaults for every fraction, then the smallest process that works.
    b.config[K.managedFraction] = '0';
    b.config[K.netMin] = '64m';
    b.config[K.netMax] = atLeast(v, '1.17') ? m(ceilMib(defaultNet)) : '1g';
    const need = smallestProcess((x) => derive({ ...b.config, [K.process]: m(x) }, i).ok, mib(container)) ?? mib(container);
    container = need * MIB;
    b.set(K.process, m(need), 'rule.processNearestFeasible', 'docs.memSetupTm', 'assume.noAssumption', {
      given: hr(i.tmMemory),
      minimum: m(need),
    });
    if (!warnings.some((w) => w.id === 'warn.containerTooSmall'))
      warnings.push({
        id: 'warn.containerTooSmall',
        params: { given: hr(i.tmMemory), minimum: m(need), minimumHr: hr(container) },
        keys: [K.process],
      });
    tm = derive(b.config, i);
  }

  // Standalone: state total Flink memory (the docs' advice for standalone), checked to fit the host.
  if (i.deployment === 'standalone' && tm.ok) {
    let flinkMib = mib(tm.totalFlink);
    const proc = b.config[K.process]!;
    const procReason = b.reasons[K.process]!;
    b.drop(K.process);
    for (let k = 0; k < 4; k++) {
      b.set(
        K.flink,
        m(flinkMib),
        procReason.rule === 'rule.processNearestFeasible' ? 'rule.processNearestFeasible' : 'rule.flinkFromHost',
        'docs.memSetup',
        'assume.noAssumption',
        { ...procReason.params, process: proc },
      );
      const r = derive(b.config, i);
      if (r.ok && r.totalProcess <= container) {
        tm = r;
        break;
      }
      flinkMib -= 1n;
    }
  }

  // --- JobManager -----------------------------------------------------------------------------------
  const jmPlat = platformBudget(i.jmMemory, i, warnings, 'jm');
  let jmContainer = jmPlat.container;
  const jmMode = deployMode(i);
  const jmConfig = (x: bigint): Record<string, string> => {
    if (v === '1.10') {
      // 1.10 has no JobManager memory model: the heap is the container minus the containerized cut-off.
      const cut = (x * MIB) / 4n > 600n * MIB ? (x * MIB) / 4n : 600n * MIB;
      const heap = x * MIB - cut;
      return { [K.jmHeapLegacy]: m(mib(heap > 128n * MIB ? heap : 128n * MIB)) };
    }
    return i.deployment === 'standalone'
      ? { [K.jmProcess]: m(x), [K.jmMetaspace]: '256m' }
      : { [K.jmProcess]: m(x), [K.jmMetaspace]: '256m' };
  };
  const jmOk = (x: bigint): boolean => {
    const r = deriveJobManager(jmConfig(x), { version: v, mode: jmMode });
    return r.ok && (v === '1.10' || r.jvmHeap >= 128n * MIB);
  };
  let jmMib = mib(jmContainer);
  if (!jmOk(jmMib)) {
    const need = smallestProcess(jmOk, jmMib) ?? jmMib;
    warnings.push({ id: 'warn.jmContainerTooSmall', params: { given: hr(i.jmMemory), minimum: m(need) }, keys: [K.jmProcess] });
    jmMib = need;
    jmContainer = need * MIB;
  }
  const jmCfg = jmConfig(jmMib);
  const jmNearest = jmMib * MIB !== jmPlat.container;
  for (const [k, val] of Object.entries(jmCfg)) {
    if (k === K.jmMetaspace) b.set(k, val, 'rule.jmMetaspace', 'docs.memSetup');
    else if (k === K.jmHeapLegacy)
      b.set(k, val, 'rule.jmLegacyHeap', 'docs.memSetup', 'assume.noAssumption', { container: hr(jmContainer) });
    else
      b.set(
        k,
        val,
        jmNearest ? 'rule.jmNearestFeasible' : 'rule.jmProcess',
        i.deployment === 'yarn' ? 'yarn.scheduler' : 'docs.memSetup',
        'assume.noAssumption',
        { given: hr(i.jmMemory), container: hr(jmContainer) },
      );
  }
  let jm = deriveJobManager(jmCfg, { version: v, mode: jmMode });
  if (i.deployment === 'standalone' && jm.ok && v !== '1.10') {
    const flinkJm = m(mib(jm.totalFlink));
    const reason = b.reasons[K.jmProcess]!;
    b.drop(K.jmProcess);
    b.set(K.jmFlink, flinkJm, 'rule.jmFlinkFromHost', 'docs.memSetup', 'assume.noAssumption', { ...reason.params });
    const r = deriveJobManager({ [K.jmFlink]: flinkJm, [K.jmMetaspace]: '256m' }, { version: v, mode: jmMode });
    if (r.ok) jm = r;
  }

  if (v === '1.10') warnings.push({ id: 'warn.legacyVersion', params: { version: v } });

  // --- Checks ---------------------------------------------------------------------------------------
  const checks = runChecks(
    b.config,
    i,
    tm,
    jm,
    container,
    jmContainer,
    slots,
    job,
    jobText,
    margin,
    desiredPerSlot,
    heapNeedPerSlot,
    uses,
    warnings,
  );
  checks.platform = {
    deployment: i.deployment,
    tmGiven: i.tmMemory,
    tmContainer: container,
    tmLimit:
      i.deployment === 'kubernetes-operator' || i.deployment === 'native-kubernetes'
        ? container
        : i.deployment === 'yarn'
          ? container
          : null,
    yarnContainerMb: i.deployment === 'yarn' ? Number(mib(container)) : null,
    jmGiven: i.jmMemory,
    jmContainer,
  };
  return {
    input: i,
    mode: deployMode(i),
    config: ordered(b.config),
    reasons: ordered(b.reasons),
    warnings,
    problems,
    checks,
    job: jobText,
    numTms: Math.max(1, Math.ceil(parallelism / slots)),
  };
}

function runChecks(
  config: Record<string, string>,
  i: NormalizedInput,
  tm: TaskManagerResult,
  jm: ReturnType<typeof deriveJobManager>,
  container: bigint,
  jmContainer: bigint,
  slots: number,
  job: ReturnType<typeof exchangeJob>,
  jobText: string,
  margin: number,
  desiredPerSlot: bigint,
  heapNeedPerSlot: bigint,
  uses: ManagedUseCase[],
  warnings: AdvisorWarning[],
): AdviceChecks {
  const v = i.version;
  const tmCheck: AdviceChecks['tm'] = tm.ok
    ? {
        ok: true,
        path: tm.path,
        container,
        fits: tm.totalProcess <= container,
        numSlots: tm.numSlots,
        figures: {
          frameworkHeap: tm.frameworkHeap,
          taskHeap: tm.taskHeap,
          frameworkOffHeap: tm.frameworkOffHeap,
          taskOffHeap: tm.taskOffHeap,
          network: tm.network,
          managed: tm.managed,
          jvmMetaspace: tm.jvmMetaspace,
          jvmOverhead: tm.jvmOverhead,
          totalFlink: tm.totalFlink,
          totalProcess: tm.totalProcess,
          jvmHeap: tm.jvmHeap,
          jvmDirect: tm.jvmDirect,
        },
        jvmParams: tm.jvmParams,
        dynamicConfigs: tm.dynamicConfigs,
      }
    : { ok: false, error: tm.error, container, fits: false };
  const jmCheck: AdviceChecks['jm'] = jm.ok
    ? {
        ok: true,
        container: jmContainer,
        fits: jm.path === 'legacy-1.10' ? jm.jvmHeap <= jmContainer : jm.totalProcess <= jmContainer,
        figures: {
          jvmHeap: jm.jvmHeap,
          offHeap: jm.offHeap,
          jvmMetaspace: jm.jvmMetaspace,
          jvmOverhead: jm.jvmOverhead,
          totalFlink: jm.totalFlink,
          totalProcess: jm.totalProcess,
        },
        jvmParams: jm.jvmParams,
      }
    : { ok: false, error: jm.error, container: jmContainer, fits: false };

  const net: AdviceChecks['network'] = {
    ok: false,
    inputError: null,
    numTms: 0,
    requiredPerTm: 0,
    wantedPerTm: 0,
    numNetworkBuffers: 0,
    segmentSize: 32768,
    headroom: 0,
    fits: false,
    fitsWithMargin: false,
    job: jobText,
  };
  const est = estimate(job, config, i);
  if (est.ok) {
    const e = est.value;
    net.ok = true;
    net.numTms = e.numTms;
    net.requiredPerTm = e.requiredPerTm;
    net.wantedPerTm = Math.ceil(e.requiredPerTm * margin);
    net.numNetworkBuffers = e.numNetworkBuffers;
    net.segmentSize = e.segment;
    net.headroom = e.requiredPerTm > 0 ? Math.round((e.numNetworkBuffers / e.requiredPerTm) * 100) / 100 : 0;
    net.fits = e.verdict.ok;
    net.fitsWithMargin = e.verdict.ok && e.numNetworkBuffers >= net.wantedPerTm;
    if (e.verdict.error) net.error = e.verdict.error;
    if (!net.fitsWithMargin && !warnings.some((w) => w.id === 'warn.networkShort')) {
      warnings.push({
        id: 'warn.networkShort',
        params: {
          required: String(e.requiredPerTm),
          wanted: String(net.wantedPerTm),
          available: String(e.numNetworkBuffers),
          buffers: String(e.numNetworkBuffers),
          job: i.exchanges,
          parallelism: String(i.parallelism ?? slots),
          margin: pct(margin - 1),
        },
        keys: [K.netMin, K.netMax],
      });
    }
  } else {
    net.inputError = est.inputError?.id ?? est.error?.id ?? 'unknown';
    if (est.error) net.error = est.error;
    if (!warnings.some((w) => w.id === 'warn.networkInput'))
      warnings.push({ id: 'warn.networkInput', params: { reason: net.inputError, parallelism: String(i.parallelism ?? slots) } });
  }

  const sb: AdviceChecks['stateBackend'] = {
    backend: i.stateBackend,
    perSlot: 0n,
    neededPerSlot: 0n,
    shortBy: 0n,
    blockCache: 0n,
    writeBufferManager: 0n,
    arenaOk: true,
    heapPerSlot: tm.ok ? tm.taskHeap / BigInt(slots) : 0n,
  };
  if (tm.ok && i.stateBackend !== 'hashmap' && uses.includes('STATE_BACKEND')) {
    const rocksConfig: Record<string, string> = {};
    const prefix = i.stateBackend === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
    for (const [k, val] of Object.entries(config))
      if (k.startsWith(prefix)) rocksConfig[`state.backend.rocksdb.memory.${k.slice(prefix.length)}`] = val;
    const frac = convertToFractionOfSlot({
      useCase: 'STATE_BACKEND',
      fractionOfUseCase: 1,
      allUseCases: uses,
      clusterConfig: config,
      stateBackendUsesManagedMemory: true,
      version: v,
    });
    if (frac.ok && frac.value > 0) {
      const r = rocksDbSlot({
        config: rocksConfig,
        tmConfig: config,
        slotManagedMemory: tm.managed / BigInt(slots),
        memoryFraction: frac.value,
        slotsPerTm: slots,
        version: v,
      });
      if (r.ok && r.value.shared) {
        sb.perSlot = r.value.shared.size;
        sb.blockCache = r.value.shared.cacheCapacity;
        sb.writeBufferManager = r.value.shared.writeBufferManagerCapacity;
        sb.arenaOk = r.value.arena?.ok ?? true;
      }
    }
    sb.neededPerSlot = desiredPerSlot;
    sb.shortBy = desiredPerSlot > sb.perSlot ? desiredPerSlot - sb.perSlot : 0n;
    // Weights are whole numbers, so a share can fall a hair short: only a miss above 1 % is news.
    if (sb.shortBy > desiredPerSlot / 100n) {
      warnings.push({
        id: 'warn.rocksShort',
        params: {
          needed: hr(desiredPerSlot),
          perSlot: hr(sb.perSlot),
          shortBy: hr(sb.shortBy),
          shortByMib: m(ceilMib(sb.shortBy)),
          slots: String(slots),
        },
        keys: [K.managedFraction],
      });
    }
    if (!sb.arenaOk)
      warnings.push({
        id: 'warn.arena',
        params: { perSlot: hr(sb.perSlot), minimum: hr(ARENA_SAFE_BUDGET_DEFAULTS) },
        keys: [K.managedFraction],
      });
  }
  if (tm.ok && heapNeedPerSlot > 0n) {
    sb.neededPerSlot = heapNeedPerSlot;
    sb.shortBy = heapNeedPerSlot > sb.heapPerSlot ? heapNeedPerSlot - sb.heapPerSlot : 0n;
    if (sb.shortBy > 0n) {
      // How many slots per TaskManager would give each slot the heap its state needs.
      const fitSlots = heapNeedPerSlot > 0n ? Number(tm.taskHeap / heapNeedPerSlot) : slots;
      warnings.push({
        id: 'warn.stateExceedsHeap',
        params: {
          needed: hr(heapNeedPerSlot),
          heapPerSlot: hr(sb.heapPerSlot),
          shortBy: hr(sb.shortBy),
          state: hr(i.stateSizePerSlot),
          fitSlots: String(fitSlots),
          slots: String(slots),
        },
        keys: [K.slots],
      });
    }
  }
  if (tm.ok && tm.jvmHeap >= ADVISOR_RULES.bigHeap) warnings.push({ id: 'warn.bigHeap', params: { heap: hr(tm.jvmHeap) } });
  return { tm: tmCheck, jm: jmCheck, network: net, stateBackend: sb, platform: undefined as unknown as AdviceChecks['platform'] };
}
