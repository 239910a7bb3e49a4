/**
 * Flink's TaskManager memory derivation (TaskExecutorProcessUtils / ProcessMemoryUtils /
 * TaskExecutorFlinkMemoryUtils, 1.10 → 2.x) plus BashJavaUtils' legacy mapping and output
 * strings, and MiniCluster local execution. Byte-exact; refusals are values.
 * Spec: /work/shared/flink/process-memory.md §4, §5, §7, §8.1.
 */
import {
  Cfg,
  Thrown,
  ICE,
  IAE,
  add,
  sub,
  hr,
  ice,
  catchThrown,
  rangeFromKeys,
  rangeFraction,
  deriveWithFraction,
  deriveWithInverseFraction,
  jvmFromTotalFlink,
  jvmFromTotalProcess,
  mul,
  type ProcessKeys,
} from './process';
import { javaDoubleToString } from './float';
import { hashMapIndexOrder, hashMapOrder, LONG_MAX, parseJavaInt, parseJavaLong } from './java';
import { memorySizeToString } from './memorysize';
import { suggestSmallestTotal } from './suggest';
import { atLeast } from './version';
import {
  NEWEST_VERSION,
  type ConfigMap,
  type DeriveOptions,
  type LogEntry,
  type TaskManagerFigures,
  type TaskManagerResult,
  type TaskManagerPath,
  type FlinkVersion,
} from './types';

const P = 'taskmanager.memory.';
export const TM_KEYS = {
  process: `${P}process.size`,
  flink: `${P}flink.size`,
  frameworkHeap: `${P}framework.heap.size`,
  taskHeap: `${P}task.heap.size`,
  frameworkOffHeap: `${P}framework.off-heap.size`,
  taskOffHeap: `${P}task.off-heap.size`,
  managed: `${P}managed.size`,
  managedFraction: `${P}managed.fraction`,
  networkMin: `${P}network.min`,
  networkMax: `${P}network.max`,
  networkFraction: `${P}network.fraction`,
  metaspace: `${P}jvm-metaspace.size`,
  overheadMin: `${P}jvm-overhead.min`,
  overheadMax: `${P}jvm-overhead.max`,
  overheadFraction: `${P}jvm-overhead.fraction`,
  segmentSize: `${P}segment-size`,
  cpuCores: 'taskmanager.cpu.cores',
  slots: 'taskmanager.numberOfTaskSlots',
  numberOfBuffers: 'taskmanager.network.numberOfBuffers',
  legacyHeap: 'taskmanager.heap.size',
  legacyHeapMb: 'taskmanager.heap.mb',
  externalResources: 'external-resources',
} as const;
const K = TM_KEYS;

const PROCESS_KEYS: ProcessKeys = {
  process: K.process,
  flink: K.flink,
  metaspace: K.metaspace,
  overheadMin: K.overheadMin,
  overheadMax: K.overheadMax,
  overheadFraction: K.overheadFraction,
};

const NETWORK_RANGE_KEYS = [K.networkFraction, K.networkMin, K.networkMax] as const;

interface FlinkParts {
  frameworkHeap: bigint;
  taskHeap: bigint;
  frameworkOffHeap: bigint;
  taskOffHeap: bigint;
  network: bigint;
  managed: bigint;
}

/** Derives the TaskManager memory as Flink's start scripts do, for one version and mode. */
export function deriveTaskManager(config: ConfigMap, opts: DeriveOptions = {}): TaskManagerResult {
  return deriveTm(config, opts, true);
}

function deriveTm(config: ConfigMap, opts: DeriveOptions, suggest: boolean): TaskManagerResult {
  const version = opts.version ?? NEWEST_VERSION;
  const mode = opts.mode ?? 'standalone';
  const log: LogEntry[] = [];
  const r = catchThrown(() => {
    const cfg = new Cfg(config, version, log, opts.patch);
    return mode === 'local' ? deriveLocal(cfg) : deriveProcess(cfg, mode);
  });
  if (r instanceof Thrown) {
    const error = r.toError();
    if (suggest && SUGGESTABLE.has(error.id)) {
      const optsSnapshot = { ...opts };
      suggestSmallestTotal(error, config, { process: K.process, flink: K.flink }, (c) => deriveTm(c, optsSnapshot, false).ok);
    }
    return { ok: false, error, log };
  }
  return { ok: true, log, ...r };
}

