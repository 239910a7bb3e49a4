/**
 * A runtime snapshot read against its configuration: the JSON of Flink's REST API for a
 * TaskManager (`/taskmanagers/<id>` with `memoryConfiguration` and `metrics`; 1.15+ and 2.x),
 * the metrics endpoint (`/taskmanagers/<id>/metrics?get=…` → `[{"id","value"}]`), or a
 * Prometheus scrape (`flink_taskmanager_Status_JVM_Memory_Heap_Used{…} 1.2E9`). Several pasted
 * one after another are several snapshots in time. Field and metric names: Flink's
 * TaskManagerMetricsInfo / TaskExecutorMemoryConfiguration and docs/content/docs/ops/metrics.md.
 */
import { deriveTaskManager, TM_KEYS } from '../taskmanager';
import { NEWEST_VERSION, type FlinkVersion, type TaskManagerFigures } from '../types';
import { taskManagerConfigFromBlock, type Extracted } from './extract';
import { sizeText, type Fix } from './fixes';
import { toFlinkVersion } from '../version';

export type SnapshotVerdict = 'idle' | 'ok' | 'near-limit' | 'growing' | 'unknown';
export type SnapshotPool = 'heap' | 'managed' | 'network' | 'direct' | 'metaspace';

export interface PoolUsage {
  pool: SnapshotPool;
  /** Used bytes per snapshot, oldest first. */
  used: bigint[];
  /** What the pool may hold: configured size or the JVM's max. */
  limit?: bigint;
  verdict: SnapshotVerdict;
  /** Last used / limit in percent, when both are known. */
  percent?: number;
}

export interface SnapshotAnalysis {
  source: 'rest' | 'metrics' | 'prometheus';
  role: 'taskmanager' | 'jobmanager';
  id?: string;
  snapshots: number;
  pools: PoolUsage[];
  fixes: Fix[];
  calculator?: { name: 'taskmanager' | 'jobmanager'; query: string };
}

interface Snap {
  role: 'taskmanager' | 'jobmanager';
  id?: string;
  configured?: Partial<
    Record<
      | 'frameworkHeap'
      | 'taskHeap'
      | 'frameworkOffHeap'
      | 'taskOffHeap'
      | 'network'
      | 'managed'
      | 'jvmMetaspace'
      | 'jvmOverhead'
      | 'totalFlink'
      | 'totalProcess',
      bigint
    >
  >;
  /** Metric values by Flink's dotted name (`Status.JVM.Memory.Heap.Used`). */
  m: Record<string, number>;
  /** A metrics-endpoint answer was merged into this REST snapshot. */
  merged?: boolean;
}

const PROM = /^flink_(taskmanager|jobmanager)_(Status_\w+?)(?:\{([^}]*)\})?\s+([-+]?[\d.]+(?:[eE][-+]?\d+)?|NaN)(?:\s+\d+)?\s*$/;

