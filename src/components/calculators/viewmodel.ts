/**
 * Pure view-model helpers of the calculators: no DOM, no Preact, no memory arithmetic beyond
 * proportions for drawing. The model derives; these only arrange what it returns for display.
 */
import type { CalculatorName } from './fields';
import {
  DEPLOYMENT_MODES,
  FLINK_VERSIONS,
  type DeploymentMode,
  type FlinkVersion,
  type OptionType,
  type Versioned,
} from '~/model/types';

/** What the island needs to know about one input, already in the page's language. */
export interface FieldSpec {
  key: string;
  type: OptionType;
  /** Translated short name (falls back to the registry's one-line description). */
  name: string;
  /** One-line description in the page's language. */
  description: string;
  defaults: readonly Versioned<string | null>[];
  since: FlinkVersion;
  removedIn?: FlinkVersion;
  values?: readonly string[];
  /** Heading under which the input is grouped. */
  group: string;
}

/** Substitutes `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : String(v);
  });
}

export function isVersion(s: unknown): s is FlinkVersion {
  return typeof s === 'string' && (FLINK_VERSIONS as readonly string[]).includes(s);
}

export function isMode(s: unknown): s is DeploymentMode {
  return typeof s === 'string' && (DEPLOYMENT_MODES as readonly string[]).includes(s);
}

function vIndex(v: FlinkVersion): number {
  return FLINK_VERSIONS.indexOf(v);
}

/** The default in force for `v` (entries are ascending by `since`); `null` = no default. */
export function defaultAt(defaults: readonly Versioned<string | null>[], v: FlinkVersion): string | null {
  let cur: string | null = null;
  for (const d of defaults) {
    if (vIndex(d.since) <= vIndex(v)) cur = d.value;
  }
  return cur;
}

/** Whether Flink `v` reads the option at all. */
export function readsKey(f: Pick<FieldSpec, 'since' | 'removedIn'>, v: FlinkVersion): boolean {
  return vIndex(f.since) <= vIndex(v) && (f.removedIn === undefined || vIndex(v) < vIndex(f.removedIn));
}

export interface DefaultChange {
  key: string;
  from: string | null;
  to: string | null;
}

/** Options whose default (or presence) differs between two versions, in field order. */
export function changedDefaults(fields: readonly FieldSpec[], from: FlinkVersion, to: FlinkVersion): DefaultChange[] {
  const out: DefaultChange[] = [];
  for (const f of fields) {
    const a = readsKey(f, from) ? defaultAt(f.defaults, from) : null;
    const b = readsKey(f, to) ? defaultAt(f.defaults, to) : null;
    const presence = readsKey(f, from) !== readsKey(f, to);
    if (a !== b || presence) out.push({ key: f.key, from: a, to: b });
  }
  return out;
}

/** Drops unset (empty) values; keys keep their insertion order. */
export function cleanConfig(config: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) if (v.trim() !== '') out[k] = v;
  return out;
}

/** Java `Float.parseFloat` / `Double.parseDouble` syntax (decimal, optional f/d suffix, NaN, Infinity). */
const JAVA_FLOAT = /^[\s\x00-\x20]*[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)[\s\x00-\x20]*$/;

/**
 * Light syntax check for non-size options, so a reader sees a problem while typing; the model
 * stays the authority (its refusal is shown verbatim). Returns a string-table key or null.
 */
export function syntaxProblem(
  type: OptionType,
  text: string,
): 'invalidFloat' | 'invalidDouble' | 'invalidInt' | 'invalidBool' | null {
  if (text.trim() === '') return null;
  switch (type) {
    case 'float':
      return JAVA_FLOAT.test(text) ? null : 'invalidFloat';
    case 'double':
      return JAVA_FLOAT.test(text) ? null : 'invalidDouble';
    case 'int': {
      const t = text.trim();
      if (!/^[+-]?\d+$/.test(t)) return 'invalidInt';
      const n = Number(t);
      return n >= -2147483648 && n <= 2147483647 ? null : 'invalidInt';
    }
    case 'long': {
      const t = text.trim();
      if (!/^[+-]?\d+$/.test(t)) return 'invalidInt';
      const n = BigInt(t);
      return n >= -(2n ** 63n) && n < 2n ** 63n ? null : 'invalidInt';
    }
    case 'boolean':
      return /^(true|false)$/i.test(text.trim()) ? null : 'invalidBool';
    default:
      return null;
  }
}

/** One drawn segment: x and width on a 0..1000 scale. */
export interface Segment {
  name: string;
  bytes: bigint;
  x: number;
  w: number;
}

