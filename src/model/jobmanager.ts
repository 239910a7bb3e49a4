/**
 * Flink's JobManager memory derivation (JobManagerProcessUtils / JobManagerFlinkMemoryUtils,
 * 1.11 → 2.x) and the 1.10 script behaviour (`jobmanager.heap.size` → -Xms/-Xmx in MiB).
 * Spec: /work/shared/flink/process-memory.md §6.
 */
import {
  Cfg,
  Thrown,
  ICE,
  add,
  sub,
  hr,
  ice,
  catchThrown,
  jvmFromTotalFlink,
  jvmFromTotalProcess,
  type ProcessKeys,
} from './process';
import { mapLegacyHeap } from './taskmanager';
import { hashMapIndexOrder } from './java';
import { parseMemorySize } from './memorysize';
import { suggestSmallestTotal } from './suggest';
import { atLeast } from './version';
import {
  NEWEST_VERSION,
  type ConfigMap,
  type DeriveOptions,
  type JobManagerFigures,
  type JobManagerPath,
  type JobManagerResult,
  type LogEntry,
} from './types';

const P = 'jobmanager.memory.';
export const JM_KEYS = {
  process: `${P}process.size`,
  flink: `${P}flink.size`,
  heap: `${P}heap.size`,
  offHeap: `${P}off-heap.size`,
  metaspace: `${P}jvm-metaspace.size`,
  overheadMin: `${P}jvm-overhead.min`,
  overheadMax: `${P}jvm-overhead.max`,
  overheadFraction: `${P}jvm-overhead.fraction`,
  directLimit: `${P}enable-jvm-direct-memory-limit`,
  legacyHeap: 'jobmanager.heap.size',
  legacyHeapMb: 'jobmanager.heap.mb',
  cutoffRatio: 'containerized.heap-cutoff-ratio',
  cutoffMin: 'containerized.heap-cutoff-min',
} as const;
const K = JM_KEYS;

const PROCESS_KEYS: ProcessKeys = {
  process: K.process,
  flink: K.flink,
  metaspace: K.metaspace,
  overheadMin: K.overheadMin,
  overheadMax: K.overheadMax,
  overheadFraction: K.overheadFraction,
};

const MIN_JVM_HEAP = 128n << 20n;
/** JM `-D` keys in Flink's insertion order (printed in HashMap order). */
const JM_DYNAMIC_KEYS: readonly string[] = [K.heap, K.offHeap, K.metaspace, K.overheadMin, K.overheadMax];
const DEFAULT_OFF_HEAP = 128n << 20n;

/** Derives the JobManager memory as Flink's start scripts do, for one version and mode. */
export function deriveJobManager(config: ConfigMap, opts: DeriveOptions = {}): JobManagerResult {
  return deriveJm(config, opts, true);
}

function deriveJm(config: ConfigMap, opts: DeriveOptions, suggest: boolean): JobManagerResult {
  const version = opts.version ?? NEWEST_VERSION;
  const mode = opts.mode ?? 'standalone';
  const log: LogEntry[] = [];
  const r = catchThrown(() => {
    const cfg = new Cfg(config, version, log, opts.patch);
    if (version === '1.10') return derive110(cfg, mode === 'active');
    return deriveModern(cfg, mode);
  });
  if (r instanceof Thrown) {
    const error = r.toError();
    if (suggest && SUGGESTABLE.has(error.id)) {
      const optsSnapshot = { ...opts };
      suggestSmallestTotal(error, config, { process: K.process, flink: K.flink }, (c) => {
        // A suggestion should also clear the small-heap warning.
        const t = deriveJm(c, optsSnapshot, false);
        return t.ok && !t.log.some((l) => l.id === 'log.jm-heap-below-min');
      });
    }
    return { ok: false, error, log };
  }
  return { ok: true, log, ...r };
}

/** Refusals caused by a total that is too small: the model searches the smallest total that works. */
const SUGGESTABLE = new Set<string>([
  'jm.flink-not-above-offheap',
  'process.metaspace-overhead-exceed',
  'process.overhead-out-of-range',
]);

