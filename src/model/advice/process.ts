/**
 * Fixes for a TaskManager or JobManager configuration that Flink refuses. Every candidate is a
 * single option change; it is offered only after the derivation, re-run with the change applied,
 * succeeds. Sizes are whole MiB (or GiB) as `MemorySize.parse` reads them. Managed memory and JVM
 * overhead grow with the total, so "raise the total by the excess" is not enough: the smallest
 * accepted total is searched (process 4g, 4 slots, task heap 2189m on 1.20 → 4931m, not 4483m).
 */
import { deriveTaskManager, TM_KEYS } from '../taskmanager';
import { deriveJobManager, JM_KEYS } from '../jobmanager';
import { parseMemorySize } from '../memorysize';
import { defaultFor, optionFor } from '../options';
import type { ConfigMap, DeriveOptions, FlinkError } from '../types';
import { configSize, MIB, parsesAsSize } from './size';
import { largestBelow, smallestAbove } from './search';
import type { Advice, Fix } from './types';

type Process = 'taskmanager' | 'jobmanager';

const TOTALS: Record<Process, { process: string; flink: string }> = {
  taskmanager: { process: TM_KEYS.process, flink: TM_KEYS.flink },
  jobmanager: { process: JM_KEYS.process, flink: JM_KEYS.flink },
};

/** Size keys worth moving, in the order their fixes are listed. */
const SIZE_KEYS: Record<Process, readonly string[]> = {
  taskmanager: [
    TM_KEYS.taskHeap,
    TM_KEYS.managed,
    TM_KEYS.taskOffHeap,
    TM_KEYS.frameworkHeap,
    TM_KEYS.frameworkOffHeap,
    TM_KEYS.networkMin,
    TM_KEYS.networkMax,
    TM_KEYS.metaspace,
    TM_KEYS.overheadMin,
    TM_KEYS.overheadMax,
    TM_KEYS.legacyHeap,
  ],
  jobmanager: [JM_KEYS.heap, JM_KEYS.offHeap, JM_KEYS.metaspace, JM_KEYS.overheadMin, JM_KEYS.overheadMax, JM_KEYS.legacyHeap],
};

const MAX_FIXES = 5;

function derive(which: Process, config: ConfigMap, opts: DeriveOptions) {
  return which === 'taskmanager' ? deriveTaskManager(config, opts) : deriveJobManager(config, opts);
}

/** The model's acceptance test for a fix: Flink derives the configuration. */
export function accepted(which: Process, config: ConfigMap, opts: DeriveOptions): boolean {
  return derive(which, config, opts).ok;
}

/**
 * Verified fixes for a refused configuration (empty when Flink accepts it). `noSingleFix` says
 * that no single change the model tried makes Flink accept it.
 */
export function fixesFor(which: Process, config: ConfigMap, opts: DeriveOptions = {}): Advice {
  const r = derive(which, config, opts);
  if (r.ok) return { fixes: [], noSingleFix: false };
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  const offer = (fix: Fix): void => {
    const sig = JSON.stringify(fix.set);
    if (seen.has(sig) || fixes.length >= MAX_FIXES) return;
    seen.add(sig);
    if (Object.values(fix.set).some((v) => v === undefined)) return;
    if (accepted(which, { ...config, ...fix.set }, opts)) fixes.push(fix);
  };
  const works =
    (key: string) =>
    (mib: bigint): boolean =>
      accepted(which, { ...config, [key]: `${mib}m` }, opts);
  const totals = TOTALS[which];

  // 1. The total the configuration sizes by: smallest accepted value above the current one.
  for (const key of [totals.process, totals.flink]) {
    const cur = sizeOf(config, key);
    if (cur === undefined) continue;
    const mib = smallestAbove(cur / MIB, works(key));
    if (mib !== undefined)
      offer({
        set: { [key]: configSize(mib * MIB) },
        id: 'raise-total',
        data: { key, value: configSize(mib * MIB), from: config[key]! },
      });
  }
  // 2. No total at all: the default shipped config's starting point.
  if (r.error.id === 'tm.none-configured' || r.error.id === 'jm.none-configured') {
    const start = which === 'taskmanager' ? '1728m' : '1600m';
    offer({ set: { [totals.process]: start }, id: 'set-total', data: { key: totals.process, value: start } });
  }
  // 3. Components set explicitly: the largest accepted value below, or the smallest above.
  for (const key of SIZE_KEYS[which]) {
    const cur = sizeOf(config, key);
    if (cur === undefined) continue;
    const curMib = cur / MIB;
    const down = largestBelow(curMib, works(key));
    if (down !== undefined && down * MIB < cur)
      offer({
        set: { [key]: configSize(down * MIB, 'down') },
        id: 'lower-size',
        data: { key, value: configSize(down * MIB, 'down'), from: config[key]! },
      });
    const up = smallestAbove(curMib, works(key));
    if (up !== undefined && up * MIB > cur)
      offer({
        set: { [key]: configSize(up * MIB) },
        id: 'raise-size',
        data: { key, value: configSize(up * MIB), from: config[key]! },
      });
  }
  // 4. CPU cores and slots that are not positive: one core per slot (Flink's own fallback).
  if (r.error.id === 'tm.cpu-not-positive' || r.error.id === 'tm.slots-not-positive') {
    const slots = Number(config[TM_KEYS.slots] ?? '1');
    const value = Number.isInteger(slots) && slots >= 1 ? String(slots) : '1';
    const key = r.error.id === 'tm.cpu-not-positive' && config[TM_KEYS.cpuCores] !== undefined ? TM_KEYS.cpuCores : TM_KEYS.slots;
    offer({ set: { [key]: value }, id: 'set-value', data: { key, value, from: config[key] ?? '' } });
  }
  // 5. A value Flink cannot read or that is out of range: its default.
  for (const key of resettable(r.error, config)) {
    const d = defaultFor(key, opts.version ?? '2.3');
    if (typeof d !== 'string') continue;
    const value = optionFor(key)?.type === 'memory' ? compactSize(d) : d;
    offer({ set: { [key]: value }, id: 'reset-default', data: { key, value, from: config[key]! } });
  }
  return { fixes, noSingleFix: fixes.length === 0 };
}

function sizeOf(config: ConfigMap, key: string): bigint | undefined {
  const raw = config[key];
  if (raw === undefined) return undefined;
  const p = parseMemorySize(raw);
  return p.ok ? p.value : undefined;
}

/** Keys named by the refusal that are set: candidates for "back to the default". */
function resettable(error: FlinkError, config: ConfigMap): string[] {
  const keys = new Set<string>(error.keys ?? []);
  if (error.params?.['key']) keys.add(error.params['key']);
  return [...keys].filter((k) => config[k] !== undefined);
}

/** Registry defaults such as `128 mb` → `128m` (both parse; the short form is what users write). */
function compactSize(text: string): string {
  const p = parseMemorySize(text);
  if (!p.ok) return text;
  const s = configSize(p.value);
  return parsesAsSize(s) && parseMemorySize(s).ok && (parseMemorySize(s) as { value: bigint }).value === p.value ? s : text;
}
