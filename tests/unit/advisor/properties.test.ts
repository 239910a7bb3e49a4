/**
 * Property tests over random advisor inputs: whatever the reader describes (including nonsense),
 * the advisor returns a configuration that the model accepts for that version, that fits the
 * container (or says the container must grow), whose network estimate fits the topology (or a
 * warning says why not), with a reason for every key and no NaN / undefined / raw placeholder.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advise, DEPLOYMENTS, EXCHANGE_PRESETS, GOALS } from '~/model/advisor';
import { deriveJobManager, deriveTaskManager, optionFor, parseMemorySize, FLINK_VERSIONS } from '~/model';
import { reportKeys } from '~/model/config/report';
import { reasonLine, warningText, problemText } from '~/i18n/advisor';

const memory = fc.oneof(
  fc.integer({ min: 1, max: 131072 }).map((mb) => `${mb}Mi`),
  fc.integer({ min: 1, max: 128 }).map((g) => `${g}Gi`),
  fc.integer({ min: 256, max: 65536 }).map((mb) => `${mb}m`),
  fc.integer({ min: 256, max: 65536 }),
  fc.constantFrom('4G', '0', '-1Gi', 'lots', '', '1.5Gi', '999999Ti'),
);
const input = fc.record(
  {
    version: fc.oneof(fc.constantFrom(...FLINK_VERSIONS), fc.constantFrom('1.20.1', '2.0.0', '0.9', 'x')),
    deployment: fc.oneof(fc.constantFrom(...DEPLOYMENTS), fc.constant('mesos')),
    taskManager: fc.record(
      {
        memory,
        cpus: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constantFrom(0.5, -2, 'two', 1.5)),
        slots: fc.oneof(fc.integer({ min: 1, max: 32 }), fc.constantFrom('derive', 0, 2.5)),
      },
      { requiredKeys: [] },
    ),
    jobManager: fc.record({ memory }, { requiredKeys: [] }),
    yarnMinAllocationMb: fc.constantFrom(512, 1024, 2048, 3000),
    job: fc.record(
      {
        mode: fc.constantFrom('streaming', 'batch', 'both'),
        stateBackend: fc.constantFrom('hashmap', 'rocksdb', 'forst', 'memory'),
        stateSizePerSlot: fc.oneof(
          fc.integer({ min: 0, max: 200 }).map((g) => `${g}g`),
          fc.integer({ min: 1, max: 4096 }).map((x) => `${x}m`),
          fc.constant('huge'),
        ),
        sql: fc.record({ windows: fc.boolean(), joins: fc.boolean(), aggregations: fc.boolean() }),
        python: fc.boolean(),
        parallelism: fc.oneof(fc.integer({ min: 1, max: 160 }), fc.constantFrom(0, 'many')),
        exchanges: fc.oneof(fc.constantFrom(...EXCHANGE_PRESETS), fc.constant('mesh')),
        checkpointing: fc.constantFrom('aligned', 'unaligned', 'none'),
      },
      { requiredKeys: [] },
    ),
    goals: fc.subarray([...GOALS, 'speed']),
  },
  { requiredKeys: [] },
);

const BAD = /NaN|Infinity|undefined|\{[a-zA-Z]+\}/;

describe('advisor properties', () => {
  it('emits a configuration Flink accepts, that fits, with a reason per key', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const a = advise(raw);
        const v = a.input.version;
        // Re-derive independently: the TaskManager and JobManager derivations accept the advice.
        const tm = deriveTaskManager(a.config, { version: v, mode: a.mode });
        expect(tm.ok, JSON.stringify({ raw, config: a.config, e: tm.ok ? '' : tm.error.message })).toBe(true);
        const jm = deriveJobManager(a.config, { version: v, mode: a.mode });
        expect(jm.ok, JSON.stringify({ raw, e: jm.ok ? '' : jm.error.message })).toBe(true);
        expect(a.checks.tm.ok && a.checks.jm.ok).toBe(true);
        // The process fits the container, or the advice says the container must grow.
        if (tm.ok) expect(tm.totalProcess <= a.checks.platform.tmContainer).toBe(true);
        if (a.checks.platform.tmContainer > a.input.tmMemory + (1n << 20n) * BigInt(a.input.yarnMinAllocationMb)) {
          expect(a.warnings.some((w) => w.id === 'warn.containerTooSmall')).toBe(true);
        }
        if (jm.ok && jm.path !== 'legacy-1.10') expect(jm.totalProcess <= a.checks.platform.jmContainer).toBe(true);
        // The network estimate fits the topology with margin, or a warning says why not.
        expect(
          a.checks.network.fitsWithMargin || a.warnings.some((w) => w.id === 'warn.networkShort' || w.id === 'warn.networkInput'),
        ).toBe(true);
        // A reason for every emitted key, and nothing else.
        expect(Object.keys(a.reasons).sort()).toEqual(Object.keys(a.config).sort());
        // Values Flink parses: sizes by MemorySize.parse; no NaN/undefined anywhere.
        for (const [k, val] of Object.entries(a.config)) {
          expect(val).not.toMatch(BAD);
          if (optionFor(k)?.type === 'memory') expect(parseMemorySize(val).ok, `${k}: ${val}`).toBe(true);
        }
        // Every key means something in this version (nothing removed, ignored or not yet read).
        for (const e of reportKeys(a.config, v)) expect(['memory', 'not-memory', 'unknown']).toContain(e.status);
        for (const e of reportKeys(a.config, v))
          if (e.status === 'unknown') expect(e.key.startsWith('state.backend.forst.')).toBe(true);
        // Every text renders fully in both languages.
        for (const lang of ['en', 'zh'] as const) {
          for (const r of Object.values(a.reasons)) expect(reasonLine(r, lang)).not.toMatch(BAD);
          for (const w of a.warnings) expect(warningText(w, lang)).not.toMatch(BAD);
          for (const p of a.problems) expect(problemText(p, lang)).not.toMatch(BAD);
        }
      }),
      { numRuns: Number(process.env['ADVISOR_RUNS'] ?? 2000), seed: 17 },
    );
  }, 300_000);

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const a = advise(raw);
        expect(Object.keys(a.reasons).sort()).toEqual(Object.keys(a.config).sort());
        expect(a.checks.tm.ok).toBe(true);
      }),
      { numRuns: 300, seed: 17 },
    );
  }, 120_000);
});
