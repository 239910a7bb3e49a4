/**
 * The advisor's inputs in the URL query, so a link reproduces the advice:
 * `?v=2.0&deploy=yarn&tm=8192&cpus=4&slots=4&jm=2048&yarnMin=1024&mode=streaming&backend=rocksdb
 *  &state=2g&sql=w,j,a&py=1&p=16&ex=one-shuffle&cp=aligned&goals=max-managed`. Decoding never
 * throws; the model validates every value (and reports what it used instead).
 */
import type { AdvisorInput } from '~/model/advisor/types';

/** Query parameter → where it goes in the input. */
const P = {
  version: 'v',
  deployment: 'deploy',
  tmMemory: 'tm',
  cpus: 'cpus',
  slots: 'slots',
  jmMemory: 'jm',
  yarnMin: 'yarnMin',
  mode: 'mode',
  backend: 'backend',
  state: 'state',
  sql: 'sql',
  python: 'py',
  parallelism: 'p',
  exchanges: 'ex',
  checkpointing: 'cp',
  goals: 'goals',
} as const;

const MAX_VALUE = 64;

/** The form's flat fields (strings as typed). */
export interface AdvisorForm {
  version: string;
  deployment: string;
  tmMemory: string;
  cpus: string;
  slots: string;
  jmMemory: string;
  yarnMin: string;
  mode: string;
  backend: string;
  state: string;
  sqlWindows: boolean;
  sqlJoins: boolean;
  sqlAggs: boolean;
  python: boolean;
  parallelism: string;
  exchanges: string;
  checkpointing: string;
  goals: string[];
}

export const DEFAULT_FORM: AdvisorForm = {
  version: '',
  deployment: 'kubernetes-operator',
  tmMemory: '4Gi',
  cpus: '2',
  slots: '',
  jmMemory: '1600m',
  yarnMin: '1024',
  mode: 'streaming',
  backend: 'rocksdb',
  state: '2g',
  sqlWindows: false,
  sqlJoins: false,
  sqlAggs: false,
  python: false,
  parallelism: '8',
  exchanges: 'one-shuffle',
  checkpointing: 'aligned',
  goals: [],
};

/** Form → the advisor's input (the model validates; empty fields mean "default"). */
export function formToInput(f: AdvisorForm): AdvisorInput {
  const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
  const num = (s: string): number | string | undefined => {
    const t = opt(s);
    return t === undefined ? undefined : /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  };
  const memory = (s: string): string | number | undefined => {
    const t = opt(s);
    return t === undefined ? undefined : /^\d+$/.test(t) ? Number(t) : t;
  };
  const input: AdvisorInput = {
    deployment: f.deployment,
    taskManager: { memory: memory(f.tmMemory), cpus: num(f.cpus), slots: num(f.slots) ?? 'derive' },
    jobManager: { memory: memory(f.jmMemory) },
    job: {
      mode: f.mode,
      stateBackend: f.backend,
      stateSizePerSlot: opt(f.state),
      sql: { windows: f.sqlWindows, joins: f.sqlJoins, aggregations: f.sqlAggs },
      python: f.python,
      parallelism: num(f.parallelism),
      exchanges: f.exchanges,
      checkpointing: f.checkpointing,
    },
    goals: f.goals,
  };
  if (opt(f.version)) input.version = f.version.trim();
  if (f.deployment === 'yarn') input.yarnMinAllocationMb = num(f.yarnMin) ?? 1024;
  return input;
}

/** Form → query (only fields that differ from the defaults; `?` included, or ''). */
export function encodeForm(f: AdvisorForm): string {
  const parts: [string, string][] = [];
  const add = (k: string, v: string, d: string): void => {
    if (v !== d) parts.push([k, v]);
  };
  add(P.version, f.version, DEFAULT_FORM.version);
  add(P.deployment, f.deployment, DEFAULT_FORM.deployment);
  add(P.tmMemory, f.tmMemory, DEFAULT_FORM.tmMemory);
  add(P.cpus, f.cpus, DEFAULT_FORM.cpus);
  add(P.slots, f.slots, DEFAULT_FORM.slots);
  add(P.jmMemory, f.jmMemory, DEFAULT_FORM.jmMemory);
  add(P.yarnMin, f.yarnMin, DEFAULT_FORM.yarnMin);
  add(P.mode, f.mode, DEFAULT_FORM.mode);
  add(P.backend, f.backend, DEFAULT_FORM.backend);
  add(P.state, f.state, DEFAULT_FORM.state);
  const sql = [f.sqlWindows ? 'w' : '', f.sqlJoins ? 'j' : '', f.sqlAggs ? 'a' : ''].filter(Boolean).join(',');
  add(P.sql, sql, '');
  add(P.python, f.python ? '1' : '', '');
  add(P.parallelism, f.parallelism, DEFAULT_FORM.parallelism);
  add(P.exchanges, f.exchanges, DEFAULT_FORM.exchanges);
  add(P.checkpointing, f.checkpointing, DEFAULT_FORM.checkpointing);
  add(P.goals, f.goals.join(','), '');
  return parts.length ? `?${parts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
}

/** Query → form; unknown parameters are ignored, long values cut; never throws. */
export function decodeForm(search: string): AdvisorForm {
  const f: AdvisorForm = { ...DEFAULT_FORM, goals: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    return f;
  }
  const get = (k: string): string | undefined => {
    const v = params.get(k);
    return v === null ? undefined : v.slice(0, MAX_VALUE);
  };
  f.version = get(P.version) ?? f.version;
  f.deployment = get(P.deployment) ?? f.deployment;
  f.tmMemory = get(P.tmMemory) ?? f.tmMemory;
  f.cpus = get(P.cpus) ?? f.cpus;
  f.slots = get(P.slots) ?? f.slots;
  f.jmMemory = get(P.jmMemory) ?? f.jmMemory;
  f.yarnMin = get(P.yarnMin) ?? f.yarnMin;
  f.mode = get(P.mode) ?? f.mode;
  f.backend = get(P.backend) ?? f.backend;
  f.state = get(P.state) ?? f.state;
  const sql = (get(P.sql) ?? '').split(',');
  f.sqlWindows = sql.includes('w');
  f.sqlJoins = sql.includes('j');
  f.sqlAggs = sql.includes('a');
  f.python = get(P.python) === '1';
  f.parallelism = get(P.parallelism) ?? f.parallelism;
  f.exchanges = get(P.exchanges) ?? f.exchanges;
  f.checkpointing = get(P.checkpointing) ?? f.checkpointing;
  f.goals = (get(P.goals) ?? '')
    .split(',')
    .filter((g) => g !== '')
    .slice(0, 5);
  return f;
}

/** Whether the query carries any advisor state (then figures are pending until computed). */
export function hasFormState(search: string): boolean {
  return encodeForm(decodeForm(search)) !== '';
}