function deriveModern(cfg: Cfg, mode: string): JobManagerFigures {
  // 1.11 = 1.11.6 (has the 1.11.3 prefix); 2.0 deleted the wrapping method.
  const prefixed = !atLeast(cfg.version, '2.0') && !cfg.patchDiffers('no-error-prefix');
  let spec: ReturnType<typeof processSpec>;
  try {
    if (!atLeast(cfg.version, '2.0') && (mode === 'standalone' || mode === 'active')) {
      mapLegacyHeap(cfg, K.legacyHeap, K.legacyHeapMb, mode === 'standalone' ? K.heap : K.process);
    }
    spec = processSpec(cfg);
  } catch (e) {
    if (e instanceof Thrown && e.className === ICE && prefixed) throw e.wrap('JobManager memory configuration failed: ');
    throw e;
  }
  const { heap, offHeap, metaspace, overhead, path } = spec;
  const totalFlink = add(heap, offHeap);
  const totalProcess = add(totalFlink, metaspace, overhead);
  const on = `-Xmx${heap} -Xms${heap} -XX:MaxDirectMemorySize=${offHeap} -XX:MaxMetaspaceSize=${metaspace}`;
  const off = `-Xmx${heap} -Xms${heap} -XX:MaxMetaspaceSize=${metaspace}`;
  const limit = cfg.bool(K.directLimit);
  let dynamicConfigs = '';
  if (atLeast(cfg.version, '1.12')) {
    const oh = `${overhead}b`;
    const values = [`${heap}b`, `${offHeap}b`, `${metaspace}b`, oh, oh];
    for (const i of hashMapIndexOrder(JM_DYNAMIC_KEYS)) {
      dynamicConfigs += `${dynamicConfigs === '' ? '' : ' '}-D ${JM_DYNAMIC_KEYS[i]!}=${values[i]!}`;
    }
  }
  const explicitKeys = [K.heap, K.flink, K.process].filter((k) => cfg.has(k));
  return {
    jvmHeap: heap,
    offHeap,
    jvmMetaspace: metaspace,
    jvmOverhead: overhead,
    totalFlink,
    totalProcess,
    jvmParams: limit ? on : off,
    jvmParamsDirectLimitOn: on,
    jvmParamsDirectLimitOff: off,
    dynamicConfigs,
    path,
    explicitKeys,
  };
}

function processSpec(cfg: Cfg): { heap: bigint; offHeap: bigint; metaspace: bigint; overhead: bigint; path: JobManagerPath } {
  if (cfg.has(K.heap)) {
    const { heap, offHeap } = fromHeap(cfg);
    const jvm = jvmFromTotalFlink(cfg, PROCESS_KEYS, add(heap, offHeap));
    return { heap, offHeap, ...jvm, path: 'heap' };
  }
  if (cfg.has(K.flink)) {
    const tf = cfg.memory(K.flink);
    const parts = fromTotalFlink(cfg, tf);
    const jvm = jvmFromTotalFlink(cfg, PROCESS_KEYS, tf);
    return { ...parts, ...jvm, path: 'total-flink' };
  }
  if (cfg.has(K.process)) {
    const p = cfg.memory(K.process);
    const jvm = jvmFromTotalProcess(cfg, PROCESS_KEYS, p);
    const parts = fromTotalFlink(cfg, sub(p, jvm.metaspace + jvm.overhead));
    return { ...parts, ...jvm, path: 'total-process' };
  }
  throw ice(
    `Either required fine-grained memory (${K.heap}), or Total Flink Memory size (${cfg.optionString(K.flink)}), or Total Process Memory size (${cfg.optionString(K.process)}) need to be configured explicitly.`,
    'jm.none-configured',
    { processKey: K.process },
    [K.process, K.flink, K.heap],
  );
}

