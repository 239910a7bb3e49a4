/**
 * Fixes for a finding. When the paste reveals the configuration (loaded properties, `-D`, a
 * quoted flink-conf, or a logged "Final … Memory configuration" block), every fix with `set` is
 * re-derived with the model on top of that configuration and kept only if Flink accepts it and
 * it does what its text says. Without a configuration, a fix is a concrete step (`step`), never a
 * bound read off a message passed off as a setting.
 */
import { deriveTaskManager, TM_KEYS } from '../taskmanager';
import { deriveJobManager, JM_KEYS } from '../jobmanager';
import { parseMemorySize } from '../memorysize';
import { smallestWorkingSize } from '../suggest';
import { toFlinkVersion } from '../version';
import { NEWEST_VERSION, type ConfigMap, type FlinkVersion, type JobManagerFigures, type TaskManagerFigures } from '../types';
import { jobManagerConfigFromBlock, taskManagerConfigFromBlock, type Extracted } from './extract';
import type { DiagnosisId, Pool, ProcessKind } from './patterns';

/** One fix; `id` selects its text in `src/i18n/diagnose.ts` (`fixes.<id>`), filled from `params`. */
export interface Fix {
  id: string;
  /** Flink options to set; present only when the model re-derived the configuration with them. */
  set?: Record<string, string>;
  /** Settings outside Flink's configuration (yarn-site.xml, Helm values), shown as code. */
  code?: string;
  params: Record<string, string>;
}

interface FindingLike {
  id: DiagnosisId;
  pool: Pool;
  process: ProcessKind;
  subject?: string;
  params: Record<string, string>;
}

type Role = 'taskmanager' | 'jobmanager';
type Figures = TaskManagerFigures | JobManagerFigures;

interface Base {
  role: Role;
  config: Record<string, string>;
  version: FlinkVersion;
  figures: Figures;
  /** The total the user sets (process.size or flink.size), if the configuration has one. */
  totalKey?: string;
  source: 'config' | 'block';
}

const MIB = 1n << 20n;
const GIB = 1n << 30n;
const ceilMiB = (b: bigint): bigint => ((b + MIB - 1n) / MIB) * MIB;
const floorMiB = (b: bigint): bigint => (b / MIB) * MIB;

/** A size as a reader would type it: `4g` for whole GiB, else whole MiB (`3579m`), rounded up. */
export function sizeText(bytes: bigint): string {
  const b = ceilMiB(bytes < 0n ? 0n : bytes);
  return b % GIB === 0n && b > 0n ? `${b / GIB}g` : `${b / MIB}m`;
}

/** A size read back from a configuration value, or from our own fix text. */
const bytesOf = (text: string | undefined): bigint | undefined => {
  if (text === undefined) return undefined;
  const r = parseMemorySize(text);
  return r.ok ? r.value : undefined;
};

function derive(role: Role, config: ConfigMap, version: FlinkVersion): Figures | undefined {
  const r = role === 'taskmanager' ? deriveTaskManager(config, { version }) : deriveJobManager(config, { version });
  return r.ok ? r : undefined;
}

const KEYS = { taskmanager: TM_KEYS, jobmanager: JM_KEYS } as const;

/** The configuration to re-derive fixes on, from what the paste revealed. */
export function baseFor(role: Role, x: Extracted): Base | undefined {
  const version = toFlinkVersion(x.flinkVersion) ?? NEWEST_VERSION;
  const k = KEYS[role];
  const prefix = `${role}.`;
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(x.config)) {
    if (key.startsWith(prefix) || key.startsWith('taskmanager.network.') || key.startsWith('state.backend')) config[key] = value;
  }
  const hasMemory = Object.keys(config).some(
    (key) => key.startsWith(`${role}.memory.`) || key === `${role}.heap.size` || key === `${role}.heap.mb`,
  );
  if (hasMemory) {
    const figures = derive(role, config, version);
    if (figures) {
      const totalKey = config[k.process] !== undefined ? k.process : config[k.flink] !== undefined ? k.flink : undefined;
      return { role, config, version, figures, ...(totalKey ? { totalKey } : {}), source: 'config' };
    }
  }
  const block = [...x.blocks].reverse().find((b) => b.role === role);
  if (!block) return undefined;
  const total = block.figures.totalProcess;
  // Most users set only the process size: if that alone reproduces the block, fix in those terms.
  if (total !== undefined && total % MIB === 0n) {
    const simple = { [k.process]: sizeText(total) };
    const figures = derive(role, simple, version);
    const same =
      figures && Object.entries(block.figures).every(([name, v]) => (figures as unknown as Record<string, bigint>)[name] === v);
    if (figures && same) return { role, config: simple, version, figures, totalKey: k.process, source: 'block' };
  }
  const pinned = role === 'taskmanager' ? taskManagerConfigFromBlock(block.figures) : jobManagerConfigFromBlock(block.figures);
  if (!pinned) return undefined;
  const figures = derive(role, pinned, version);
  return figures ? { role, config: pinned, version, figures, source: 'block' } : undefined;
}

