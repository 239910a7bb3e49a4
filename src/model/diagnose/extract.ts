/**
 * Pulls the memory configuration out of a Flink log: the "Final TaskExecutor/Master Memory
 * configuration" blocks that BashJavaUtils and the entrypoints log (process-memory.md §6.4, §7.4),
 * `Loading configuration property: k, v` lines (GlobalConfiguration), JVM flags and `-D` dynamic
 * properties on the command line, and the version banner (EnvironmentInformation).
 */

/** TaskManager / JobManager figure names, as the calculators' `data-figure` hooks use them. */
export type ExtractedFigure =
  | 'totalProcess'
  | 'totalFlink'
  | 'jvmHeap'
  | 'frameworkHeap'
  | 'taskHeap'
  | 'managed'
  | 'jvmDirect'
  | 'frameworkOffHeap'
  | 'taskOffHeap'
  | 'network'
  | 'jvmMetaspace'
  | 'jvmOverhead'
  | 'offHeap';

export interface ExtractedMemory {
  role: 'taskmanager' | 'jobmanager';
  /** 1-based line of the block header. */
  line: number;
  figures: Partial<Record<ExtractedFigure, bigint>>;
}

export interface Extracted {
  /** Full version from the banner, e.g. `1.20.1`. */
  flinkVersion?: string;
  /** Which process wrote the log, from the banner. */
  component?: string;
  /** Flink options loaded from the config file, passed as `-D` or quoted as `key: value`; later values win. */
  config: Record<string, string>;
  /** JVM system properties from the command line (`-Dlog.file=…`): not Flink options. */
  systemProperties: Record<string, string>;
  /** A Kubernetes memory limit quoted in the paste (`Limits: memory: 4Gi`), in bytes. */
  k8sLimit?: { text: string; bytes: bigint };
  blocks: ExtractedMemory[];
  jvm: { xmx?: string; maxDirect?: string; maxMetaspace?: string };
}

import { isKnownKey } from '../options';
import { TM_COMPONENTS } from '../types';

const SIZE_IN_LINE = /\((\d+) bytes\)|^\s*(\d+) bytes\s*$/;

/** Labels of the TM block in order; nesting disambiguates the two "Framework"/"Task" rows. */
const TM_ROWS: readonly [RegExp, ExtractedFigure | ((ctx: string) => ExtractedFigure | undefined)][] = [
  [/^Total Process Memory:/, 'totalProcess'],
  [/^Total Flink Memory:/, 'totalFlink'],
  [/^Total JVM Heap Memory:/, 'jvmHeap'],
  [/^Total Off-heap Memory:/, () => undefined],
  [/^Managed:/, 'managed'],
  [/^Total JVM Direct Memory:/, 'jvmDirect'],
  [/^Framework:/, (ctx) => (ctx === 'heap' ? 'frameworkHeap' : 'frameworkOffHeap')],
  [/^Task:/, (ctx) => (ctx === 'heap' ? 'taskHeap' : 'taskOffHeap')],
  [/^Network:/, 'network'],
  [/^JVM Metaspace:/, 'jvmMetaspace'],
  [/^JVM Overhead:/, 'jvmOverhead'],
];

const JM_ROWS: readonly [RegExp, ExtractedFigure][] = [
  [/^Total Process Memory:/, 'totalProcess'],
  [/^Total Flink Memory:/, 'totalFlink'],
  [/^JVM Heap:/, 'jvmHeap'],
  [/^Off-heap:/, 'offHeap'],
  [/^JVM Metaspace:/, 'jvmMetaspace'],
  [/^JVM Overhead:/, 'jvmOverhead'],
];

/** A `key: value` line of a quoted flink-conf.yaml, for the options the diagnosis uses. */
const CONF_LINE =
  /^((?:taskmanager|jobmanager)\.memory\.[\w.-]+|taskmanager\.numberOfTaskSlots|(?:taskmanager|jobmanager)\.heap\.(?:size|mb)|state\.backend(?:\.type)?|state\.backend\.rocksdb\.memory\.[\w.-]+|taskmanager\.network\.[\w.-]+|kubernetes\.(?:taskmanager|jobmanager)\.memory\.limit-factor)\s*[:=]\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/;

/** Prefixes of JVM and library system properties that Flink never reads as options. */
const JVM_PROPERTY =
  /^(?:log\.file|log4j|logback|java\.|javax\.|sun\.|jdk\.|file\.|user\.|os\.|line\.|io\.netty|com\.sun|zookeeper\.|hadoop\.|log\.|networkaddress\.)/;
const FLINK_NAMESPACE =
  /^(?:taskmanager|jobmanager|state|execution|pipeline|high-availability|kubernetes|yarn|rest|metrics|env|akka|pekko|heartbeat|classloader|parallelism|web|security|restart-strategy|blob|cluster|table|python|slot|slotmanager|resourcemanager|jobstore|historyserver|containerized|checkpointing|execution|queryable-state|sql-gateway|fs|io\.tmp)\./;