/**
 * Lays parts side by side proportionally to `total` (or their sum). Never NaN/Infinity: a zero
 * total gives zero widths; parts are clamped so the bar never overflows.
 */
export function segments(parts: readonly { name: string; bytes: bigint }[], total?: bigint): Segment[] {
  const sum = total ?? parts.reduce((a, p) => a + (p.bytes > 0n ? p.bytes : 0n), 0n);
  const out: Segment[] = [];
  let acc = 0n;
  for (const p of parts) {
    const b = p.bytes > 0n ? p.bytes : 0n;
    const x = sum > 0n ? Number((acc * 1_000_000n) / sum) / 1000 : 0;
    const end = sum > 0n ? Number(((acc + b) * 1_000_000n) / sum) / 1000 : 0;
    out.push({ name: p.name, bytes: p.bytes, x: Math.min(x, 1000), w: Math.max(0, Math.min(end, 1000) - Math.min(x, 1000)) });
    acc += b;
  }
  return out;
}

/** Groups digits of an exact byte count for reading (`536 870 920`); the attribute keeps raw digits. */
export function groupDigits(n: bigint | number): string {
  const s = n.toString();
  const neg = s.startsWith('-');
  const d = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + d.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** Keys of `config` whose value differs from (or is absent in) `base`: what a reader set. */
export function explicitKeys(config: Readonly<Record<string, string>>): string[] {
  return Object.keys(cleanConfig(config));
}

/** The TaskManager figures in display order, and which of them the diagram stacks. */
export const TM_TABLE = [
  'totalProcess', 'totalFlink', 'frameworkHeap', 'taskHeap', 'frameworkOffHeap', 'taskOffHeap',
  'network', 'managed', 'jvmMetaspace', 'jvmOverhead', 'jvmHeap', 'jvmDirect',
] as const;
export const TM_STACK = [
  'frameworkHeap', 'taskHeap', 'frameworkOffHeap', 'taskOffHeap', 'network', 'managed', 'jvmMetaspace', 'jvmOverhead',
] as const;
export const JM_TABLE = ['totalProcess', 'totalFlink', 'jvmHeap', 'offHeap', 'jvmMetaspace', 'jvmOverhead'] as const;
export const JM_STACK = ['jvmHeap', 'offHeap', 'jvmMetaspace', 'jvmOverhead'] as const;

/** Which JVM limit a TaskManager pool counts against (for the diagram's second row). */
export const TM_JVM_GROUP: Record<(typeof TM_STACK)[number], 'heap' | 'direct' | 'native'> = {
  frameworkHeap: 'heap',
  taskHeap: 'heap',
  frameworkOffHeap: 'direct',
  taskOffHeap: 'direct',
  network: 'direct',
  managed: 'native',
  jvmMetaspace: 'native',
  jvmOverhead: 'native',
};

/** Keys the TaskManager calculator offers, in form order, with their group. */
export const TM_KEYS: readonly (readonly [string, string])[] = [
  ['taskmanager.memory.process.size', 'totals'],
  ['taskmanager.memory.flink.size', 'totals'],
  ['taskmanager.memory.task.heap.size', 'components'],
  ['taskmanager.memory.managed.size', 'components'],
  ['taskmanager.memory.managed.fraction', 'components'],
  ['taskmanager.memory.framework.heap.size', 'components'],
  ['taskmanager.memory.framework.off-heap.size', 'components'],
  ['taskmanager.memory.task.off-heap.size', 'components'],
  ['taskmanager.memory.network.min', 'network'],
  ['taskmanager.memory.network.max', 'network'],
  ['taskmanager.memory.network.fraction', 'network'],
  ['taskmanager.memory.jvm-metaspace.size', 'jvm'],
  ['taskmanager.memory.jvm-overhead.min', 'jvm'],
  ['taskmanager.memory.jvm-overhead.max', 'jvm'],
  ['taskmanager.memory.jvm-overhead.fraction', 'jvm'],
  ['taskmanager.numberOfTaskSlots', 'slots'],
  ['taskmanager.cpu.cores', 'slots'],
  ['taskmanager.memory.segment-size', 'network'],
  ['taskmanager.heap.size', 'legacy'],
  ['taskmanager.heap.mb', 'legacy'],
  ['taskmanager.network.numberOfBuffers', 'legacy'],
  ['taskmanager.memory.size', 'legacy'],
];

/** Keys the JobManager calculator offers. */
export const JM_KEYS: readonly (readonly [string, string])[] = [
  ['jobmanager.memory.process.size', 'totals'],
  ['jobmanager.memory.flink.size', 'totals'],
  ['jobmanager.memory.heap.size', 'components'],
  ['jobmanager.memory.off-heap.size', 'components'],
  ['jobmanager.memory.enable-jvm-direct-memory-limit', 'components'],
  ['jobmanager.memory.jvm-metaspace.size', 'jvm'],
  ['jobmanager.memory.jvm-overhead.min', 'jvm'],
  ['jobmanager.memory.jvm-overhead.max', 'jvm'],
  ['jobmanager.memory.jvm-overhead.fraction', 'jvm'],
  ['jobmanager.heap.size', 'legacy'],
  ['jobmanager.heap.mb', 'legacy'],
];

/** A job as the network calculator edits it (mirrors the model's `JobDescription`). */
export interface JobDraft {
  vertices: { name: string; parallelism: number }[];
  edges: { from: string; to: string; pattern: string; partitionType: string }[];
}

/** Most vertices / edges a link may describe (a link is untrusted input). */
export const JOB_MAX_VERTICES = 20;
export const JOB_MAX_EDGES = 40;

/** Vertex names may not contain the delimiters of the link format. */
export function cleanVertexName(s: string): string {
  return s.replace(/[,;*>:\s]/g, '').slice(0, 32);
}

/**
 * `source*4,sink*4;source>sink:all-to-all:PIPELINED_BOUNDED` ↔ JobDraft. Decoding never throws:
 * malformed parts are skipped (the model then validates names, parallelism and types).
 */
export function encodeJob(job: JobDraft): string {
  const v = job.vertices.map((x) => `${cleanVertexName(x.name)}*${x.parallelism}`).join(',');
  const e = job.edges.map((x) => `${cleanVertexName(x.from)}>${cleanVertexName(x.to)}:${x.pattern}:${x.partitionType}`).join(',');
  return e ? `${v};${e}` : v;
}

export function decodeJob(text: string | undefined): JobDraft | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 4000) return null;
  const [vs = '', es = ''] = text.split(';');
  const vertices: JobDraft['vertices'] = [];
  for (const part of vs.split(',').slice(0, JOB_MAX_VERTICES)) {
    const m = /^([^,;*>:\s]{1,32})\*(\d{1,9})$/.exec(part);
    if (m) vertices.push({ name: m[1]!, parallelism: Number(m[2]) });
  }
  if (vertices.length === 0) return null;
  const edges: JobDraft['edges'] = [];
  for (const part of es.split(',').slice(0, JOB_MAX_EDGES)) {
    const m = /^([^,;*>:\s]{1,32})>([^,;*>:\s]{1,32}):([a-z-]{1,20}):([A-Z_]{1,30})$/.exec(part);
    if (m) edges.push({ from: m[1]!, to: m[2]!, pattern: m[3]!, partitionType: m[4]! });
  }
  return { vertices, edges };
}

