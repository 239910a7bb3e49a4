/**
 * Validation of the advisor's input: every field is checked, problems are reported with the value
 * used instead, and nothing throws (a link or a JSON file is untrusted).
 */
import { parseMemorySize } from '../memorysize';
import { parseResourceMemoryString } from '../config/quantity';
import { toFlinkVersion } from '../version';
import { NEWEST_VERSION } from '../types';
import { atLeast } from '../version';
import {
  CHECKPOINTING,
  DEPLOYMENTS,
  EXCHANGE_PRESETS,
  GOALS,
  JOB_MODES,
  STATE_BACKENDS,
  type AdvisorInput,
  type Checkpointing,
  type Deployment,
  type ExchangePreset,
  type Goal,
  type InputProblem,
  type JobMode,
  type NormalizedInput,
  type StateBackend,
} from './types';

const MIB = 1n << 20n;
/** Upper bound on any memory input (16 TiB): beyond it a typo is likelier than a machine. */
export const MAX_MEMORY = 16n << 40n;
export const MAX_CPUS = 1024;
export const MAX_PARALLELISM = 10_000;

/** Default container size per deployment (the form's starting point). */
export const DEFAULT_TM_MEMORY: Readonly<Record<Deployment, string>> = {
  'kubernetes-operator': '4Gi',
  'native-kubernetes': '4Gi',
  yarn: '8192',
  standalone: '4g',
};

/**
 * Memory in the platform's units, as bytes: a number (or digits only) is MB as YARN counts it;
 * text is read the way the Kubernetes operator reads `resource.memory` — Flink's `MemorySize`
 * first (`4096m`, `4g`), else a Kubernetes quantity (`4Gi`, `4G` = 4·10⁹).
 */