/** True when the paste looks like a REST response or a Prometheus scrape rather than a log. */
export function looksLikeSnapshot(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (/[[{]/.test(head) && /"(?:memoryConfiguration|heapUsed)"\s*:|"id"\s*:\s*"Status\.(?:JVM|Flink|Shuffle)\./.test(head))
    return true;
  return /^flink_(?:taskmanager|jobmanager)_Status_/m.test(head);
}

/** Top-level JSON values pasted one after another. */
function jsonValues(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if (c === '}' || c === ']') {
      if (--depth === 0 && start >= 0) {
        try {
          out.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          /* not JSON: skip it */
        }
        start = -1;
      }
      if (depth < 0) depth = 0;
    }
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const numOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const big = (n: number | undefined): bigint | undefined =>
  n === undefined || !Number.isFinite(n) || n < 0 ? undefined : BigInt(Math.round(n));

/** REST `metrics` object field → dotted metric name. */
const REST_METRICS: Readonly<Record<string, string>> = {
  heapUsed: 'Status.JVM.Memory.Heap.Used',
  heapMax: 'Status.JVM.Memory.Heap.Max',
  nonHeapUsed: 'Status.JVM.Memory.NonHeap.Used',
  directCount: 'Status.JVM.Memory.Direct.Count',
  directUsed: 'Status.JVM.Memory.Direct.MemoryUsed',
  directMax: 'Status.JVM.Memory.Direct.TotalCapacity',
  nettyShuffleMemorySegmentsUsed: 'Status.Shuffle.Netty.UsedMemorySegments',
  nettyShuffleMemorySegmentsTotal: 'Status.Shuffle.Netty.TotalMemorySegments',
  nettyShuffleMemoryUsed: 'Status.Shuffle.Netty.UsedMemory',
  nettyShuffleMemoryTotal: 'Status.Shuffle.Netty.TotalMemory',
};

const CONFIGURED: Readonly<Record<string, keyof NonNullable<Snap['configured']>>> = {
  frameworkHeap: 'frameworkHeap',
  taskHeap: 'taskHeap',
  frameworkOffHeap: 'frameworkOffHeap',
  taskOffHeap: 'taskOffHeap',
  networkMemory: 'network',
  managedMemory: 'managed',
  jvmMetaspace: 'jvmMetaspace',
  jvmOverhead: 'jvmOverhead',
  totalFlinkMemory: 'totalFlink',
  totalProcessMemory: 'totalProcess',
};

function fromJson(v: unknown, out: Snap[]): void {
  if (Array.isArray(v)) {
    if (v.every((e) => isObj(e) && typeof e['id'] === 'string' && 'value' in e)) {
      const m: Record<string, number> = {};
      for (const e of v as Record<string, unknown>[]) {
        const n = numOf(e['value']);
        if (n !== undefined) m[String(e['id'])] = n;
      }
      // `/taskmanagers/<id>/metrics?get=…`; the JobManager's own endpoint has the same shape but no
      // managed or shuffle metrics.
      const tm = Object.keys(m).some((k) => k.startsWith('Status.Flink.Memory.Managed') || k.startsWith('Status.Shuffle'));
      const prev = out[out.length - 1];
      // `/taskmanagers/<id>` followed by its `/metrics?get=…`: one moment, one snapshot.
      if (prev?.configured && !prev.merged) {
        Object.assign(prev.m, m);
        prev.merged = true;
      } else if (Object.keys(m).length) out.push({ role: tm ? 'taskmanager' : 'jobmanager', m });
      return;
    }
    for (const e of v) fromJson(e, out);
    return;
  }
  if (!isObj(v)) return;
  if (Array.isArray(v['taskmanagers'])) {
    for (const tm of v['taskmanagers']) fromJson(tm, out);
    return;
  }
  const mc = v['memoryConfiguration'];
  const metrics = v['metrics'];
  if (!isObj(mc) && !isObj(metrics)) return;
  const snap: Snap = { role: 'taskmanager', m: {} };
  if (typeof v['id'] === 'string') snap.id = v['id'];
  if (isObj(mc)) {
    snap.configured = {};
    for (const [field, name] of Object.entries(CONFIGURED)) {
      const b = big(numOf(mc[field]));
      if (b !== undefined) snap.configured[name] = b;
    }
  }
  if (isObj(metrics)) {
    for (const [field, name] of Object.entries(REST_METRICS)) {
      const n = numOf(metrics[field]);
      if (n !== undefined) snap.m[name] = n;
    }
  }
  out.push(snap);
}

function fromPrometheus(text: string, out: Snap[]): void {
  const byKey = new Map<string, Snap[]>();
  for (const raw of text.split('\n')) {
    const m = PROM.exec(raw.trim());
    if (!m) continue;
    const role = m[1] as Snap['role'];
    const name = m[2]!.replace(/_/g, '.');
    const labels = m[3] ?? '';
    const id = /tm_id="([^"]*)"/.exec(labels)?.[1] ?? (role === 'jobmanager' ? 'jobmanager' : undefined);
    const value = Number(m[4]);
    if (!Number.isFinite(value)) continue;
    const key = `${role}|${id ?? ''}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    // A metric seen again for the same process starts the next scrape.
    let snap = list[list.length - 1];
    if (!snap || name in snap.m) {
      snap = { role, ...(id ? { id } : {}), m: {} };
      list.push(snap);
    }
    snap.m[name] = value;
  }
  for (const list of byKey.values()) out.push(...list);
}

const GROWTH = 1.2;

function verdictOf(
  pool: SnapshotPool,
  used: bigint[],
  limit: bigint | undefined,
): { verdict: SnapshotVerdict; percent?: number } {
  const last = used[used.length - 1];
  if (last === undefined) return { verdict: 'unknown' };
  const percent = limit && limit > 0n ? Number((last * 1000n) / limit) / 10 : undefined;
  const rising =
    used.length >= 3 && used.every((u, i) => i === 0 || u > used[i - 1]!) && Number(last) >= Number(used[0]!) * GROWTH;
  if (rising && pool !== 'network' && pool !== 'managed')
    return { verdict: 'growing', ...(percent !== undefined ? { percent } : {}) };
  if (percent === undefined) return { verdict: 'unknown' };
  if (percent >= 90) return { verdict: 'near-limit', percent };
  if ((pool === 'managed' || pool === 'network') && percent <= 10 && used.every((u) => limit !== undefined && u * 10n <= limit))
    return { verdict: 'idle', percent };
  return { verdict: 'ok', percent };
}

/** Reads a snapshot paste; `undefined` when nothing in it is a TaskManager/JobManager snapshot. */
export function analyseSnapshot(text: string, x: Extracted): SnapshotAnalysis | undefined {
  const snaps: Snap[] = [];
  let source: SnapshotAnalysis['source'] = 'prometheus';
  if (!/^flink_(?:taskmanager|jobmanager)_Status_/m.test(text.slice(0, 200_000))) {
    for (const v of jsonValues(text)) fromJson(v, snaps);
    source = snaps.some((s) => s.configured) ? 'rest' : 'metrics';
  } else {
    fromPrometheus(text, snaps);
  }
  if (!snaps.length) return undefined;
  // One process: the first TaskManager named (or the JobManager); its snapshots in order.
  const first = snaps.find((s) => s.role === 'taskmanager') ?? snaps[0]!;
  const mine = snaps.filter((s) => s.role === first.role && (s.id === undefined || first.id === undefined || s.id === first.id));
  const configured = Object.assign({}, ...mine.map((s) => s.configured ?? {})) as NonNullable<Snap['configured']>;
  const series = (name: string): bigint[] => mine.map((s) => big(s.m[name])).filter((b): b is bigint => b !== undefined);
  const lastOf = (name: string): number | undefined => {
    for (let i = mine.length - 1; i >= 0; i--) if (mine[i]!.m[name] !== undefined) return mine[i]!.m[name];
    return undefined;
  };

  const pools: PoolUsage[] = [];
  const add = (pool: SnapshotPool, used: bigint[], limit: bigint | undefined): void => {
    if (!used.length) return;
    pools.push({ pool, used, ...(limit !== undefined ? { limit } : {}), ...verdictOf(pool, used, limit) });
  };
  const heapLimit =
    big(lastOf('Status.JVM.Memory.Heap.Max')) ??
    (configured.frameworkHeap !== undefined && configured.taskHeap !== undefined
      ? configured.frameworkHeap + configured.taskHeap
      : undefined);
  add('heap', series('Status.JVM.Memory.Heap.Used'), heapLimit);
  add(
    'managed',
    series('Status.Flink.Memory.Managed.Used'),
    big(lastOf('Status.Flink.Memory.Managed.Total')) ?? configured.managed,
  );
  const segTotal = lastOf('Status.Shuffle.Netty.TotalMemorySegments');
  const segBytes = (() => {
    const total = lastOf('Status.Shuffle.Netty.TotalMemory');
    if (total !== undefined && segTotal) return total / segTotal;
    if (configured.network !== undefined && segTotal) return Number(configured.network) / segTotal;
    return 32768;
  })();
  const usedSegs = series('Status.Shuffle.Netty.UsedMemorySegments');
  const usedNet = usedSegs.length
    ? usedSegs.map((u) => BigInt(Math.round(Number(u) * segBytes)))
    : series('Status.Shuffle.Netty.UsedMemory');
  const netLimit =
    big(lastOf('Status.Shuffle.Netty.TotalMemory')) ?? (segTotal !== undefined ? big(segTotal * segBytes) : configured.network);
  add('network', usedNet, netLimit);
  // Network buffers are direct buffers allocated up front; what is left is framework + task off-heap.
  const direct = series('Status.JVM.Memory.Direct.MemoryUsed');
  const netAlloc = netLimit ?? 0n;
  if (configured.frameworkOffHeap !== undefined && configured.taskOffHeap !== undefined) {
    add(
      'direct',
      direct.map((d) => (d > netAlloc ? d - netAlloc : 0n)),
      configured.frameworkOffHeap + configured.taskOffHeap,
    );
  } else {
    add('direct', direct, undefined); // TotalCapacity is what is allocated, not the limit
  }
  add(
    'metaspace',
    series('Status.JVM.Memory.Metaspace.Used'),
    big(lastOf('Status.JVM.Memory.Metaspace.Max')) ?? configured.jvmMetaspace,
  );
  if (!pools.length && configured.totalProcess === undefined) return undefined;

  const version = toFlinkVersion(x.flinkVersion) ?? NEWEST_VERSION;
  const analysis: SnapshotAnalysis = {
    source,
    role: first.role,
    ...(first.id ? { id: first.id } : {}),
    snapshots: mine.length,
    pools,
    fixes: [],
  };
  const config = taskManagerConfigFromBlock(configured);
  if (first.role === 'taskmanager' && config) {
    const base = deriveTaskManager(config, { version });
    if (base.ok) {
      // The version only when the paste named one; the calculator's default otherwise.
      analysis.calculator = { name: 'taskmanager', query: query(x.flinkVersion ? version : undefined, config) };
      analysis.fixes = snapshotFixes(pools, config, base, version);
    }
  }
  return analysis;
}

function query(version: string | undefined, config: Record<string, string>): string {
  const p = new URLSearchParams();
  if (version) p.set('v', version);
  for (const [k, v] of Object.entries(config)) p.set(k, v);
  return p.toString();
}

const MIB = 1n << 20n;

/** Recommendations from verdicts, each re-derived on the snapshot's own configuration. */
function snapshotFixes(
  pools: PoolUsage[],
  config: Record<string, string>,
  base: TaskManagerFigures,
  version: FlinkVersion,
): Fix[] {
  const out: Fix[] = [];
  const v = (p: SnapshotPool) => pools.find((x) => x.pool === p);
  const verify = (set: Record<string, string>, check: (r: TaskManagerFigures) => boolean): TaskManagerFigures | undefined => {
    const r = deriveTaskManager({ ...config, ...set }, { version });
    return r.ok && check(r) ? r : undefined;
  };
  const managed = v('managed');
  const heap = v('heap');
  if (managed?.verdict === 'idle') {
    // Keep what was used (whole MiB, at least 0) and give the rest to the task heap: same process size.
    const peak = managed.used.reduce((a, b) => (b > a ? b : a), 0n);
    const keep = ((peak + MIB - 1n) / MIB) * MIB;
    const freed = base.managed - keep;
    if (freed >= MIB) {
      // Whole MiB, rounded down, so the process never grows past what it had.
      const set = {
        [TM_KEYS.managed]: keep === 0n ? '0m' : sizeText(keep),
        [TM_KEYS.taskHeap]: `${(base.taskHeap + freed) / MIB}m`,
      };
      const r = verify(
        set,
        (a) =>
          a.totalProcess <= base.totalProcess &&
          a.totalProcess + MIB > base.totalProcess &&
          a.taskHeap > base.taskHeap &&
          a.managed === keep,
      );
      if (r)
        out.push({
          id: 'snapshot-managed-to-heap',
          set,
          params: {
            managed: sizeText(base.managed),
            keep: sizeText(keep),
            taskHeap: sizeText(base.taskHeap),
            newTaskHeap: sizeText(r.taskHeap),
            process: sizeText(r.totalProcess),
          },
        });
    }
  }
  if ((heap?.verdict === 'near-limit' || heap?.verdict === 'growing') && !out.length) {
    const target = sizeText((base.taskHeap * 3n) / 2n);
    const set = { [TM_KEYS.taskHeap]: target };
    const r = verify(set, (a) => a.taskHeap > base.taskHeap);
    if (r)
      out.push({
        id: 'snapshot-heap',
        set,
        params: {
          taskHeap: sizeText(base.taskHeap),
          newTaskHeap: target,
          process: sizeText(base.totalProcess),
          newProcess: sizeText(r.totalProcess),
        },
      });
  }
  const meta = v('metaspace');
  if (meta?.verdict === 'near-limit' || meta?.verdict === 'growing') {
    const target = sizeText(base.jvmMetaspace * 2n);
    const set = { [TM_KEYS.metaspace]: target };
    const r = verify(set, (a) => a.jvmMetaspace > base.jvmMetaspace);
    if (r)
      out.push({
        id: 'snapshot-metaspace',
        set,
        params: {
          metaspace: sizeText(base.jvmMetaspace),
          target,
          process: sizeText(base.totalProcess),
          newProcess: sizeText(r.totalProcess),
          growing: meta.verdict === 'growing' ? 'true' : '',
        },
      });
  }
  const direct = v('direct');
  if (direct?.verdict === 'near-limit' || direct?.verdict === 'growing') {
    const target = sizeText(base.taskOffHeap + 256n * MIB);
    const set = { [TM_KEYS.taskOffHeap]: target };
    const r = verify(set, (a) => a.taskOffHeap > base.taskOffHeap);
    if (r)
      out.push({
        id: 'snapshot-direct',
        set,
        params: {
          taskOffHeap: sizeText(base.taskOffHeap),
          target,
          process: sizeText(base.totalProcess),
          newProcess: sizeText(r.totalProcess),
          growing: direct.verdict === 'growing' ? 'true' : '',
        },
      });
  }
  return out;
}