/** The base with its total fixed: a fix must then fit inside the same process size. */
const keepTotal = (b: Base): Base => {
  const { totalKey: _unused, ...rest } = b;
  return rest;
};

const tmOf = (f: Figures): TaskManagerFigures => f as TaskManagerFigures;
const fig = (f: Figures, name: string): bigint => (f as unknown as Record<string, bigint>)[name] ?? 0n;

/**
 * The smallest change that reaches `goal`: `fixed` on top of the base and, when the base sets a
 * total, that total raised to the smallest whole MiB that works. Verified by re-deriving.
 */
function grow(
  base: Base,
  fixed: Record<string, string>,
  goal: (r: Figures) => boolean,
): { set: Record<string, string>; after: Figures } | undefined {
  const cfg = { ...base.config, ...fixed };
  const works = (c: ConfigMap): boolean => {
    const r = derive(base.role, c, base.version);
    return r !== undefined && goal(r);
  };
  let set = { ...fixed };
  if (!works(cfg)) {
    if (!base.totalKey) return undefined;
    const size = smallestWorkingSize(cfg, base.totalKey, works);
    if (size === undefined) return undefined;
    set = { ...fixed, [base.totalKey]: sizeText(size) };
  }
  const after = derive(base.role, { ...base.config, ...set }, base.version);
  return after && goal(after) ? { set, after } : undefined;
}

/** Every Flink figure that must not shrink when one pool grows. */
function keepsOthers(base: Base, except: readonly string[]): (r: Figures) => boolean {
  const names =
    base.role === 'taskmanager'
      ? ['taskHeap', 'managed', 'network', 'taskOffHeap', 'jvmMetaspace']
      : ['jvmHeap', 'offHeap', 'jvmMetaspace'];
  return (r) => names.every((n) => except.includes(n) || fig(r, n) >= fig(base.figures, n));
}

function common(base: Base, after: Figures): Record<string, string> {
  return { process: sizeText(fig(base.figures, 'totalProcess')), newProcess: sizeText(fig(after, 'totalProcess')) };
}

/** Grow one pool to `target`, keeping the others; or (heap) take it from managed memory. */
function poolFix(
  base: Base,
  pool: 'taskHeap' | 'jvmHeap' | 'taskOffHeap' | 'offHeap' | 'jvmMetaspace',
  target: bigint,
  id: string,
): Fix[] {
  const k = KEYS[base.role] as Record<string, string>;
  const key = {
    taskHeap: k['taskHeap'],
    jvmHeap: k['heap'],
    taskOffHeap: k['taskOffHeap'],
    offHeap: k['offHeap'],
    jvmMetaspace: k['metaspace'],
  }[pool]!;
  const current = fig(base.figures, pool);
  const others = keepsOthers(base, [pool]);
  const params = { key, current: sizeText(current), target: sizeText(target) };
  const out: Fix[] = [];
  // A derived pool (task heap, JM heap) grows with the total alone; an explicit one is pinned.
  const derived = (pool === 'taskHeap' || pool === 'jvmHeap') && base.config[key] === undefined && base.totalKey;
  const viaTotal = derived ? grow(base, {}, (r) => fig(r, pool) >= target && others(r)) : undefined;
  const pinned = viaTotal ?? grow(base, { [key]: sizeText(target) }, (r) => fig(r, pool) >= target && others(r));
  if (pinned)
    out.push({
      id,
      set: pinned.set,
      params: { ...params, ...common(base, pinned.after), reached: sizeText(fig(pinned.after, pool)) },
    });
  return out;
}