export function parsePlatformMemory(value: unknown): bigint | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return BigInt(Math.floor(value)) * MIB;
  }
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (t.length === 0 || t.length > 40) return undefined;
  if (/^\d+$/.test(t)) return BigInt(t) * MIB;
  const r = parseResourceMemoryString(t);
  if (!r.ok) return undefined;
  const text = r.value.includes('.') ? r.value.slice(0, r.value.indexOf('.')) : r.value;
  const p = parseMemorySize(text);
  return p.ok ? p.value : undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function pick<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (list as readonly string[]).includes(value.trim().toLowerCase())
    ? (value.trim().toLowerCase() as T)
    : undefined;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function obj(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Fills defaults and validates; never throws. */
export function normalizeInput(raw: AdvisorInput | unknown): { input: NormalizedInput; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const bad = (id: InputProblem['id'], field: string, value: unknown, used: string): void => {
    problems.push({ id, field, params: { field, value: show(value), used } });
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) bad('input.notObject', '', raw, '{}');
  const r = obj(raw);
  const tm = obj(r['taskManager']);
  const jm = obj(r['jobManager']);
  const job = obj(r['job']);
  const sql = obj(job['sql']);

  let version = NEWEST_VERSION;
  if (r['version'] !== undefined) {
    const v =
      typeof r['version'] === 'string' || typeof r['version'] === 'number' ? toFlinkVersion(String(r['version'])) : undefined;
    if (v) version = v;
    else bad('input.version', 'version', r['version'], NEWEST_VERSION);
  }

  let deployment: Deployment = 'kubernetes-operator';
  if (r['deployment'] !== undefined) {
    const d = pick(DEPLOYMENTS, r['deployment']);
    if (d) deployment = d;
    else bad('input.deployment', 'deployment', r['deployment'], deployment);
  }

  const memory = (field: string, value: unknown, dflt: string): bigint => {
    const fallback = parsePlatformMemory(dflt)!;
    if (value === undefined || value === '') return fallback;
    const b = parsePlatformMemory(value);
    if (b === undefined || b <= 0n || b > MAX_MEMORY) {
      bad('input.memory', field, value, dflt);
      return fallback;
    }
    return b;
  };
  const tmMemory = memory('taskManager.memory', tm['memory'], DEFAULT_TM_MEMORY[deployment]);
  const jmMemory = memory('jobManager.memory', jm['memory'], deployment === 'yarn' ? '2048' : '1600m');

  let tmCpus = 2;
  if (tm['cpus'] !== undefined) {
    const c = num(tm['cpus']);
    if (c === undefined || c <= 0 || c > MAX_CPUS) bad('input.cpus', 'taskManager.cpus', tm['cpus'], '1');
    tmCpus = c === undefined || c <= 0 || c > MAX_CPUS ? 1 : c;
  }

  let slots: number | 'derive' = 'derive';
  if (tm['slots'] !== undefined && tm['slots'] !== 'derive' && tm['slots'] !== '') {
    const s = num(tm['slots']);
    if (s === undefined || !Number.isInteger(s) || s < 1 || s > 1024)
      bad('input.slots', 'taskManager.slots', tm['slots'], 'derive');
    else slots = s;
  }

  let yarnMinAllocationMb = 1024;
  if (r['yarnMinAllocationMb'] !== undefined) {
    const y = num(r['yarnMinAllocationMb']);
    if (y === undefined || !Number.isInteger(y) || y < 1 || y > 1_048_576)
      bad('input.yarnMin', 'yarnMinAllocationMb', r['yarnMinAllocationMb'], '1024');
    else yarnMinAllocationMb = y;
  }

  let mode: JobMode = 'streaming';
  if (job['mode'] !== undefined) {
    const m = pick(JOB_MODES, job['mode']);
    if (m) mode = m;
    else bad('input.mode', 'job.mode', job['mode'], mode);
  }

  let stateBackend: StateBackend = 'hashmap';
  if (job['stateBackend'] !== undefined) {
    const s = pick(STATE_BACKENDS, job['stateBackend']);
    if (s) stateBackend = s;
    else bad('input.stateBackend', 'job.stateBackend', job['stateBackend'], stateBackend);
  }
  if (stateBackend === 'forst' && !atLeast(version, '2.0')) {
    bad('input.forstVersion', 'job.stateBackend', 'forst', 'rocksdb');
    stateBackend = 'rocksdb';
  }

  let stateSizePerSlot = 0n;
  if (job['stateSizePerSlot'] !== undefined && job['stateSizePerSlot'] !== '') {
    const b = typeof job['stateSizePerSlot'] === 'string' ? parsePlatformMemory(job['stateSizePerSlot']) : undefined;
    const zero = typeof job['stateSizePerSlot'] === 'string' && /^\s*0+\s*[a-zA-Z]*\s*$/.test(job['stateSizePerSlot']);
    if (zero) stateSizePerSlot = 0n;
    else if (b === undefined || b > MAX_MEMORY) bad('input.stateSize', 'job.stateSizePerSlot', job['stateSizePerSlot'], '0');
    else stateSizePerSlot = b;
  }
  if (mode === 'batch' && stateSizePerSlot > 0n) {
    // Batch jobs keep no long-lived keyed state (sorted inputs instead): the size is not used.
    bad('input.batchState', 'job.stateSizePerSlot', job['stateSizePerSlot'], '0');
    stateSizePerSlot = 0n;
  }

  let parallelism: number | null = null;
  if (job['parallelism'] !== undefined && job['parallelism'] !== '') {
    const p = num(job['parallelism']);
    if (p === undefined || !Number.isInteger(p) || p < 1 || p > MAX_PARALLELISM)
      bad('input.parallelism', 'job.parallelism', job['parallelism'], 'slots');
    else parallelism = p;
  }

  let exchanges: ExchangePreset = mode === 'batch' ? 'wide-batch' : 'one-shuffle';
  if (job['exchanges'] !== undefined) {
    const e = pick(EXCHANGE_PRESETS, job['exchanges']);
    if (e) exchanges = e;
    else bad('input.exchanges', 'job.exchanges', job['exchanges'], exchanges);
  }

  let checkpointing: Checkpointing = mode === 'batch' ? 'none' : 'aligned';
  if (job['checkpointing'] !== undefined) {
    const c = pick(CHECKPOINTING, job['checkpointing']);
    if (c) checkpointing = c;
    else bad('input.checkpointing', 'job.checkpointing', job['checkpointing'], checkpointing);
  }

  const goals: Goal[] = [];
  const rawGoals = r['goals'];
  if (rawGoals !== undefined) {
    const list = Array.isArray(rawGoals) ? rawGoals : [rawGoals];
    for (const g of list.slice(0, 10)) {
      const x = pick(GOALS, g);
      if (x) {
        if (!goals.includes(x)) goals.push(x);
      } else bad('input.goal', 'goals', g, '');
    }
  }

  return {
    input: {
      version,
      deployment,
      tmMemory,
      tmCpus,
      slots,
      jmMemory,
      yarnMinAllocationMb,
      mode,
      stateBackend,
      stateSizePerSlot,
      sql: { windows: sql['windows'] === true, joins: sql['joins'] === true, aggregations: sql['aggregations'] === true },
      python: job['python'] === true,
      parallelism,
      exchanges,
      checkpointing,
      goals,
    },
    problems,
  };
}