/** True for keys Flink reads as configuration (the registry's, or Flink's namespaces). */
export function isFlinkKey(key: string): boolean {
  if (isKnownKey(key)) return true;
  if (JVM_PROPERTY.test(key)) return false;
  return FLINK_NAMESPACE.test(key);
}

const K8S_UNIT: Readonly<Record<string, bigint>> = {
  '': 1n,
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  k: 1000n,
  K: 1000n,
  M: 1000_000n,
  G: 1000_000_000n,
  T: 1000_000_000_000n,
  m: 0n,
  g: 1000_000_000n,
};

/** A Kubernetes quantity (`4Gi`, `4096Mi`, `4G`, `30Mi`) in bytes; `m` (milli) is not a memory size. */
export function k8sQuantity(amount: string, unit: string): bigint | undefined {
  const mult = K8S_UNIT[unit];
  if (!mult) return undefined;
  const [int = '0', frac = ''] = amount.split('.');
  if (!/^\d+$/.test(int) || !/^\d*$/.test(frac) || int.length > 15) return undefined;
  const scale = 10n ** BigInt(frac.length);
  return ((BigInt(int) * scale + BigInt(frac || '0')) * mult) / scale;
}

/** Only keys that look like Flink keys are taken from `-D`, never anything with spaces or markup. */
const KEY = /^[A-Za-z][\w.\-]*$/;
const MAX_VALUE_LENGTH = 512;

/** Incremental extractor: feed it lines in order, read `result` at the end. */
export class ConfigExtractor {
  readonly result: Extracted = {
    config: Object.create(null) as Record<string, string>,
    systemProperties: Object.create(null) as Record<string, string>,
    blocks: [],
    jvm: {},
  };
  private limitsAt = -10;
  private dashD = false;
  private block: { mem: ExtractedMemory; rows: number; ctx: string } | undefined;

  /** True while the lines of a memory block (or a `-D`'s value) are due (they bypass any prefilter). */
  get inBlock(): boolean {
    return this.block !== undefined || this.dashD;
  }