/** Refusals caused by a total that is too small: the model searches the smallest total that works. */
const SUGGESTABLE = new Set<string>([
  'tm.sum-heap-exceeds',
  'tm.sum-network-exceeds',
  'process.metaspace-overhead-exceed',
  'process.overhead-out-of-range',
  'tm.network-rest-inconsistent',
]);

/** `getConfWithLegacyHeapSizeMappedToNewConfigOption` (TM and JM share it). */
export function mapLegacyHeap(cfg: Cfg, heapKey: string, heapMbKey: string, target: string): void {
  if (cfg.has(target)) return;
  let bytes: bigint;
  if (cfg.has(heapKey)) bytes = cfg.memory(heapKey);
  else if (cfg.has(heapMbKey)) {
    const mb = cfg.int(heapMbKey);
    if (mb < 0) {
      throw ice(
        `Configured total process memory size (${mb}MB) must not be less than 0.`,
        'tm.legacy-heap-negative-mb',
        { key: heapMbKey, value: String(mb) },
        [heapMbKey],
      );
    }
    bytes = BigInt(mb) << 20n;
  } else return;
  cfg.log.push({
    level: 'INFO',
    id: 'log.legacy-heap-used',
    keys: [heapKey, target],
    params: { key: target, value: hr(bytes) },
    message: `'${target}' is not specified, use the configured deprecated task manager heap value (${hr(bytes)}) for it.`,
  });
  cfg.set(target, `${bytes}b`);
}

function deriveProcess(cfg: Cfg, mode: 'standalone' | 'active' | 'raw'): TaskManagerFigures {
  const v = cfg.version;
  const modern = atLeast(v, '1.11') && !cfg.patchDiffers('no-error-prefix');
  if (!atLeast(v, '2.0') && mode !== 'raw') {
    try {
      mapLegacyHeap(cfg, K.legacyHeap, K.legacyHeapMb, mode === 'standalone' ? K.flink : K.process);
    } catch (e) {
      if (e instanceof Thrown && e.className === ICE && modern)
        throw e.wrap('TaskManager failed to map legacy JVM heap option to the new one: ');
      throw e;
    }
  }
  try {
    return processSpecFromConfig(cfg);
  } catch (e) {
    if (e instanceof Thrown && e.className === ICE && modern) throw e.wrap('TaskManager memory configuration failed: ');
    throw e;
  }
}

function processSpecFromConfig(cfg: Cfg): TaskManagerFigures {
  let path: TaskManagerPath;
  let flink: FlinkParts;
  let jvm: { metaspace: bigint; overhead: bigint };
  if (cfg.has(K.taskHeap) && cfg.has(K.managed)) {
    path = 'fine-grained';
    flink = fromFineGrained(cfg);
    jvm = jvmFromTotalFlink(cfg, PROCESS_KEYS, total(flink));
  } else if (cfg.has(K.flink)) {
    path = 'total-flink';
    const tf = cfg.memory(K.flink);
    flink = fromTotalFlink(cfg, tf);
    jvm = jvmFromTotalFlink(cfg, PROCESS_KEYS, tf);
  } else if (cfg.has(K.process)) {
    path = 'total-process';
    const p = cfg.memory(K.process);
    jvm = jvmFromTotalProcess(cfg, PROCESS_KEYS, p);
    flink = fromTotalFlink(cfg, sub(p, jvm.metaspace + jvm.overhead));
  } else {
    const message =
      cfg.version === '1.10'
        ? `Either Task Heap Memory size (${K.taskHeap}) and Managed Memory size (${K.managed}), or Total Flink Memory size (${K.flink}), or Total Process Memory size (${K.process}) need to be configured explicitly.`
        : `Either required fine-grained memory (${K.taskHeap} and ${K.managed}), or Total Flink Memory size (${cfg.optionString(K.flink)}), or Total Process Memory size (${cfg.optionString(K.process)}) need to be configured explicitly.`;
    throw ice(message, 'tm.none-configured', { processKey: K.process, flinkKey: K.flink }, [
      K.process,
      K.flink,
      K.taskHeap,
      K.managed,
    ]);
  }
  const cpuCores = cpuCoresOf(cfg);
  // The spec carries the slots only since 1.13; before, an unreadable value matters only as the CPU fallback.
  const numSlots = atLeast(cfg.version, '1.13') ? cfg.int(K.slots) : (parseJavaInt(cfg.raw(K.slots) ?? '1') ?? 1);
  const explicitKeys = [K.taskHeap, K.managed, K.flink, K.process].filter((k) => cfg.has(k)).map((k) => cfg.sourceKey(k) ?? k);
  return figures(cfg, flink, jvm, cpuCores, numSlots, path, explicitKeys);
}

