/**
 * Property tests of the advice layer: random refused TaskManager / JobManager configurations
 * across versions — every offered fix, applied, derives ok and every size in it parses; random
 * failing job topologies — every offered network fix makes the estimate fit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixesFor } from '~/model/advice/process';
import { jobFits, networkFixesFor } from '~/model/advice/network';
import { deriveJobManager } from '~/model/jobmanager';
import { deriveTaskManager } from '~/model/taskmanager';
import { parseMemorySize } from '~/model/memorysize';
import { optionFor } from '~/model/options';
import { FLINK_VERSIONS, type ConfigMap, type FlinkVersion } from '~/model/types';
import type { DistributionPattern, JobDescription } from '~/model/network/job';
import { estimateJobOnTm } from '~/model/network/tm';
import { fixText } from '~/i18n/advice';

const version = fc.constantFrom(...FLINK_VERSIONS);
const mib = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => `${n}m`);

const tmConfig = fc.record(
  {
    'taskmanager.memory.process.size': mib(64, 16384),
    'taskmanager.memory.flink.size': mib(64, 8192),
    'taskmanager.memory.task.heap.size': mib(0, 8192),
    'taskmanager.memory.managed.size': mib(0, 8192),
    'taskmanager.memory.network.min': mib(0, 2048),
    'taskmanager.memory.network.max': mib(0, 4096),
    'taskmanager.memory.jvm-metaspace.size': mib(16, 2048),
    'taskmanager.memory.jvm-overhead.min': mib(0, 2048),
    'taskmanager.memory.jvm-overhead.max': mib(0, 4096),
    'taskmanager.memory.managed.fraction': fc.constantFrom('0.1', '0.4', '0.9', '1.5', 'abc'),
    'taskmanager.numberOfTaskSlots': fc.constantFrom('1', '4', '0', '-1'),
    'taskmanager.cpu.cores': fc.constantFrom('0', '2', '-1', '0.5'),
  },
  { requiredKeys: [] },
);

const jmConfig = fc.record(
  {
    'jobmanager.memory.process.size': mib(64, 8192),
    'jobmanager.memory.flink.size': mib(16, 4096),
    'jobmanager.memory.heap.size': mib(0, 4096),
    'jobmanager.memory.off-heap.size': mib(0, 2048),
    'jobmanager.memory.jvm-metaspace.size': mib(16, 1024),
    'jobmanager.memory.jvm-overhead.min': mib(0, 2048),
    'jobmanager.memory.jvm-overhead.max': mib(0, 4096),
  },
  { requiredKeys: [] },
);

function checkFixes(which: 'taskmanager' | 'jobmanager', config: ConfigMap, v: FlinkVersion): void {
  const derive = which === 'taskmanager' ? deriveTaskManager : deriveJobManager;
  const before = derive(config, { version: v });
  const advice = fixesFor(which, config, { version: v });
  if (before.ok) {
    expect(advice.fixes).toEqual([]);
    return;
  }
  expect(advice.noSingleFix).toBe(advice.fixes.length === 0);
  for (const fix of advice.fixes) {
    const after = derive({ ...config, ...fix.set }, { version: v });
    expect(after.ok, `${v} ${JSON.stringify(config)} + ${JSON.stringify(fix.set)}`).toBe(true);
    for (const [k, val] of Object.entries(fix.set)) {
      if (optionFor(k)?.type === 'memory') {
        expect(parseMemorySize(val).ok).toBe(true);
        expect(val).toMatch(/^\d+[mg]$|^\d+ ?(?:[kmgt]?b|bytes)$/);
      }
    }
    for (const lang of ['en', 'zh'] as const) expect(fixText(fix, lang)).not.toMatch(/\{\w+\}|undefined|NaN|Infinity/);
  }
}

describe('TaskManager / JobManager fixes', () => {
  it('every fix offered for a refused TaskManager derives ok; sizes parse (across versions)', () => {
    fc.assert(
      fc.property(tmConfig, version, (c, v) => checkFixes('taskmanager', c, v)),
      { numRuns: 1000 },
    );
  }, 240_000);

  it('every fix offered for a refused JobManager derives ok; sizes parse (across versions)', () => {
    fc.assert(
      fc.property(jmConfig, version, (c, v) => checkFixes('jobmanager', c, v)),
      { numRuns: 1000 },
    );
  }, 240_000);

  it('a total with one fixed component that does not fit: a fix is (almost) always found', () => {
    let refused = 0;
    let fixed = 0;
    const narrow = fc.record({
      'taskmanager.memory.process.size': mib(512, 8192),
      'taskmanager.numberOfTaskSlots': fc.constantFrom('1', '4'),
      'taskmanager.memory.task.heap.size': mib(256, 8192),
    });
    fc.assert(
      fc.property(narrow, version, (c, v) => {
        if (deriveTaskManager(c, { version: v }).ok) return;
        refused++;
        if (fixesFor('taskmanager', c, { version: v }).fixes.length) fixed++;
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(refused).toBeGreaterThan(50);
    // The rest need two changes (e.g. 1.10–1.16: network.max 1g caps "the rest" and the process is too small).
    expect(fixed / refused).toBeGreaterThan(0.8);
  }, 120_000);
});

const job: fc.Arbitrary<JobDescription> = fc
  .record({
    p: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 2, maxLength: 3 }),
    patterns: fc.array(fc.constantFrom('all-to-all', 'broadcast'), { minLength: 2, maxLength: 2 }),
    slots: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ p, patterns, slots }) => ({
    vertices: p.map((n, i) => ({ name: `v${i}`, parallelism: n })),
    edges: p.slice(1).map((_, i) => ({
      from: `v${i}`,
      to: `v${i + 1}`,
      pattern: patterns[i] as DistributionPattern,
      partitionType: 'PIPELINED_BOUNDED' as const,
    })),
    slotsPerTm: slots,
  }));

describe('network fixes', () => {
  it('every fix offered for a failing job makes the estimate fit', () => {
    let failing = 0;
    fc.assert(
      fc.property(
        job,
        fc.constantFrom<FlinkVersion>('1.13', '1.18', '1.20', '2.0', '2.2'),
        fc.constantFrom('1g', '1728m', '2g'),
        (j, v, process) => {
          const config = { 'taskmanager.memory.process.size': process, 'taskmanager.numberOfTaskSlots': String(j.slotsPerTm) };
          if (!estimateJobOnTm(j, config, { version: v }).ok || jobFits(j, config, { version: v })) return;
          failing++;
          const advice = networkFixesFor(j, config, { version: v });
          expect(advice.fixes.length).toBeGreaterThan(0);
          for (const fix of advice.fixes) {
            expect(jobFits(j, { ...config, ...fix.set }, { version: v }), JSON.stringify(fix.set)).toBe(true);
            for (const val of Object.values(fix.set)) if (/[mg]$/.test(val)) expect(parseMemorySize(val).ok).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    expect(failing).toBeGreaterThan(3);
  }, 300_000);
});