/** Heap from managed memory without growing the process (HashMap backend: managed is idle). */
function managedToHeap(base: Base, target: bigint): Fix | undefined {
  const f = tmOf(base.figures);
  if (!base.totalKey || f.managed === 0n) return undefined;
  const need = target - f.taskHeap;
  if (need <= 0n || need > f.managed) return undefined;
  const managed = floorMiB(f.managed - need);
  const r = grow(
    keepTotal(base),
    { [TM_KEYS.managed]: managed === 0n ? '0m' : sizeText(managed) },
    (x) => tmOf(x).taskHeap >= target && tmOf(x).totalProcess === f.totalProcess,
  );
  return r
    ? {
        id: 'heap-from-managed',
        set: r.set,
        params: {
          current: sizeText(f.taskHeap),
          reached: sizeText(tmOf(r.after).taskHeap),
          managed: sizeText(f.managed),
          newManaged: sizeText(tmOf(r.after).managed),
          process: sizeText(f.totalProcess),
        },
      }
    : undefined;
}

const role = (p: ProcessKind): Role => (p === 'jobmanager' ? 'jobmanager' : 'taskmanager');

/** Parses YARN's "4.1 GB" (binary units, one decimal) to bytes, rounded down. */
export function yarnBytes(text: string | undefined): bigint | undefined {
  const m = text ? /^([\d.]+)\s*([KMGT]?B)$/i.exec(text.trim()) : null;
  if (!m) return undefined;
  const unit = ({ B: 1n, KB: 1n << 10n, MB: MIB, GB: GIB, TB: 1n << 40n } as Record<string, bigint>)[m[2]!.toUpperCase()];
  const [int = '0', frac = ''] = m[1]!.split('.');
  if (!unit || !/^\d+$/.test(int) || !/^\d*$/.test(frac) || int.length > 12) return undefined;
  const scale = 10n ** BigInt(frac.length);
  return ((BigInt(int) * scale + BigInt(frac || '0')) * unit) / scale;
}

const num = (s: string | undefined): bigint | undefined => (s !== undefined && /^\d{1,18}$/.test(s) ? BigInt(s) : undefined);

export interface FixContext {
  /** The failing trace runs inside RocksDB code. */
  rocksDbInTrace: boolean;
  /** The job uses RocksDB (configuration or log). */
  rocksDbBackend: boolean;
}

