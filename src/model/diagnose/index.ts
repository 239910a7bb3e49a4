/**
 * Diagnosis of a pasted failure: which memory pool or mechanism failed, the likely causes, the
 * keys to change (with values where the text gives enough to compute them), and the memory
 * configuration the log itself printed. Pure and incremental, so a worker or a chunked loop can
 * feed a 20 MB log without freezing a page. Returns ids and numbers; words live in
 * `src/i18n/diagnose.ts`.
 */
import { CAUSES_OF, DIAGNOSIS_IDS, LONG_GC_PAUSE_MS, PATTERNS, PREFILTER, type DiagnosisId, type FailedPool } from './patterns';
import { configurationMessageId } from './config-messages';
import {
  ConfigExtractor,
  jobManagerConfigFromBlock,
  taskManagerConfigFromBlock,
  type Extracted,
} from './extract';

export { DIAGNOSIS_IDS, type DiagnosisId, type FailedPool } from './patterns';
export type { Extracted, ExtractedMemory, ExtractedFigure } from './extract';
export { taskManagerConfigFromBlock, jobManagerConfigFromBlock } from './extract';
export { configurationMessageId } from './config-messages';

/** A key to change, with a concrete value when the paste allowed computing one. */
export interface Suggestion {
  key: string;
  /** A Flink size or number, e.g. `384m`; absent when only the direction is known. */
  value?: string;
  /** Text id in `src/i18n/diagnose.ts` (`suggest.<id>`). */
  reason: string;
}

export interface Finding {
  id: DiagnosisId;
  pool: FailedPool;
  /** 1-based line of the first occurrence. */
  line: number;
  /** How often it occurred. */
  count: number;
  /** The first matching line, trimmed to a readable length. */
  excerpt: string;
  /** Cause ids, most likely first. */
  causes: string[];
  suggestions: Suggestion[];
  /** Values read from the message (required/available buffers, sizes, the Flink message…). */
  params: Record<string, string>;
  /** Heading id in the troubleshooting chapter. */
  anchor: string;
  /** Ids of findings in the same paste that this one most likely caused. */
  causedEffects: DiagnosisId[];
  /** Set when a finding in the same paste most likely caused this one. */
  consequenceOf?: DiagnosisId;
}

export interface Diagnosis {
  /** Root causes first, otherwise in order of appearance; empty = not a memory failure. */
  findings: Finding[];
  extracted: Extracted;
  /** Calculator states (URL query strings without `?`) that reproduce what the log printed. */
  calculators: { name: 'taskmanager' | 'jobmanager'; query: string }[];
  lines: number;
}

const MAX_EXCERPT = 400;
/** Lines longer than this are cut before matching: a pathological line must not stall a regex. */
const MAX_LINE = 8192;

/** Incremental diagnoser: `push` text in any chunks, then `finish`. */
export class Diagnoser {
  private readonly extractor = new ConfigExtractor();
  private readonly found = new Map<DiagnosisId, Finding>();
  private rest = '';
  private n = 0;
  private rocksDbSeen = false;