function fromHeap(cfg: Cfg): { heap: bigint; offHeap: bigint } {
  const heap = cfg.memory(K.heap);
  let offHeap = cfg.memory(K.offHeap);
  if (cfg.has(K.flink)) {
    const tf = cfg.memory(K.flink);
    if (cfg.has(K.offHeap)) {
      const derived = add(heap, offHeap);
      if (derived !== tf) {
        throw ice(
          `Sum of the configured JVM Heap Memory (${hr(heap)}) and the configured Off-heap Memory (${hr(offHeap)}) does not match the configured Total Flink Memory (${hr(tf)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
          'jm.heap-offheap-mismatch',
          { heap: hr(heap), offHeap: hr(offHeap), flink: hr(tf), sum: hr(derived) },
          [K.heap, K.offHeap, K.flink],
        );
      }
    } else {
      if (tf < heap) {
        throw ice(
          `The configured JVM Heap Memory (${hr(heap)}) exceeds the configured Total Flink Memory (${hr(tf)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
          'jm.heap-exceeds-flink',
          { heap: hr(heap), flink: hr(tf) },
          [K.heap, K.flink],
        );
      }
      offHeap = sub(tf, heap);
      if (offHeap !== DEFAULT_OFF_HEAP) {
        cfg.log.push({
          level: 'INFO',
          id: 'log.jm-offheap-derived',
          keys: [K.offHeap, K.flink, K.heap],
          params: { offHeap: hr(offHeap), flink: hr(tf), heap: hr(heap), default: hr(DEFAULT_OFF_HEAP) },
          message: `The Off-Heap Memory size (${hr(offHeap)}) is derived the configured Total Flink Memory size (${hr(tf)}) minus the configured JVM Heap Memory size (${hr(heap)}). The default Off-Heap Memory size (${hr(DEFAULT_OFF_HEAP)}) is ignored.`,
        });
      }
    }
  }
  warnSmallHeap(cfg, heap);
  return { heap, offHeap };
}

function fromTotalFlink(cfg: Cfg, tf: bigint): { heap: bigint; offHeap: bigint } {
  const offHeap = cfg.memory(K.offHeap);
  if (tf <= offHeap) {
    throw ice(
      `The configured Total Flink Memory (${hr(tf)}) is less than the configured Off-heap Memory (${hr(offHeap)}).`,
      'jm.flink-not-above-offheap',
      { flink: hr(tf), offHeap: hr(offHeap) },
      [K.flink, K.process, K.offHeap],
    );
  }
  const heap = sub(tf, offHeap);
  warnSmallHeap(cfg, heap);
  return { heap, offHeap };
}

function warnSmallHeap(cfg: Cfg, heap: bigint): void {
  if (heap < MIN_JVM_HEAP) {
    cfg.log.push({
      level: 'WARN',
      id: 'log.jm-heap-below-min',
      keys: [K.heap],
      params: { heap: hr(heap), min: hr(MIN_JVM_HEAP) },
      message: `The configured or derived JVM heap memory size (${hr(heap)}) is less than its recommended minimum value (${hr(MIN_JVM_HEAP)})`,
    });
  }
}

/**
 * 1.10: no Java derivation. `bin/jobmanager.sh` turns `jobmanager.heap.size` (or `.mb`) into
 * `-Xms<MiB>m -Xmx<MiB>m`; on YARN/Kubernetes the container loses the cut-off first.
 */
function derive110(cfg: Cfg, active: boolean): JobManagerFigures {
  let bytes: bigint;
  let key: string = K.legacyHeap;
  if (!cfg.has(K.legacyHeap) && cfg.has(K.legacyHeapMb)) {
    key = K.legacyHeapMb;
    bytes = BigInt(cfg.int(K.legacyHeapMb)) << 20n;
    if (bytes < 0n) bytes = 0n;
  } else {
    const raw = cfg.raw(K.legacyHeap) ?? '1024m';
    const r = parseMemorySize(raw);
    if (!r.ok) {
      throw ice(
        `Cannot read memory size from config option '${K.legacyHeap}'.`,
        'config.cannot-read-memory',
        { key: K.legacyHeap, value: raw },
        [K.legacyHeap],
        [{ className: r.className, message: r.message }],
      );
    }
    bytes = r.value;
  }
  let mib = bytes >> 20n;
  const container = mib;
  if (active) {
    const ratio = cfg.float(K.cutoffRatio);
    const min = cfg.int(K.cutoffMin);
    if (!(ratio >= 0 && ratio <= 1)) {
      throw ice(
        `The configuration value '${K.cutoffRatio}' must be between 0 and 1. Value given=${ratio}`,
        'jm10.cutoff-ratio',
        { value: String(ratio) },
        [K.cutoffRatio],
      );
    }
    if (BigInt(min) > mib) {
      throw ice(
        `The configuration value '${K.cutoffMin}' is higher (${min}) than the requested amount of memory ${mib}`,
        'jm10.cutoff-min',
        { min: String(min), memory: String(mib) },
        [K.cutoffMin, K.legacyHeap],
      );
    }
    const cut = Math.max(Math.trunc(Math.fround(Math.fround(Number(mib)) * Math.fround(ratio))), min);
    mib -= BigInt(cut);
  }
  const heap = mib << 20n;
  const flags = mib > 0n ? `-Xms${mib}m -Xmx${mib}m` : '';
  return {
    jvmHeap: heap,
    offHeap: 0n,
    jvmMetaspace: 0n,
    jvmOverhead: 0n,
    totalFlink: heap,
    totalProcess: active ? container << 20n : heap,
    jvmParams: flags,
    jvmParamsDirectLimitOn: flags,
    jvmParamsDirectLimitOff: flags,
    dynamicConfigs: '',
    path: 'legacy-1.10',
    explicitKeys: cfg.has(key) ? [key] : [],
  };
}