/** Fixes for one finding, best first. */
export function fixesFor(f: FindingLike, x: Extracted, ctx: FixContext): Fix[] {
  if (f.process === 'other') {
    const subject = f.subject ?? '';
    const limit = x.k8sLimit?.text ?? '';
    if (/operator/i.test(subject) || (!subject && /operator/i.test(f.params['who'] ?? ''))) {
      return [
        { id: 'operator-memory', code: 'operatorPod:\n  resources:\n    limits:\n      memory: 1Gi', params: { subject, limit } },
      ];
    }
    return [{ id: 'sidecar-memory', params: { subject: subject || '?', limit } }];
  }
  const r = role(f.process);
  const base = baseFor(r, x);
  const out: Fix[] = [];
  switch (f.id) {
    case 'java-heap-space':
    case 'gc-overhead-limit':
      out.push(...heapFixes(base, r, ctx));
      break;
    case 'long-gc-pause':
    case 'gc-to-space-exhausted': {
      const after = num(f.params['after']);
      const cap = num(f.params['cap']);
      const full =
        f.id === 'gc-to-space-exhausted' || (after !== undefined && cap !== undefined && cap > 0n && after * 10n >= cap * 9n);
      if (full) {
        out.push(...heapFixes(base, r, ctx));
      }
      out.push({ id: 'gc-log', params: {} });
      break;
    }
    case 'heartbeat-timeout':
      out.push({ id: 'heartbeat-step', params: { component: f.params['component'] ?? 'TaskManager' } });
      break;
    case 'direct-buffer-memory': {
      const requested = num(f.params['requested']) ?? 0n;
      const allocated = num(f.params['allocated']);
      const limit = num(f.params['limit']);
      const short = allocated !== undefined && limit !== undefined ? allocated + requested - limit : 0n;
      if (r === 'jobmanager') {
        if (base) {
          const add = short * 2n > 128n * MIB ? ceilMiB(short * 2n) : 128n * MIB;
          out.push(...poolFix(base, 'offHeap', fig(base.figures, 'offHeap') + add, 'jm-direct'));
        }
        if (!out.length) out.push({ id: 'jm-direct-step', params: {} });
      } else {
        if (base) {
          const add = short * 2n > 256n * MIB ? ceilMiB(short * 2n) : 256n * MIB;
          out.push(...poolFix(base, 'taskOffHeap', fig(base.figures, 'taskOffHeap') + add, 'task-off-heap'));
        }
        if (!out.length) out.push({ id: 'direct-step', params: limit !== undefined ? { limit: sizeText(limit) } : {} });
        out.push({ id: 'direct-leak', params: {} });
      }
      break;
    }
    case 'metaspace': {
      if (base) {
        const cur = fig(base.figures, 'jvmMetaspace');
        out.push(...poolFix(base, 'jvmMetaspace', cur * 2n, r === 'jobmanager' ? 'jm-metaspace' : 'metaspace'));
      }
      if (!out.length) out.push({ id: r === 'jobmanager' ? 'jm-metaspace-step' : 'metaspace-step', params: {} });
      out.push({ id: 'classloader-leak', params: {} });
      break;
    }
    case 'insufficient-network-buffers':
    case 'exclusive-buffers-timeout':
      out.push(...networkFixes(f, base, x));
      break;
    case 'network-buffer-pool-allocation':
      out.push(
        { id: 'direct-limit-covers-network', params: x.jvm.maxDirect ? { maxDirect: x.jvm.maxDirect } : {} },
        { id: 'network-smaller-locally', params: {} },
      );
      break;
    case 'yarn-container-killed':
    case 'kubernetes-oomkilled':
    case 'container-exit-137':
    case 'rocksdb-native-memory':
      out.push(...containerFixes(f, base, r, x, ctx));
      break;
    case 'yarn-virtual-memory':
      out.push({
        id: 'yarn-vmem',
        code: '<property>\n  <name>yarn.nodemanager.vmem-check-enabled</name>\n  <value>false</value>\n</property>',
        params: {},
      });
      break;
    case 'container-exit-143':
      out.push({ id: 'find-kill-reason', params: {} });
      break;
    case 'native-thread':
      out.push({ id: 'native-thread-step', params: {} });
      break;
    case 'illegal-configuration':
      out.push(...configFixes(f, x));
      break;
  }
  return out;
}

function heapFixes(base: Base | undefined, r: Role, ctx: FixContext): Fix[] {
  const out: Fix[] = [];
  if (r === 'jobmanager') {
    if (base) {
      const cur = fig(base.figures, 'jvmHeap');
      out.push(...poolFix(base, 'jvmHeap', ceilMiB((cur * 3n) / 2n), 'jm-heap'));
    }
    if (!out.length) out.push({ id: 'jm-heap-step', params: {} });
    return out;
  }
  if (base) {
    const cur = tmOf(base.figures).taskHeap;
    const target = ceilMiB(cur > 0n ? (cur * 3n) / 2n : 512n * MIB);
    if (!ctx.rocksDbBackend && !ctx.rocksDbInTrace) {
      const m = managedToHeap(base, target);
      if (m) out.push(m);
    }
    out.push(...poolFix(base, 'taskHeap', target, 'task-heap'));
  }
  if (!out.length) out.push({ id: 'task-heap-step', params: {} });
  if (ctx.rocksDbInTrace) out.push({ id: 'rocksdb-heap', params: {} });
  else if (!ctx.rocksDbBackend) out.push({ id: 'state-off-heap', params: {} });
  return out;
}

function networkFixes(f: FindingLike, base: Base | undefined, x: Extracted): Fix[] {
  const out: Fix[] = [];
  const segment = num(f.params['segment']) ?? 32768n;
  const total = num(f.params['total'] ?? f.params['ofTotal']);
  const required = num(f.params['required']);
  const available = num(f.params['available']);
  const info: Record<string, string> = {};
  if (total !== undefined) info['current'] = sizeText(total * segment);
  if (total !== undefined && required !== undefined && available !== undefined && required > available) {
    info['lowerBound'] = String(total + required - available);
  }
  if (base && base.role === 'taskmanager') {
    const cur = tmOf(base.figures).network;
    const target = ceilMiB(cur * 2n);
    const fix = grow(
      base,
      { [TM_KEYS.networkMin]: sizeText(target), [TM_KEYS.networkMax]: sizeText(target) },
      (r) => tmOf(r).network === target && keepsOthers(base, ['network'])(r),
    );
    if (fix)
      out.push({
        id: 'network-double',
        set: fix.set,
        params: { ...info, current: sizeText(cur), target: sizeText(target), ...common(base, fix.after) },
      });
  }
  if (!out.length) out.push({ id: 'network-step', params: info });
  out.push({ id: 'network-calculator', params: { ...info, version: toFlinkVersion(x.flinkVersion) ?? NEWEST_VERSION } });
  return out;
}