  /** Feeds the next piece of the paste (may end mid-line). */
  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > MAX_LINE * 4) {
      this.line(this.rest);
      this.rest = '';
    }
  }

  /** Ends the paste and returns the diagnosis. */
  finish(): Diagnosis {
    if (this.rest) this.line(this.rest);
    this.rest = '';
    return this.result();
  }

  private line(raw: string): void {
    this.n++;
    const text = (raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw).replace(/\r$/, '');
    if (!this.extractor.inBlock && !PREFILTER.test(text)) return;
    this.extractor.line(text, this.n);
    if (/RocksDB|rocksdb/.test(text)) this.rocksDbSeen = true;
    for (const p of PATTERNS) {
      const m = p.match.exec(text);
      if (!m) continue;
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v;
      if (p.id === 'long-gc-pause') {
        const ms = params['ms'] !== undefined ? Number(params['ms']) : Number(params['secs'] ?? 0) * 1000;
        if (!(ms >= LONG_GC_PAUSE_MS)) continue;
        params['ms'] = String(Math.round(ms));
        delete params['secs'];
      }
      if (p.id === 'illegal-configuration' && params['message']) {
        const id = configurationMessageId(params['message']);
        if (id) params['messageId'] = id;
      }
      this.record(p.id, params, text);
      break; // a line is claimed by its most specific pattern
    }
  }

  private record(id: DiagnosisId, params: Record<string, string>, text: string): void {
    const seen = this.found.get(id);
    if (seen) {
      seen.count++;
      if (id === 'long-gc-pause' && Number(params['ms']) > Number(seen.params['ms'])) seen.params['ms'] = params['ms']!;
      return;
    }
    const spec = PATTERNS.find((p) => p.id === id)!;
    this.found.set(id, {
      id,
      pool: spec.pool,
      line: this.n,
      count: 1,
      excerpt: text.trim().slice(0, MAX_EXCERPT),
      causes: [...spec.causes],
      suggestions: [],
      params,
      anchor: spec.anchor,
      causedEffects: [],
    });
  }

  private result(): Diagnosis {
    const extracted = this.extractor.result;
    const findings = [...this.found.values()];
    const killed = findings.find((f) => f.id === 'yarn-container-killed' || f.id === 'kubernetes-oomkilled');
    if (killed && (this.rocksDbSeen || isRocksDb(extracted.config))) {
      findings.push({
        id: 'rocksdb-native-memory',
        pool: 'managed',
        line: killed.line,
        count: 1,
        excerpt: killed.excerpt,
        causes: extracted.config['state.backend.rocksdb.memory.managed'] === 'false'
          ? ['rocksdb-unmanaged', 'many-states-column-families', 'native-leak']
          : ['many-states-column-families', 'native-leak', 'rocksdb-unmanaged'],
        suggestions: [],
        params: {},
        anchor: 'rocksdb-memory-beyond-managed-memory',
        causedEffects: [],
      });
    }
    for (const f of findings) f.suggestions = suggest(f, extracted);
    linkCauses(findings);
    return {
      findings: order(findings),
      extracted,
      calculators: calculatorStates(extracted),
      lines: this.n,
    };
  }
}

/** One-shot convenience over `Diagnoser`. */
export function diagnose(text: string): Diagnosis {
  const d = new Diagnoser();
  d.push(text);
  return d.finish();
}

function isRocksDb(config: Record<string, string>): boolean {
  const backend = (config['state.backend.type'] ?? config['state.backend'] ?? '').toLowerCase();
  return backend.includes('rocksdb');
}

function linkCauses(findings: Finding[]): void {
  const present = new Set(findings.map((f) => f.id));
  for (const cause of findings) {
    for (const effect of CAUSES_OF[cause.id] ?? []) {
      if (!present.has(effect)) continue;
      const e = findings.find((f) => f.id === effect)!;
      if (e.consequenceOf) continue;
      e.consequenceOf = cause.id;
      cause.causedEffects.push(effect);
    }
  }
}

/** Root causes before their effects; otherwise order of appearance. */
function order(findings: Finding[]): Finding[] {
  const byLine = [...findings].sort((a, b) => a.line - b.line || DIAGNOSIS_IDS.indexOf(a.id) - DIAGNOSIS_IDS.indexOf(b.id));
  const out: Finding[] = [];
  const placed = new Set<DiagnosisId>();
  const place = (f: Finding, depth: number): void => {
    if (placed.has(f.id) || depth > DIAGNOSIS_IDS.length) return;
    const cause = f.consequenceOf ? findings.find((x) => x.id === f.consequenceOf) : undefined;
    if (cause) place(cause, depth + 1);
    placed.add(f.id);
    out.push(f);
  };
  for (const f of byLine) place(f, 0);
  return out;
}

const MIB = 1n << 20n;
/** Rounds bytes up to whole MiB and prints a Flink size. */
const toMiB = (bytes: bigint): string => `${(bytes + MIB - 1n) / MIB}m`;

function figure(extracted: Extracted, name: 'jvmHeap' | 'taskHeap' | 'taskOffHeap' | 'jvmMetaspace' | 'jvmOverhead' | 'network' | 'totalProcess', role: 'taskmanager' | 'jobmanager' = 'taskmanager'): bigint | undefined {
  for (let i = extracted.blocks.length - 1; i >= 0; i--) {
    const blk = extracted.blocks[i]!;
    if (blk.role === role && blk.figures[name] !== undefined) return blk.figures[name];
  }
  return undefined;
}