  /** Consumes one line (without its newline); `n` is its 1-based number. */
  line(text: string, n: number): void {
    if (this.block) {
      if (this.blockRow(text)) return;
      this.block = undefined;
    }
    const header = /Final (TaskExecutor|Master) Memory configuration:/.exec(text);
    if (header) {
      const mem: ExtractedMemory = { role: header[1] === 'Master' ? 'jobmanager' : 'taskmanager', line: n, figures: {} };
      this.result.blocks.push(mem);
      this.block = { mem, rows: 0, ctx: '' };
      return;
    }
    const banner = /Starting (.+?) \(Version: ([0-9][\w.\-]*)/.exec(text);
    if (banner && !this.result.flinkVersion) {
      this.result.component = banner[1]!.trim();
      this.result.flinkVersion = banner[2]!;
    }
    const loaded = /Loading configuration property: ([^,\s]+), ?(.*)$/.exec(text);
    if (loaded) this.put(loaded[1]!, loaded[2]!.trim());
    if (this.dashD) {
      this.dashD = false;
      // Flink logs program arguments one per line: `-D` alone, then `key=value`.
      const kv = /(?:^|\s)([A-Za-z][\w.\-]*)=(\S*)\s*$/.exec(text);
      if (kv) this.put(kv[1]!, kv[2]!);
    }
    if (/(?:^|\s)-D\s*$/.test(text)) this.dashD = true;
    if (text.includes('-D')) {
      for (const m of text.matchAll(/(?:^|\s)-D(\s?)([A-Za-z][\w.\-]*)=("[^"]*"|'[^']*'|\S*)/g)) {
        const key = m[2]!;
        const value = m[3]!.replace(/^["']|["']$/g, '');
        // `-D key=value` (with a space) is Flink's dynamic property; `-Dkey=value` is a JVM
        // system property unless the key is a Flink option.
        if (m[1] === ' ' || isFlinkKey(key)) this.put(key, value);
        else this.putProperty(key, value);
      }
    }
    const quoted = CONF_LINE.exec(text);
    if (quoted && !loaded) this.put(quoted[1]!, quoted[2]!);
    if (/^Limits:\s*$|^limits:\s*$/.test(text.trim())) this.limitsAt = n;
    else if (n - this.limitsAt <= 3) {
      const mem = /^memory:\s*["']?(\d+(?:\.\d+)?)\s*(Ki|Mi|Gi|Ti|K|M|G|T|k|m|g)?["']?\s*$/.exec(text.trim());
      if (mem) {
        const bytes = k8sQuantity(mem[1]!, mem[2] ?? '');
        if (bytes !== undefined) this.result.k8sLimit = { text: `${mem[1]}${mem[2] ?? ''}`, bytes };
        this.limitsAt = -10;
      }
    }
    if (text.includes('-Xmx')) {
      const xmx = /-Xmx(\d+[kKmMgGtT]?)\b/.exec(text);
      const direct = /-XX:MaxDirectMemorySize=(\d+[kKmMgGtT]?)\b/.exec(text);
      const meta = /-XX:MaxMetaspaceSize=(\d+[kKmMgGtT]?)\b/.exec(text);
      if (xmx) this.result.jvm.xmx = xmx[1]!;
      if (direct) this.result.jvm.maxDirect = direct[1]!;
      if (meta) this.result.jvm.maxMetaspace = meta[1]!;
    }
  }

  private putProperty(key: string, value: string): void {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    this.result.systemProperties[key] = value.slice(0, MAX_VALUE_LENGTH);
  }

  private put(key: string, value: string): void {
    if (!KEY.test(key) || key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    this.result.config[key] = value.slice(0, MAX_VALUE_LENGTH);
  }

  /** Returns false when the line no longer belongs to the block. */
  private blockRow(text: string): boolean {
    const b = this.block!;
    // Log prefixes (timestamp, level, logger) come before the indented label; keep what follows
    // the last run of two or more spaces before a known label.
    const label =
      /(Total Process Memory|Total Flink Memory|Total JVM Heap Memory|Total Off-heap Memory|Total JVM Direct Memory|Managed|Framework|Task|Network|JVM Metaspace|JVM Overhead|JVM Heap|Off-heap):\s*(.*)$/.exec(
        text,
      );
    if (!label || b.rows >= 13) return false;
    const row = `${label[1]}:`;
    const size = SIZE_IN_LINE.exec(label[2]!);
    const bytes = size ? BigInt(size[1] ?? size[2]!) : undefined;
    b.rows++;
    if (b.mem.role === 'jobmanager') {
      const hit = JM_ROWS.find(([re]) => re.test(row));
      if (!hit) return false;
      if (bytes !== undefined) b.mem.figures[hit[1]] = bytes;
      return true;
    }
    if (row === 'Total JVM Heap Memory:') b.ctx = 'heap';
    if (row === 'Total JVM Direct Memory:') b.ctx = 'direct';
    const hit = TM_ROWS.find(([re]) => re.test(row));
    if (!hit) return false;
    const name = typeof hit[1] === 'function' ? hit[1](b.ctx) : hit[1];
    if (name && bytes !== undefined) b.mem.figures[name] = bytes;
    return true;
  }
}

const b = (v: bigint | undefined): string | undefined => (v === undefined ? undefined : `${v}b`);

/**
 * A configuration that makes the model reproduce a logged TaskManager block exactly: every
 * component explicit (fine-grained path), network and overhead pinned by min = max.
 */
export function taskManagerConfigFromBlock(f: ExtractedMemory['figures']): Record<string, string> | undefined {
  if (TM_COMPONENTS.some((k) => f[k] === undefined)) return undefined;
  const out: Record<string, string> = {
    'taskmanager.memory.framework.heap.size': b(f.frameworkHeap)!,
    'taskmanager.memory.task.heap.size': b(f.taskHeap)!,
    'taskmanager.memory.framework.off-heap.size': b(f.frameworkOffHeap)!,
    'taskmanager.memory.task.off-heap.size': b(f.taskOffHeap)!,
    'taskmanager.memory.managed.size': b(f.managed)!,
    'taskmanager.memory.network.min': b(f.network)!,
    'taskmanager.memory.network.max': b(f.network)!,
    'taskmanager.memory.jvm-metaspace.size': b(f.jvmMetaspace)!,
    'taskmanager.memory.jvm-overhead.min': b(f.jvmOverhead)!,
    'taskmanager.memory.jvm-overhead.max': b(f.jvmOverhead)!,
  };
  return out;
}

/** The JobManager analogue: heap and off-heap explicit, overhead pinned. */
export function jobManagerConfigFromBlock(f: ExtractedMemory['figures']): Record<string, string> | undefined {
  if (f.jvmHeap === undefined || f.offHeap === undefined || f.jvmMetaspace === undefined || f.jvmOverhead === undefined) {
    return undefined;
  }
  return {
    'jobmanager.memory.heap.size': b(f.jvmHeap)!,
    'jobmanager.memory.off-heap.size': b(f.offHeap)!,
    'jobmanager.memory.jvm-metaspace.size': b(f.jvmMetaspace)!,
    'jobmanager.memory.jvm-overhead.min': b(f.jvmOverhead)!,
    'jobmanager.memory.jvm-overhead.max': b(f.jvmOverhead)!,
  };
}
