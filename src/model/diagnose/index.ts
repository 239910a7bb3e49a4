/**
 * Diagnosis of a pasted failure: which memory pool or mechanism failed, in which process, the
 * likely causes, verified fixes (re-derived with the model) and the memory configuration the paste
 * revealed. Pure and incremental, so a worker or a chunked loop can feed a 20 MB log without
 * freezing a page. Returns ids and numbers; words live in `src/i18n/diagnose.ts`.
 */
import {
  CAUSES_OF,
  DIAGNOSIS_IDS,
  LONG_GC_PAUSE_MS,
  PATTERNS,
  POOL_OF,
  PREFILTER,
  type DiagnosisId,
  type Pool,
  type ProcessKind,
} from './patterns';
import { configurationMessageId } from './config-messages';
import { ConfigExtractor, jobManagerConfigFromBlock, taskManagerConfigFromBlock, type Extracted } from './extract';
import { inRocksDb, newGlobalSignals, observeLine, processOf, subjectName, type ContextSignals } from './context';
import { normalizeLine, splitEscaped } from './normalize';
import { fixesFor, type Fix } from './fixes';
import { analyseSnapshot, looksLikeSnapshot, type SnapshotAnalysis } from './snapshot';

export { DIAGNOSIS_IDS, POOLS, PROCESSES, type DiagnosisId, type Pool, type ProcessKind } from './patterns';
export type { Extracted, ExtractedMemory, ExtractedFigure } from './extract';
export { taskManagerConfigFromBlock, jobManagerConfigFromBlock } from './extract';
export { configurationMessageId } from './config-messages';
export { baseFor, sizeText, type Fix } from './fixes';
export type { SnapshotAnalysis, PoolUsage, SnapshotVerdict } from './snapshot';

export interface Finding {
  id: DiagnosisId;
  pool: Pool;
  /** The process that failed. */
  process: ProcessKind;
  /** The container or pod named next to the failure, when it is not Flink's (a sidecar, the operator). */
  subject?: string;
  /** 1-based line of the first occurrence. */
  line: number;
  /** How often it occurred. */
  count: number;
  /** The first occurrence's text (wrapped lines joined), trimmed to a readable length. */
  excerpt: string;
  /** Cause ids, most likely first. */
  causes: string[];
  /** Fixes, best first; those with `set` were re-derived with the model and Flink accepts them. */
  fixes: Fix[];
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
  /** Root causes first, otherwise in order of appearance; empty = no known memory failure recognised. */
  findings: Finding[];
  extracted: Extracted;
  /** Calculator states (URL query strings without `?`) that reproduce what the paste revealed. */
  calculators: { name: 'taskmanager' | 'jobmanager' | 'network'; query: string }[];
  /** A runtime snapshot (REST JSON or Prometheus text) read against its configuration. */
  snapshot?: SnapshotAnalysis;
  lines: number;
}

/** The most a paste, file or stdin may hold (characters); the page and the CLI read no further. */
export const PASTE_CAP = 32 * 1024 * 1024;

const MAX_EXCERPT = 600;
/** Lines longer than this are cut before matching: a pathological line must not stall a regex. */
const MAX_LINE = 8192;
/** Consecutive lines one key phrase may be wrapped over. */
const WINDOW = 4;
const BEFORE = 40;
const AFTER = 30;
/** Snapshots are small; keep at most this much of a paste to read one. */
const SNAPSHOT_CAP = 4_000_000;

/** Which finding makes which other one redundant when they describe the same event nearby. */
const CLAIMS: Partial<Record<DiagnosisId, readonly DiagnosisId[]>> = {
  'network-buffer-pool-allocation': ['direct-buffer-memory'],
  'yarn-container-killed': ['container-exit-143', 'container-exit-137'],
  'yarn-virtual-memory': ['container-exit-143', 'container-exit-137'],
  'kubernetes-oomkilled': ['container-exit-137'],
};
const CLAIM_REACH = 4;

interface Slot {
  text: string;
  n: number;
  /** lower-case, no whitespace: for the patterns' keys */ sq: string;
}
interface Context {
  before: string[];
  after: string[];
  text: string;
}