const UNIT: Record<string, bigint> = { B: 1n, KB: 1n << 10n, MB: 1n << 20n, GB: 1n << 30n, TB: 1n << 40n };
/** "4.1 GB" as YARN prints it (binary units, one decimal) → bytes, rounded down. */
function yarnBytes(text: string): bigint | undefined {
  const m = /^([\d.]+) ?([KMGT]?B)$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = UNIT[m[2]!.toUpperCase()];
  const [int = '0', frac = ''] = m[1]!.split('.');
  if (!unit || !/^\d+$/.test(int) || !/^\d*$/.test(frac)) return undefined;
  const scale = 10n ** BigInt(frac.length);
  return ((BigInt(int) * scale + BigInt(frac || '0')) * unit) / scale;
}

function suggest(f: Finding, x: Extracted): Suggestion[] {
  const jm = x.component !== undefined && /Entrypoint|JobManager|Master/i.test(x.component);
  switch (f.id) {
    case 'insufficient-network-buffers': {
      const required = BigInt(f.params['required'] ?? '0');
      const available = BigInt(f.params['available'] ?? '0');
      const total = f.params['total'] ?? f.params['ofTotal'];
      const segment = BigInt(f.params['segment'] ?? '32768');
      if (total === undefined) return [{ key: 'taskmanager.memory.network.fraction', reason: 'network-more' }];
      const buffers = BigInt(total) + (required > available ? required - available : 0n);
      const bytes = buffers * segment;
      f.params['neededBuffers'] = buffers.toString();
      f.params['neededNetwork'] = toMiB(bytes);
      return [
        { key: 'taskmanager.memory.network.min', value: toMiB(bytes), reason: 'network-min-at-least' },
        { key: 'taskmanager.memory.network.max', value: toMiB(bytes), reason: 'network-max-not-below' },
        { key: 'taskmanager.memory.process.size', reason: 'process-grows-with-network' },
      ];
    }
    case 'network-buffer-pool-allocation': {
      const missing = BigInt(f.params['missingMb'] ?? '0');
      const out: Suggestion[] = [];
      const direct = figure(x, 'network');
      if (direct !== undefined) f.params['network'] = toMiB(direct);
      out.push({ key: 'taskmanager.memory.framework.off-heap.size', reason: 'direct-limit-covers-network' });
      if (missing > 0n) f.params['missing'] = `${missing}m`;
      out.push({ key: 'taskmanager.memory.network.max', reason: 'network-smaller-locally' });
      return out;
    }
    case 'direct-buffer-memory': {
      if (jm) return [{ key: 'jobmanager.memory.off-heap.size', reason: 'jm-off-heap-more' }];
      const taskOff = figure(x, 'taskOffHeap');
      const value = taskOff === undefined || taskOff === 0n ? '256m' : toMiB(taskOff * 2n);
      return [
        { key: 'taskmanager.memory.task.off-heap.size', value, reason: 'task-off-heap-for-connectors' },
        { key: 'taskmanager.memory.framework.off-heap.size', reason: 'framework-off-heap-high-parallelism' },
      ];
    }
    case 'metaspace': {
      const key = jm ? 'jobmanager.memory.jvm-metaspace.size' : 'taskmanager.memory.jvm-metaspace.size';
      const now = figure(x, 'jvmMetaspace', jm ? 'jobmanager' : 'taskmanager');
      return [
        now === undefined ? { key, reason: 'metaspace-more' } : { key, value: toMiB(now * 2n), reason: 'metaspace-double' },
        { key: 'classloader.check-leaked-classloader', reason: 'find-classloader-leak' },
      ];
    }
    case 'java-heap-space':
    case 'gc-overhead-limit': {
      if (jm) {
        const heap = figure(x, 'jvmHeap', 'jobmanager');
        return [heap === undefined
          ? { key: 'jobmanager.memory.heap.size', reason: 'jm-heap-more' }
          : { key: 'jobmanager.memory.heap.size', value: toMiB((heap * 3n) / 2n), reason: 'jm-heap-more' }];
      }
      const task = figure(x, 'taskHeap');
      return [
        task === undefined
          ? { key: 'taskmanager.memory.task.heap.size', reason: 'task-heap-more' }
          : { key: 'taskmanager.memory.task.heap.size', value: toMiB((task * 3n) / 2n), reason: 'task-heap-more' },
        { key: 'state.backend.type', value: 'rocksdb', reason: 'state-off-heap' },
      ];
    }
    case 'yarn-container-killed':
    case 'kubernetes-oomkilled': {
      const overhead = figure(x, 'jvmOverhead');
      const usage = f.params['usage'] ? yarnBytes(f.params['usage']) : undefined;
      const limit = f.params['limit'] ? yarnBytes(f.params['limit']) : undefined;
      const excess = usage !== undefined && limit !== undefined && usage > limit ? usage - limit : 0n;
      if (overhead !== undefined) {
        // Headroom: the excess seen, but at least half the current overhead again.
        const extra = excess > overhead / 2n ? excess : overhead / 2n;
        const value = toMiB(overhead + extra);
        f.params['overhead'] = toMiB(overhead);
        return [
          { key: 'taskmanager.memory.jvm-overhead.min', value, reason: 'overhead-headroom' },
          { key: 'taskmanager.memory.jvm-overhead.max', value, reason: 'overhead-headroom' },
          { key: 'state.backend.rocksdb.memory.managed', value: 'true', reason: 'rocksdb-managed' },
        ];
      }
      return [
        { key: 'taskmanager.memory.jvm-overhead.fraction', value: '0.2', reason: 'overhead-headroom' },
        { key: 'state.backend.rocksdb.memory.managed', value: 'true', reason: 'rocksdb-managed' },
      ];
    }
    case 'rocksdb-native-memory':
      return [
        { key: 'state.backend.rocksdb.memory.managed', value: 'true', reason: 'rocksdb-managed' },
        { key: 'taskmanager.memory.jvm-overhead.fraction', value: '0.2', reason: 'overhead-headroom' },
      ];
    case 'long-gc-pause':
    case 'heartbeat-timeout':
      return [
        { key: 'env.java.opts.taskmanager', value: '-XX:+UseG1GC -XX:MaxGCPauseMillis=200', reason: 'gc-tuning' },
        { key: 'heartbeat.timeout', reason: 'heartbeat-not-the-fix' },
      ];
    case 'illegal-configuration':
      return [];
  }
}