function total(f: FlinkParts): bigint {
  return add(f.frameworkHeap, f.frameworkOffHeap, f.taskHeap, f.taskOffHeap, f.network, f.managed);
}

function sumHeapExceeds(fh: bigint, fo: bigint, th: bigint, to: bigint, mg: bigint, tf: bigint): Thrown {
  return ice(
    `Sum of configured Framework Heap Memory (${hr(fh)}), Framework Off-Heap Memory (${hr(fo)}), Task Heap Memory (${hr(th)}), Task Off-Heap Memory (${hr(to)}) and Managed Memory (${hr(mg)}) exceed configured Total Flink Memory (${hr(tf)}).`,
    'tm.sum-heap-exceeds',
    { sum: hr(fh + fo + th + to + mg), flink: hr(tf), excess: hr(fh + fo + th + to + mg - tf) },
    [K.frameworkHeap, K.frameworkOffHeap, K.taskHeap, K.taskOffHeap, K.managed, K.flink, K.process],
  );
}

/** Path A: task heap and managed explicitly set. */
function fromFineGrained(cfg: Cfg): FlinkParts {
  const taskHeap = cfg.memory(K.taskHeap);
  const managed = cfg.memory(K.managed);
  const frameworkHeap = cfg.memory(K.frameworkHeap);
  const frameworkOffHeap = cfg.memory(K.frameworkOffHeap);
  const taskOffHeap = cfg.memory(K.taskOffHeap);
  const excl = add(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
  let network: bigint;
  if (cfg.has(K.flink)) {
    const tf = cfg.memory(K.flink);
    if (excl > tf) throw sumHeapExceeds(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, tf);
    network = sub(tf, excl);
    networkSanityCheck(cfg, network, tf);
  } else if (usesLegacyNetwork(cfg)) {
    network = legacyNetworkSize(cfg);
  } else {
    network = deriveWithInverseFraction(cfg, 'network memory', excl, networkRange(cfg), NETWORK_RANGE_KEYS);
  }
  return { frameworkHeap, taskHeap, frameworkOffHeap, taskOffHeap, network, managed };
}

/** Paths B and C: components from a known total Flink memory. */
function fromTotalFlink(cfg: Cfg, tf: bigint): FlinkParts {
  const frameworkHeap = cfg.memory(K.frameworkHeap);
  const frameworkOffHeap = cfg.memory(K.frameworkOffHeap);
  const taskOffHeap = cfg.memory(K.taskOffHeap);
  if (cfg.has(K.taskHeap)) {
    const taskHeap = cfg.memory(K.taskHeap);
    const managed = managedOf(cfg, tf);
    const excl = add(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
    if (excl > tf) throw sumHeapExceeds(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, tf);
    const network = sub(tf, excl);
    networkSanityCheck(cfg, network, tf);
    return { frameworkHeap, taskHeap, frameworkOffHeap, taskOffHeap, network, managed };
  }
  const managed = managedOf(cfg, tf);
  const network = usesLegacyNetwork(cfg)
    ? legacyNetworkSize(cfg)
    : deriveWithFraction(cfg, 'network memory', tf, networkRange(cfg), NETWORK_RANGE_KEYS);
  const excl = add(frameworkHeap, frameworkOffHeap, taskOffHeap, managed, network);
  if (excl > tf) {
    throw ice(
      `Sum of configured Framework Heap Memory (${hr(frameworkHeap)}), Framework Off-Heap Memory (${hr(frameworkOffHeap)}), Task Off-Heap Memory (${hr(taskOffHeap)}), Managed Memory (${hr(managed)}) and Network Memory (${hr(network)}) exceed configured Total Flink Memory (${hr(tf)}).`,
      'tm.sum-network-exceeds',
      { sum: hr(excl), flink: hr(tf), excess: hr(excl - tf) },
      [K.frameworkHeap, K.frameworkOffHeap, K.taskOffHeap, K.managed, K.managedFraction, K.networkMin, K.flink, K.process],
    );
  }
  return { frameworkHeap, taskHeap: sub(tf, excl), frameworkOffHeap, taskOffHeap, network, managed };
}

function managedOf(cfg: Cfg, tf: bigint): bigint {
  if (cfg.has(K.managed)) return cfg.memory(K.managed);
  const rf = rangeFraction(cfg, 0n, LONG_MAX, K.managedFraction);
  return deriveWithFraction(cfg, 'managed memory', tf, rf, [K.managedFraction]);
}

function networkRange(cfg: Cfg) {
  return rangeFromKeys(cfg, K.networkMin, K.networkMax, K.networkFraction);
}

function usesLegacyNetwork(cfg: Cfg): boolean {
  if (atLeast(cfg.version, '2.0')) return false;
  return !cfg.has(K.networkMin) && !cfg.has(K.networkMax) && !cfg.has(K.networkFraction) && cfg.has(K.numberOfBuffers);
}

/** numberOfBuffers × page size (ConfigurationParserUtils.getPageSize checks). */
function legacyNetworkSize(cfg: Cfg): bigint {
  const buffers = cfg.int(K.numberOfBuffers);
  const raw = cfg.memoryPlain(K.segmentSize); // getPageSize: config.get, not getMemorySizeFromConfig
  if (raw > 2147483647n)
    throw new Thrown(IAE, `Cannot downcast long value ${raw} to integer.`, 'java.downcast', [], { key: K.segmentSize }, [
      K.segmentSize,
    ]);
  const page = Number(raw);
  if (page < 4096) {
    throw ice(
      `Invalid configuration value for ${K.segmentSize} : ${page} - Minimum memory segment size is 4096`,
      'tm.segment-size-too-small',
      { value: String(page) },
      [K.segmentSize],
    );
  }
  if ((page & (page - 1)) !== 0) {
    throw ice(
      `Invalid configuration value for ${K.segmentSize} : ${page} - Memory segment size must be a power of 2.`,
      'tm.segment-size-not-power-of-2',
      { value: String(page) },
      [K.segmentSize],
    );
  }
  const bytes = BigInt(buffers) * BigInt(page);
  if (bytes < 0n) throw new Thrown(IAE, 'bytes must be >= 0', 'arith.negative-size', [], {}, [K.numberOfBuffers]);
  return bytes;
}

/** Network is "the rest": any ICE inside becomes the generic E-NET-WRAP message. */
function networkSanityCheck(cfg: Cfg, network: bigint, tf: bigint): void {
  try {
    if (usesLegacyNetwork(cfg)) {
      const configured = legacyNetworkSize(cfg);
      if (configured !== network) {
        throw ice(
          `Derived Network Memory size (${hr(network)}) does not match configured Network Memory size (${hr(configured)}).`,
          'tm.network-legacy-mismatch',
          { network: hr(network), configured: hr(configured) },
          [K.numberOfBuffers],
        );
      }
      return;
    }
    const rf = networkRange(cfg);
    if (network > rf.max || network < rf.min) {
      throw ice(
        `Derived Network Memory size (${hr(network)}) is not in configured Network Memory range [${hr(rf.min)}, ${hr(rf.max)}].`,
        'tm.network-out-of-range',
        { network: hr(network), min: hr(rf.min), max: hr(rf.max) },
        [K.networkMin, K.networkMax],
      );
    }
    if (cfg.has(K.networkFraction) && network !== mul(tf, rf.fraction)) {
      const f = javaDoubleToString(rf.fraction);
      cfg.log.push({
        level: 'INFO',
        id: 'log.network-fraction-mismatch',
        keys: [K.networkFraction],
        params: { network: hr(network), fraction: f, flink: hr(tf) },
        message: `The derived Network Memory size (${hr(network)}) does not match the configured Network Memory fraction (${f}) from the configured Total Flink Memory size (${hr(tf)}). The derived Network Memory size will be used.`,
      });
    }
  } catch (e) {
    if (e instanceof Thrown && e.className === ICE) {
      throw ice(
        'If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.',
        'tm.network-rest-inconsistent',
        { network: hr(network), cause: e.message, ...e.params },
        [K.networkMin, K.networkMax, K.taskHeap, K.managed, K.flink],
        [{ className: e.className, message: e.message }, ...e.causes],
      );
    }
    throw e;
  }
}

function cpuCoresOf(cfg: Cfg): number {
  const cores = cfg.has(K.cpuCores) ? cfg.double(K.cpuCores) : cfg.int(K.slots);
  if (cores <= 0) {
    throw ice(
      `TaskExecutors need to be started with a positive number of CPU cores. Please configure ${K.cpuCores} accordingly.`,
      'tm.cpu-not-positive',
      { key: K.cpuCores },
      [K.cpuCores, K.slots],
    );
  }
  return cpuResource(cfg.version, cores);
}

/**
 * `new CPUResource(cores).getValue().doubleValue()`: `Resource` builds `BigDecimal.valueOf(d)`
 * (= `new BigDecimal(Double.toString(d))`), so NaN / Infinity fail with the JDK's BigDecimal
 * message; since 1.14 the value is kept to 8 decimals, rounded down (FLINK-22505,
 * apache/flink#15815: `value.setScale(8, RoundingMode.DOWN)`), so 1.123456789 → 1.12345678 and
 * 4.9E-324 → 0.0 (after the `> 0` check on the double has passed).
 */
export function cpuResource(version: FlinkVersion, cores: number): number {
  if (!Number.isFinite(cores)) {
    const c = Number.isNaN(cores) ? 'N' : 'I';
    throw new Thrown(
      'NumberFormatException',
      `Character ${c} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
      'arith.bigdecimal-not-a-number',
      [],
      { key: K.cpuCores, value: javaDoubleToString(cores) },
      [K.cpuCores],
    );
  }
  return atLeast(version, '1.14') ? scaleDown8(cores) : cores;
}

/** `BigDecimal.valueOf(d).setScale(8, RoundingMode.DOWN).doubleValue()`. */
function scaleDown8(d: number): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:E(-?\d+))?$/.exec(javaDoubleToString(d));
  if (!m) return d;
  const [, sign = '', int = '0', frac = '', exp = '0'] = m;
  // Shift the decimal point by the exponent, then keep 8 fraction digits (toward zero).
  const digits = int + frac;
  let point = int.length + Number(exp);
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  point = text.indexOf('.');
  if (point >= 0) text = text.slice(0, point + 9);
  const v = Number(sign + text);
  return v === 0 ? 0 : v;
}

/** External resources with a positive amount, as `ExternalResourceUtils` keeps them. */
function externalResources(cfg: Cfg): { name: string; amount: bigint }[] {
  const raw = cfg.raw(K.externalResources);
  if (raw === null) return [];
  const names = [
    ...new Set(
      raw
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '' && s !== 'none'),
    ),
  ];
  const out: { name: string; amount: bigint }[] = [];
  for (const name of names) {
    const key = `external-resource.${name}.amount`;
    const v = cfg.raw(key);
    const amount = v === null ? undefined : parseJavaLong(v);
    if (v !== null && amount === undefined) {
      // ExternalResourceUtils#getExternalResourceAmountMap: config.getOptional(longType option)
      // throws the raw "Could not parse value" (vectors x-tm-ext-amount-bad, 1.13–1.18).
      throw new Thrown(
        IAE,
        `Could not parse value '${v}' for key '${key}'.`,
        'config.parse-value',
        [{ className: 'NumberFormatException', message: `For input string: "${v}"` }],
        { key, value: v },
        [key],
      );
    }
    if (amount === undefined || amount <= 0n) {
      // Flink passes (amount, name) to "The amount of the {} should be positive while finding {}."
      cfg.log.push({
        level: 'WARN',
        id: 'log.external-resource-skipped',
        keys: [key],
        params: { key, name, value: String(amount ?? '') },
        message:
          amount === undefined
            ? `The amount of the ${name} should be configured. Will ignore that resource.`
            : `The amount of the ${amount} should be positive while finding ${name}. Will ignore that resource.`,
      });
      continue;
    }
    out.push({ name, amount });
  }
  return out;
}

function figures(
  cfg: Cfg,
  f: FlinkParts,
  jvm: { metaspace: bigint; overhead: bigint },
  cpuCores: number,
  numSlots: number,
  path: TaskManagerPath,
  explicitKeys: readonly string[],
): TaskManagerFigures {
  const v = cfg.version;
  const totalFlink = total(f);
  const totalProcess = add(totalFlink, jvm.metaspace, jvm.overhead);
  const jvmHeap = add(f.frameworkHeap, f.taskHeap);
  const jvmDirect = add(f.frameworkOffHeap, f.taskOffHeap, f.network);
  const heapText = String(jvmHeap);
  const jvmParams = `-Xmx${heapText} -Xms${heapText} -XX:MaxDirectMemorySize=${jvmDirect} -XX:MaxMetaspaceSize=${jvm.metaspace}`;
  const net = `${f.network}b`;
  // Values in Flink's insertion order (DYNAMIC_KEYS_*); printed in HashMap order below.
  const values: string[] = [
    javaDoubleToString(cpuCores),
    `${f.frameworkHeap}b`,
    `${f.frameworkOffHeap}b`,
    `${f.taskHeap}b`,
    `${f.taskOffHeap}b`,
    net,
    net,
    `${f.managed}b`,
  ];
  let keys: readonly string[] = DYNAMIC_KEYS_1_10;
  if (atLeast(v, '1.12') && !cfg.patchDiffers('dynamic-without-jvm-keys')) {
    const oh = `${jvm.overhead}b`;
    values.push(`${jvm.metaspace}b`, oh, oh);
    keys = DYNAMIC_KEYS_1_12;
  }
  if (atLeast(v, '1.13')) {
    keys = DYNAMIC_KEYS_1_13;
    const res = externalResources(cfg);
    if (res.length === 0) values.push(String(numSlots), 'none');
    else {
      const names = hashMapOrder(res.map((r) => r.name));
      values.push(String(numSlots), atLeast(v, '1.15') ? `"${names.join(';')}"` : names.join(';'));
      const amountKeys: string[] = [];
      for (const r of res) {
        amountKeys.push(`external-resource.${r.name}.amount`);
        values.push(String(r.amount));
      }
      keys = [...DYNAMIC_KEYS_1_13, ...amountKeys];
    }
  }
  const trailing = !atLeast(v, '1.12');
  let dynamicConfigs = '';
  for (const i of hashMapIndexOrder(keys)) {
    const entry = `-D ${keys[i]!}=${values[i]!}`;
    dynamicConfigs += trailing ? `${entry} ` : dynamicConfigs === '' ? entry : ` ${entry}`;
  }
  return {
    frameworkHeap: f.frameworkHeap,
    taskHeap: f.taskHeap,
    frameworkOffHeap: f.frameworkOffHeap,
    taskOffHeap: f.taskOffHeap,
    network: f.network,
    managed: f.managed,
    jvmMetaspace: jvm.metaspace,
    jvmOverhead: jvm.overhead,
    totalFlink,
    totalProcess,
    jvmHeap,
    jvmDirect,
    cpuCores,
    numSlots,
    jvmParams,
    dynamicConfigs,
    path,
    explicitKeys,
  };
}

/** `-D` keys in Flink's insertion order per version (the HashMap order is derived from them). */
const DYNAMIC_KEYS_1_10: readonly string[] = [
  K.cpuCores,
  K.frameworkHeap,
  K.frameworkOffHeap,
  K.taskHeap,
  K.taskOffHeap,
  K.networkMin,
  K.networkMax,
  K.managed,
];
const DYNAMIC_KEYS_1_12: readonly string[] = [...DYNAMIC_KEYS_1_10, K.metaspace, K.overheadMin, K.overheadMax];
const DYNAMIC_KEYS_1_13: readonly string[] = [...DYNAMIC_KEYS_1_12, K.slots, K.externalResources];

// ---------------------------------------------------------------------------------------------
// Local execution (MiniCluster): TaskExecutorResourceUtils.adjustForLocalExecution, §8.1.

const LOCAL_UNUSED = [
  K.process,
  K.flink,
  K.frameworkHeap,
  K.frameworkOffHeap,
  K.metaspace,
  K.overheadMin,
  K.overheadMax,
  K.overheadFraction,
];
const LOCAL_USED = [K.cpuCores, K.taskHeap, K.taskOffHeap, K.networkMin, K.networkMax, K.managed];

function deriveLocal(cfg: Cfg): TaskManagerFigures {
  const v = cfg.version;
  const modernLimits = atLeast(v, '1.12') && !cfg.patchDiffers('local-unbounded'); // 1.12 = 1.12.7, which has the 1.12.5 change
  const oldText = v === '1.11' || cfg.patchDiffers('local-old-text');
  const explicit = LOCAL_USED.filter((k) => cfg.has(k)).map((k) => cfg.sourceKey(k) ?? k);
  const fill = (key: string, value: string, display: string, maximal: boolean): void => {
    if (cfg.has(key)) return;
    const message = oldText
      ? `The configuration option ${key} required for local execution is not set, setting it to its default value ${display}`
      : `The configuration option ${key} required for local execution is not set, setting it to ${maximal ? 'the maximal possible value' : `its default value ${display}`}.`;
    cfg.log.push({ level: 'INFO', id: 'log.local-option-filled', message, keys: [key], params: { key, value: display } });
    cfg.set(key, value);
  };
  const listed = `[${(atLeast(v, '1.20') ? LOCAL_USED : LOCAL_UNUSED).map((k) => cfg.optionString(k)).join(', ')}]`;
  for (const key of LOCAL_UNUSED) {
    if (!cfg.has(key)) continue;
    cfg.log.push({
      level: 'WARN',
      id: 'log.local-option-no-effect',
      keys: [key],
      params: { key },
      message: `The resource configuration option ${cfg.optionString(key)} is set but it will have no effect for local execution, only the following options matter for the resource configuration: ${listed}`,
    });
    if (atLeast(v, '1.20')) cfg.delete(cfg.sourceKey(key) ?? key);
  }
  const maxCpu = modernLimits ? 1000000.0 : Number.MAX_VALUE;
  fill(K.cpuCores, javaDoubleToString(maxCpu), javaDoubleToString(maxCpu), true);
  const maxMem = modernLimits ? 1n << 40n : LONG_MAX;
  fill(K.taskHeap, `${maxMem}b`, memorySizeToString(maxMem), true);
  fill(K.taskOffHeap, `${maxMem}b`, memorySizeToString(maxMem), true);
  if (!cfg.has(K.networkMin) && cfg.has(K.networkMax)) cfg.set(K.networkMin, `${cfg.memory(K.networkMax)}b`);
  if (!cfg.has(K.networkMax) && cfg.has(K.networkMin)) cfg.set(K.networkMax, `${cfg.memory(K.networkMin)}b`);
  fill(K.networkMin, '64m', '64 mb', false);
  fill(K.networkMax, '64m', '64 mb', false);
  fill(K.managed, '128m', '128 mb', false);
  if (modernLimits) {
    // Filled silently (1.12.5+); 1.20 force-sets them after removing the unused options.
    const defaults: [string, string][] = [
      [K.frameworkHeap, '128 mb'],
      [K.frameworkOffHeap, '128 mb'],
      [K.metaspace, '256 mb'],
      [K.overheadMax, '1 gb'],
      [K.overheadMin, '1 gb'],
    ];
    for (const [key, value] of defaults) if (atLeast(v, '1.20') || !cfg.has(key)) cfg.set(key, value);
  }
  const netMin = cfg.memory(K.networkMin);
  const netMax = cfg.memory(K.networkMax);
  if (netMin !== netMax) {
    const inner = `The network memory min (${memorySizeToString(netMin)}) and max (${memorySizeToString(netMax)}) mismatch, the network memory has to be resolved and set to a fixed value before task executor starts`;
    throw ice(
      'Failed to create TaskExecutorResourceSpec',
      'local.network-min-max-mismatch',
      { min: hr(netMin), max: hr(netMax) },
      [K.networkMin, K.networkMax],
      [{ className: ICE, message: inner }],
    );
  }
  const rawCores = cfg.double(K.cpuCores);
  // new CPUResource(cores): BigDecimal refuses NaN/Infinity first, then Resource refuses negatives.
  const cpuCores = cpuResource(v, rawCores);
  if (rawCores < 0)
    throw new Thrown(IAE, 'Resource value must be no less than 0', 'resource.negative', [], { key: K.cpuCores }, [K.cpuCores]);
  const f: FlinkParts = {
    frameworkHeap: cfg.memory(K.frameworkHeap),
    taskHeap: cfg.memory(K.taskHeap),
    frameworkOffHeap: cfg.memory(K.frameworkOffHeap),
    taskOffHeap: cfg.memory(K.taskOffHeap),
    network: netMin,
    managed: cfg.memory(K.managed),
  };
  const metaspace = cfg.memory(K.metaspace);
  const overhead = cfg.memory(K.overheadMin);
  // ConfigurationParserUtils.getSlot: the MiniCluster's TaskExecutor maps -1 to 1 and needs >= 1.
  let numSlots = cfg.int(K.slots);
  if (numSlots === -1) numSlots = 1;
  if (numSlots < 1) {
    throw ice(
      `Invalid configuration value for ${K.slots} : ${numSlots} - Number of task slots must be at least one.`,
      'tm.slots-not-positive',
      { key: K.slots, value: String(numSlots) },
      [K.slots],
    );
  }
  // The MiniCluster runs inside the caller's JVM: no flags, no -D string. Before 1.12 the
  // "maximal" task heap is Long.MAX_VALUE, so these sums may exceed a Java long.
  const totalFlink = f.frameworkHeap + f.taskHeap + f.frameworkOffHeap + f.taskOffHeap + f.network + f.managed;
  return {
    ...f,
    jvmMetaspace: metaspace,
    jvmOverhead: overhead,
    totalFlink,
    totalProcess: totalFlink + metaspace + overhead,
    jvmHeap: f.frameworkHeap + f.taskHeap,
    jvmDirect: f.frameworkOffHeap + f.taskOffHeap + f.network,
    cpuCores,
    numSlots,
    jvmParams: '',
    dynamicConfigs: '',
    path: 'local',
    explicitKeys: explicit,
  };
}