const globalRe = new Map<RegExp, RegExp>();
const asGlobal = (re: RegExp): RegExp => {
  let g = globalRe.get(re);
  if (!g) globalRe.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
};

/** Incremental diagnoser: `push` text in any chunks, then `finish`. */
export class Diagnoser {
  private readonly extractor = new ConfigExtractor();
  private readonly global = newGlobalSignals();
  private readonly found = new Map<DiagnosisId, Finding>();
  private readonly contexts = new Map<DiagnosisId, Context>();
  private readonly occurrences = new Map<DiagnosisId, { start: number; end: number }>();
  private readonly claims: { ids: readonly DiagnosisId[]; start: number; end: number }[] = [];
  private pending: Context[] = [];
  private window: Slot[] = [];
  private ring: string[] = [];
  private hot = 0;
  private rest = '';
  private n = 0;
  private rocksDbSeen = false;
  private head = '';

  /** Feeds the next piece of the paste (may end mid-line). */
  push(chunk: string): void {
    if (this.head.length < SNAPSHOT_CAP) this.head += chunk.slice(0, SNAPSHOT_CAP - this.head.length);
    const text = this.rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.raw(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > MAX_LINE * 4) {
      this.raw(this.rest);
      this.rest = '';
    }
  }

  /** Ends the paste and returns the diagnosis. */
  finish(): Diagnosis {
    if (this.rest) this.raw(this.rest);
    this.rest = '';
    return this.result();
  }

  private raw(line: string): void {
    const cut = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
    for (const l of splitEscaped(cut)) this.line(normalizeLine(l));
  }

  private line(text: string): void {
    this.n++;
    const pass = PREFILTER.test(text);
    if (pass || this.extractor.inBlock) this.extractor.line(text, this.n);
    if (pass) {
      observeLine(this.global, text);
      if (!this.rocksDbSeen && /RocksDB|rocksdb/.test(text)) this.rocksDbSeen = true;
    }
    if (this.pending.length) {
      for (const c of this.pending) c.after.push(text);
      this.pending = this.pending.filter((c) => c.after.length < AFTER);
    }
    this.ring.push(text);
    if (this.ring.length > BEFORE * 2) this.ring = this.ring.slice(-BEFORE);
    if (text === '') {
      this.window = [];
      return;
    }
    this.window.push({ text, n: this.n, sq: '' });
    if (this.window.length > WINDOW) this.window.shift();
    if (pass) this.hot = this.n + WINDOW - 1;
    if (this.n <= this.hot) this.match();
  }