function calculatorStates(x: Extracted): Diagnosis['calculators'] {
  const out: Diagnosis['calculators'] = [];
  const v = x.flinkVersion ? /^(\d+\.\d+)/.exec(x.flinkVersion)?.[1] : undefined;
  const query = (config: Record<string, string>): string => {
    const p = new URLSearchParams();
    if (v) p.set('v', v);
    for (const [k, val] of Object.entries(config)) p.set(k, val);
    return p.toString();
  };
  const tm = [...x.blocks].reverse().find((bk) => bk.role === 'taskmanager');
  const tmConfig = tm ? taskManagerConfigFromBlock(tm.figures) : undefined;
  if (tmConfig) out.push({ name: 'taskmanager', query: query(tmConfig) });
  const jm = [...x.blocks].reverse().find((bk) => bk.role === 'jobmanager');
  const jmConfig = jm ? jobManagerConfigFromBlock(jm.figures) : undefined;
  if (jmConfig) out.push({ name: 'jobmanager', query: query(jmConfig) });
  if (!tmConfig && !jmConfig) {
    const memoryKeys = Object.entries(x.config).filter(([k]) => /^(taskmanager|jobmanager)\.memory\.|^taskmanager\.numberOfTaskSlots$/.test(k));
    const tmKeys = memoryKeys.filter(([k]) => k.startsWith('taskmanager.'));
    const jmKeys = memoryKeys.filter(([k]) => k.startsWith('jobmanager.'));
    if (tmKeys.length) out.push({ name: 'taskmanager', query: query(Object.fromEntries(tmKeys)) });
    if (jmKeys.length) out.push({ name: 'jobmanager', query: query(Object.fromEntries(jmKeys)) });
  }
  return out;
}
