/**
 * Property tests over random configurations: components add up, nothing throws, nothing is
 * negative or NaN, a valid result re-fed as explicit sizes (its own -D string) reproduces itself.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveTaskManager } from '~/model/taskmanager';
import { deriveJobManager } from '~/model/jobmanager';
import { isMessageId } from '~/model/messages';
import { OPTIONS } from '~/model/options';
import { FLINK_VERSIONS, DEPLOYMENT_MODES, type FlinkVersion } from '~/model/types';
import type { LogEntry } from '~/model/types';

const version = fc.constantFrom(...FLINK_VERSIONS);
const mode = fc.constantFrom(...DEPLOYMENT_MODES);
const mib = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => `${n}m`);
const fraction = fc.integer({ min: 0, max: 999 }).map((n) => `0.${String(n).padStart(3, '0')}`);

const tmConfig = fc.record(
  {
    'taskmanager.memory.process.size': mib(256, 65536),
    'taskmanager.memory.flink.size': mib(128, 65536),
    'taskmanager.memory.task.heap.size': mib(0, 8192),
    'taskmanager.memory.managed.size': mib(0, 8192),
    'taskmanager.memory.managed.fraction': fraction,
    'taskmanager.memory.network.fraction': fraction,
    'taskmanager.memory.network.min': mib(0, 512),
    'taskmanager.memory.jvm-overhead.fraction': fraction,
    'taskmanager.memory.jvm-metaspace.size': mib(32, 1024),
    'taskmanager.memory.task.off-heap.size': mib(0, 512),
    'taskmanager.numberOfTaskSlots': fc.integer({ min: 1, max: 64 }).map(String),
  },
  { requiredKeys: [] },
);

const jmConfig = fc.record(
  {
    'jobmanager.memory.process.size': mib(256, 65536),
    'jobmanager.memory.flink.size': mib(128, 65536),
    'jobmanager.memory.heap.size': mib(0, 16384),
    'jobmanager.memory.off-heap.size': mib(0, 1024),
    'jobmanager.memory.jvm-overhead.fraction': fraction,
    'jobmanager.memory.jvm-metaspace.size': mib(32, 1024),
  },
  { requiredKeys: [] },
);

function logIdsKnown(log: readonly LogEntry[]): boolean {
  return log.every((l) => isMessageId(l.id) && l.message.length > 0);
}

/** Sizes and CPU are never negative/NaN. (`numSlots` echoes Flink's int as the scripts pass it on.) */
function noBadNumbers(result: object): boolean {
  const values = Object.entries(result)
    .filter(([k]) => k !== 'numSlots')
    .map(([, v]) => v as unknown);
  return values.every((v) => (typeof v === 'bigint' ? v >= 0n : typeof v === 'number' ? Number.isFinite(v) && v >= 0 : true));
}

/** `-D k=v -D k2=v2` → config map (values contain no spaces, except quoted external-resources). */
function parseDynamic(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/-D ([^=\s]+)=("[^"]*"|\S*)/g)) out[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  return out;
}

describe('TaskManager properties', () => {
  it('components add up to the totals; never negative, NaN or thrown', () => {
    fc.assert(
      fc.property(tmConfig, version, fc.constantFrom('standalone', 'active', 'raw' as const), (config, v, m) => {
        const r = deriveTaskManager(config, { version: v, mode: m });
        expect(logIdsKnown(r.log)).toBe(true);
        if (!r.ok) return isMessageId(r.error.id) && r.error.message.length > 0;
        const sum = r.frameworkHeap + r.taskHeap + r.frameworkOffHeap + r.taskOffHeap + r.network + r.managed;
        return (
          sum === r.totalFlink &&
          r.totalFlink + r.jvmMetaspace + r.jvmOverhead === r.totalProcess &&
          r.frameworkHeap + r.taskHeap === r.jvmHeap &&
          r.frameworkOffHeap + r.taskOffHeap + r.network === r.jvmDirect &&
          noBadNumbers(r) &&
          r.jvmParams ===
            `-Xmx${r.jvmHeap} -Xms${r.jvmHeap} -XX:MaxDirectMemorySize=${r.jvmDirect} -XX:MaxMetaspaceSize=${r.jvmMetaspace}`
        );
      }),
      { numRuns: 400 },
    );
  });

  it('a valid result re-fed as its own -D string (explicit sizes) reproduces itself', () => {
    const modern = fc.constantFrom(...(FLINK_VERSIONS.filter((v) => v >= '1.13' || v.startsWith('2.')) as FlinkVersion[]));
    fc.assert(
      fc.property(tmConfig, modern, (config, v) => {
        const r = deriveTaskManager(config, { version: v });
        if (!r.ok) return true;
        const again = deriveTaskManager(parseDynamic(r.dynamicConfigs), { version: v });
        if (!again.ok) return false;
        return (
          again.path === 'fine-grained' &&
          (
            [
              'frameworkHeap',
              'taskHeap',
              'frameworkOffHeap',
              'taskOffHeap',
              'network',
              'managed',
              'jvmMetaspace',
              'jvmOverhead',
              'totalFlink',
              'totalProcess',
              'jvmParams',
              'dynamicConfigs',
              'cpuCores',
              'numSlots',
            ] as const
          ).every((k) => again[k] === r[k])
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings for any known key, version and mode', () => {
    const keys = OPTIONS.map((o) => o.key);
    const anyValue = fc.oneof(
      fc.string(),
      fc.constantFrom('1g', '0', '-1', 'NaN', '1e40', '9223372036854775807', '0x1p-2', ' 1 m ', '1.0', 'true'),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 8 }), version, mode, (config, v, m) => {
        const t = deriveTaskManager(config, { version: v, mode: m });
        const j = deriveJobManager(config, { version: v, mode: m });
        for (const r of [t, j]) {
          if (!logIdsKnown(r.log)) return false;
          if (!r.ok && (!isMessageId(r.error.id) || r.error.id === 'internal.error' || r.error.message === '')) return false;
          if (r.ok && !noBadNumbers(r)) return false;
        }
        return true;
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on arbitrary keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string(), { maxKeys: 6 }), version, (config, v) => {
        const t = deriveTaskManager(config, { version: v });
        const j = deriveJobManager(config, { version: v });
        return (t.ok || t.error.id !== 'internal.error') && (j.ok || j.error.id !== 'internal.error');
      }),
      { numRuns: 300 },
    );
  });
});

describe('JobManager properties', () => {
  it('components add up; the -D string re-fed reproduces the result', () => {
    const v12 = fc.constantFrom(...(FLINK_VERSIONS.filter((x) => x !== '1.10' && x !== '1.11') as FlinkVersion[]));
    fc.assert(
      fc.property(jmConfig, v12, (config, v) => {
        const r = deriveJobManager(config, { version: v });
        if (!r.ok) return isMessageId(r.error.id);
        if (r.jvmHeap + r.offHeap !== r.totalFlink || r.totalFlink + r.jvmMetaspace + r.jvmOverhead !== r.totalProcess)
          return false;
        if (!noBadNumbers(r)) return false;
        const again = deriveJobManager(parseDynamic(r.dynamicConfigs), { version: v });
        return (
          again.ok &&
          again.totalProcess === r.totalProcess &&
          again.jvmParams === r.jvmParams &&
          again.dynamicConfigs === r.dynamicConfigs
        );
      }),
      { numRuns: 400 },
    );
  });
});