  private match(): void {
    const w = this.window;
    let squashed = '';
    for (const slot of w) {
      if (!slot.sq) slot.sq = slot.text.replace(/\s+/g, '').toLowerCase();
      squashed += slot.sq;
    }
    const candidates = PATTERNS.filter((p) => p.keys.some((k) => squashed.includes(k)));
    if (!candidates.length) return;
    const joins: { s: string; offs: number[] }[] = [];
    for (const sep of w.length > 1 ? [' ', ''] : [' ']) {
      const offs: number[] = [];
      let s = '';
      for (const slot of w) {
        if (s) s += sep;
        offs.push(s.length);
        s += slot.text;
      }
      joins.push({ s, offs });
    }
    for (const p of candidates) {
      let hit: { m: RegExpExecArray; start: number } | undefined;
      for (const re of p.variants) {
        for (const j of joins) {
          const last = j.offs[j.offs.length - 1]!;
          const g = asGlobal(re);
          g.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = g.exec(j.s))) {
            if (m[0] === '') g.lastIndex++;
            if (m.index + m[0].length > last) {
              let k = 0;
              while (k + 1 < j.offs.length && j.offs[k + 1]! <= m.index) k++;
              hit = { m, start: w[k]!.n };
              break;
            }
          }
          if (hit) break;
        }
        if (hit) break;
      }
      if (hit) this.record(p.id, hit.m, hit.start);
    }
  }

  private record(id: DiagnosisId, m: RegExpExecArray, start: number): void {
    const end = this.n;
    if (this.claims.some((c) => c.ids.includes(id) && start <= c.end + CLAIM_REACH && end >= c.start - CLAIM_REACH)) return;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v.trim();
    if (id === 'long-gc-pause') {
      const ms = params['ms'] !== undefined ? Number(params['ms']) : Number(params['secs'] ?? 0) * 1000;
      const full = /Full/i.test(params['kind'] ?? '');
      if (!(ms >= LONG_GC_PAUSE_MS) && !full) return;
      params['ms'] = String(Math.round(ms));
      delete params['secs'];
    }
    if (id === 'illegal-configuration' && params['message']) {
      params['message'] = params['message']
        .split(/\s+at\s+[\w$.<>]+\(|\s+Caused by\s*:|\s+\.\.\.\s*\d+\s*more|\s\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:/)[0]!
        .trim();
      const mid = configurationMessageId(params['message']);
      if (mid) params['messageId'] = mid;
    }
    const claim = CLAIMS[id];
    if (claim) {
      this.claims.push({ ids: claim, start, end });
      // The claimed text may have come first (a pod status lists exitCode before reason).
      for (const other of claim) {
        const o = this.occurrences.get(other);
        const f = this.found.get(other);
        if (o && f && f.count === 1 && o.start <= end + CLAIM_REACH && o.end >= start - CLAIM_REACH) {
          const ctx = this.contexts.get(other);
          this.pending = this.pending.filter((c) => c !== ctx);
          this.found.delete(other);
          this.contexts.delete(other);
          this.occurrences.delete(other);
        }
      }
    }
    if (this.claims.length > 64) this.claims.splice(0, this.claims.length - 64);

    const occ = this.occurrences.get(id);
    const seen = this.found.get(id);
    const text = this.window
      .filter((s) => s.n >= start)
      .map((s) => s.text)
      .join(' ');
    if (occ && seen && start <= occ.end) {
      // The same occurrence, now seen with more of its wrapped text: keep the longer reading.
      occ.end = end;
      if (seen.line === start) {
        for (const [k, v] of Object.entries(params))
          if (!(k in seen.params) || v.length > seen.params[k]!.length) seen.params[k] = v;
        if (text.length > seen.excerpt.length) seen.excerpt = text.slice(0, MAX_EXCERPT);
        const ctx = this.contexts.get(id);
        if (ctx) ctx.text = text;
      }
      return;
    }
    this.occurrences.set(id, { start, end });
    if (seen) {
      seen.count++;
      if (id === 'long-gc-pause' && Number(params['ms']) > Number(seen.params['ms'])) Object.assign(seen.params, params);
      return;
    }
    const spec = PATTERNS.find((p) => p.id === id)!;
    const back = this.n - start + 1;
    const ctx: Context = {
      before: this.ring.slice(Math.max(0, this.ring.length - back - BEFORE), this.ring.length - back),
      after: [],
      text,
    };
    this.contexts.set(id, ctx);
    this.pending.push(ctx);
    this.found.set(id, {
      id,
      pool: spec.pool,
      process: 'unknown',
      line: start,
      count: 1,
      excerpt: text.slice(0, MAX_EXCERPT),
      causes: [...spec.causes],
      fixes: [],
      params,
      anchor: spec.anchor,
      causedEffects: [],
    });
  }

  private result(): Diagnosis {
    const extracted = this.extractor.result;
    const findings = [...this.found.values()];
    const rocks = new Set<DiagnosisId>();
    for (const f of findings) {
      const ctx = this.contexts.get(f.id)!;
      const signals: ContextSignals = { before: ctx.before, after: ctx.after, text: ctx.text, params: f.params };
      f.process = processOf(f.id, signals, this.global);
      if (f.process === 'other') {
        const who = subjectName(signals);
        if (who) f.subject = who;
      }
      if (inRocksDb(signals)) rocks.add(f.id);
    }
    const killed = findings.find(
      (f) =>
        ['yarn-container-killed', 'kubernetes-oomkilled', 'container-exit-137'].includes(f.id) &&
        f.process !== 'other' &&
        f.process !== 'jobmanager',
    );
    if (killed && (this.rocksDbSeen || isRocksDb(extracted.config))) {
      const spec = {
        causes:
          extracted.config['state.backend.rocksdb.memory.managed'] === 'false'
            ? ['rocksdb-unmanaged', 'many-states-column-families', 'native-leak']
            : ['many-states-column-families', 'native-leak', 'rocksdb-unmanaged'],
      };
      findings.push({
        id: 'rocksdb-native-memory',
        pool: POOL_OF['rocksdb-native-memory'],
        process: killed.process === 'unknown' ? 'taskmanager' : killed.process,
        line: killed.line,
        count: 1,
        excerpt: killed.excerpt,
        causes: spec.causes,
        fixes: [],
        params: { ...killed.params },
        anchor: 'rocksdb-memory-beyond-managed-memory',
        causedEffects: [],
      });
    }
    linkCauses(findings);
    for (const f of findings) {
      f.fixes = fixesFor(f, extracted, {
        rocksDbInTrace: rocks.has(f.id),
        rocksDbBackend: isRocksDb(extracted.config) || this.rocksDbSeen,
      });
    }
    const out: Diagnosis = { findings: order(findings), extracted, calculators: calculatorStates(extracted), lines: this.n };
    if (looksLikeSnapshot(this.head)) {
      const snapshot = analyseSnapshot(this.head, extracted);
      if (snapshot) out.snapshot = snapshot;
    }
    return out;
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
      // A GC log names no process; the heartbeat it starved does.
      if (cause.process === 'unknown' && e.id === 'heartbeat-timeout') cause.process = e.process;
      // A JobManager's trouble does not explain a TaskManager's, and a sidecar explains neither.
      if (cause.process !== e.process && cause.process !== 'unknown' && e.process !== 'unknown' && e.id !== 'heartbeat-timeout')
        continue;
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
  for (const f of byLine) {
    place(f, 0);
    // Each root cause is followed by what it caused, so a reader sees the chain together.
    for (const e of f.causedEffects) {
      const effect = findings.find((x) => x.id === e);
      if (effect) place(effect, 0);
    }
  }
  return out;
}

/** `?v=…&key=value…` for a calculator, from the version and a configuration. */
export function calculatorQuery(version: string | undefined, config: Record<string, string>): string {
  const v = version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
  const p = new URLSearchParams();
  if (v) p.set('v', v);
  for (const [k, val] of Object.entries(config)) p.set(k, val);
  return p.toString();
}

function calculatorStates(x: Extracted): Diagnosis['calculators'] {
  const out: Diagnosis['calculators'] = [];
  const query = (config: Record<string, string>) => calculatorQuery(x.flinkVersion, config);
  const tm = [...x.blocks].reverse().find((bk) => bk.role === 'taskmanager');
  const tmConfig = tm ? taskManagerConfigFromBlock(tm.figures) : undefined;
  if (tmConfig) out.push({ name: 'taskmanager', query: query(tmConfig) });
  const jm = [...x.blocks].reverse().find((bk) => bk.role === 'jobmanager');
  const jmConfig = jm ? jobManagerConfigFromBlock(jm.figures) : undefined;
  if (jmConfig) out.push({ name: 'jobmanager', query: query(jmConfig) });
  const memoryKeys = Object.entries(x.config).filter(([k]) =>
    /^(taskmanager|jobmanager)\.memory\.|^taskmanager\.numberOfTaskSlots$/.test(k),
  );
  const tmKeys = memoryKeys.filter(([k]) => k.startsWith('taskmanager.'));
  const jmKeys = memoryKeys.filter(([k]) => k.startsWith('jobmanager.'));
  if (!tmConfig && tmKeys.length) out.push({ name: 'taskmanager', query: query(Object.fromEntries(tmKeys)) });
  if (!jmConfig && jmKeys.length) out.push({ name: 'jobmanager', query: query(Object.fromEntries(jmKeys)) });
  return out;
}