function containerFixes(f: FindingLike, base: Base | undefined, r: Role, x: Extracted, ctx: FixContext): Fix[] {
  const out: Fix[] = [];
  const k = KEYS[r];
  const usage = yarnBytes(f.params['usage']);
  const limit = yarnBytes(f.params['limit']);
  const excess = usage !== undefined && limit !== undefined && usage > limit ? usage - limit : 0n;
  if (f.id === 'rocksdb-native-memory' && x.config['state.backend.rocksdb.memory.managed'] === 'false') {
    out.push({ id: 'rocksdb-managed', set: { 'state.backend.rocksdb.memory.managed': 'true' }, params: {} });
  }
  if (base) {
    const p = fig(base.figures, 'totalProcess');
    const o = fig(base.figures, 'jvmOverhead');
    const maxText = base.config[k.overheadMax];
    const overheadMax = bytesOf(maxText) ?? GIB;
    const params: Record<string, string> = { overhead: sizeText(o), process: sizeText(p), overheadMax: sizeText(overheadMax) };
    if (o >= overheadMax) params['capped'] = 'true';
    if (excess > 0n) params['excess'] = sizeText(excess);
    const k8s = x.k8sLimit?.bytes;
    if (k8s !== undefined && f.id !== 'yarn-container-killed') {
      params['limit'] = x.k8sLimit!.text;
      if (k8s + MIB <= p && base.totalKey === k.process) {
        const fix = grow(keepTotal(base), { [k.process]: sizeText(floorMiB(k8s)) }, () => true);
        if (fix && fig(fix.after, 'totalProcess') <= k8s)
          out.push({
            id: 'process-within-limit',
            set: fix.set,
            params: { ...params, newProcess: sizeText(fig(fix.after, 'totalProcess')) },
          });
      } else if (k8s > p + MIB && base.totalKey === k.process) {
        const newP = floorMiB(k8s);
        const target = floorMiB(o + (newP - p));
        const fix = grow(
          keepTotal(base),
          { [k.process]: sizeText(newP), [k.overheadMin]: sizeText(target), [k.overheadMax]: sizeText(target) },
          (a) => fig(a, 'jvmOverhead') >= target && keepsOthers(base, ['jvmOverhead'])(a),
        );
        if (fix)
          out.push({
            id: 'overhead-up-to-limit',
            set: fix.set,
            params: {
              ...params,
              newOverhead: sizeText(fig(fix.after, 'jvmOverhead')),
              newProcess: sizeText(fig(fix.after, 'totalProcess')),
            },
          });
      }
    }
    const extra = excess > o / 2n ? excess : o / 2n;
    const target = ceilMiB(o + (extra > 128n * MIB ? extra : 128n * MIB));
    const sameProcess = base.totalKey === k.process;
    const fix = grow(
      sameProcess ? keepTotal(base) : base,
      { [k.overheadMin]: sizeText(target), [k.overheadMax]: sizeText(target) },
      (a) => fig(a, 'jvmOverhead') === target && (!sameProcess || fig(a, 'totalProcess') === p),
    );
    if (fix)
      out.push({
        id: sameProcess ? 'overhead-same-process' : 'overhead-grow-process',
        set: fix.set,
        params: { ...params, newOverhead: sizeText(target), ...common(base, fix.after) },
      });
  }
  if (!out.some((o) => o.set && Object.keys(o.set).some((key) => key.includes('jvm-overhead') || key.endsWith('process.size')))) {
    out.push({
      id: 'overhead-step',
      params: {
        ...(excess > 0n ? { excess: sizeText(excess) } : {}),
        ...(x.k8sLimit ? { limit: x.k8sLimit.text } : {}),
        prefix: r,
      },
    });
  }
  if (ctx.rocksDbBackend && f.id !== 'rocksdb-native-memory' && !out.some((o) => o.id === 'rocksdb-managed'))
    out.push({ id: 'rocksdb-bounded', params: {} });
  out.push({ id: 'malloc-arena', code: `containerized.${r}.env.MALLOC_ARENA_MAX: 4`, params: {} });
  return out;
}