/** Parses a whole number typed into a small count field; null when it is not one. */
export function parseCount(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** Flink's distribution patterns and partition types (the model's lists; a unit test keeps them equal). */
export const PATTERN_NAMES = ['all-to-all', 'forward', 'rescale', 'broadcast'] as const;
export const PARTITION_TYPE_NAMES = [
  'BLOCKING', 'BLOCKING_PERSISTENT', 'PIPELINED', 'PIPELINED_BOUNDED', 'PIPELINED_APPROXIMATE', 'HYBRID_FULL', 'HYBRID_SELECTIVE',
] as const;

/** The network calculator's starting job: one all-to-all shuffle at parallelism 4. */
export const DEFAULT_JOB: JobDraft = {
  vertices: [
    { name: 'source', parallelism: 4 },
    { name: 'sink', parallelism: 4 },
  ],
  edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
};

/** Managed-memory use cases, in Flink's order (the model's `USE_CASES`). */
/**
 * Link parameters of each calculator that are not Flink options (the network job editor, the
 * debloat inputs, RocksDB's use cases): the islands, the server and the chapter embeds read them here.
 */
export const EXTRAS: Readonly<Record<CalculatorName, readonly string[]>> = {
  taskmanager: [],
  jobmanager: [],
  network: ['job', 'slots', 'P', 'B', 'F', 'tput', 'inuse'],
  rocksdb: ['uses'],
};

export const USE_CASE_NAMES = ['OPERATOR', 'STATE_BACKEND', 'PYTHON'] as const;
export type UseCaseName = (typeof USE_CASE_NAMES)[number];

/** Use cases present in the slot (`uses` in the link); default: the state backend only. */
export function parseUses(s: string | undefined): UseCaseName[] {
  if (s === undefined) return ['STATE_BACKEND'];
  return USE_CASE_NAMES.filter((u) => s.split(',').includes(u));
}