/** Flink's own labels in refusals → the keys whose values reproduce them. */
const LABEL_KEYS: Readonly<Record<Role, Readonly<Record<string, readonly string[]>>>> = {
  taskmanager: {
    'Framework Heap Memory': [TM_KEYS.frameworkHeap],
    'Framework Off-Heap Memory': [TM_KEYS.frameworkOffHeap],
    'Task Heap Memory': [TM_KEYS.taskHeap],
    'Task Off-Heap Memory': [TM_KEYS.taskOffHeap],
    'Managed Memory': [TM_KEYS.managed],
    'Network Memory': [TM_KEYS.networkMin, TM_KEYS.networkMax],
    'Total Flink Memory': [TM_KEYS.flink],
    'Total Process Memory': [TM_KEYS.process],
    'JVM Metaspace': [TM_KEYS.metaspace],
    'JVM Overhead': [TM_KEYS.overheadMin, TM_KEYS.overheadMax],
  },
  jobmanager: {
    'JVM Heap Memory': [JM_KEYS.heap],
    'Off-heap Memory': [JM_KEYS.offHeap],
    'Total Flink Memory': [JM_KEYS.flink],
    'Total Process Memory': [JM_KEYS.process],
    'JVM Metaspace': [JM_KEYS.metaspace],
    'JVM Overhead': [JM_KEYS.overheadMin, JM_KEYS.overheadMax],
  },
};

/** The configuration a refusal's own numbers describe (`Label (1.000gb (1073741824 bytes))`). */
export function configFromMessage(message: string, r: Role): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const labels = Object.keys(LABEL_KEYS[r])
    .map((l) => l.replace(/[-]/g, '\\-'))
    .join('|');
  const re = new RegExp(`(configured |derived )?(${labels})(?: size)?\\s*\\((?:[^()]*\\()?(\\d+) bytes\\)\\)?`, 'g');
  for (const m of message.matchAll(re)) {
    if (m[1] === 'derived ') return undefined; // a derived total cannot be set without changing the path
    for (const key of LABEL_KEYS[r][m[2]!] ?? []) out[key] = `${m[3]}b`;
  }
  return Object.keys(out).length ? out : undefined;
}

function configFixes(f: FindingLike, x: Extracted): Fix[] {
  const message = f.params['message'] ?? '';
  const id = f.params['messageId'];
  const r = role(f.process);
  const version = toFlinkVersion(x.flinkVersion) ?? NEWEST_VERSION;
  const candidates: { config: Record<string, string>; source: string }[] = [];
  const logged: Record<string, string> = {};
  for (const [k, v] of Object.entries(x.config)) if (k.startsWith(`${r}.`)) logged[k] = v;
  if (Object.keys(logged).length) candidates.push({ config: logged, source: 'config' });
  const fromMessage = configFromMessage(message, r);
  if (fromMessage) candidates.push({ config: fromMessage, source: 'message' });
  for (const c of candidates) {
    const res = r === 'taskmanager' ? deriveTaskManager(c.config, { version }) : deriveJobManager(c.config, { version });
    if (res.ok || (id !== undefined && res.error.id !== id)) continue;
    const p = res.error.params ?? {};
    let key = p['suggestedKey'];
    let value = p['suggestedValue'];
    if (key === undefined || value === undefined) {
      // The model suggests only for some refusals; search the total the configuration sets.
      const k = KEYS[r];
      key = c.config[k.process] !== undefined ? k.process : c.config[k.flink] !== undefined ? k.flink : undefined;
      const size =
        key === undefined ? undefined : smallestWorkingSize(c.config, key, (cfg) => derive(r, cfg, version) !== undefined);
      if (key === undefined || size === undefined) continue;
      value = sizeText(size);
    }
    const again =
      r === 'taskmanager'
        ? deriveTaskManager({ ...c.config, [key]: value }, { version })
        : deriveJobManager({ ...c.config, [key]: value }, { version });
    if (!again.ok) continue;
    return [
      { id: c.source === 'config' ? 'config-total' : 'config-total-from-message', set: { [key]: value }, params: { key, value } },
    ];
  }
  return [{ id: 'config-step', params: {} }];
}
