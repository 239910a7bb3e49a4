import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportConfig,
  flinkSizeToString,
  parseConfigYaml,
  parseDynamicProperties,
  parseFlinkConf,
  parseFlinkDeployment,
  parseJavaConfiguration,
  toConfigYaml,
  toDynamicFlags,
  toFlinkConf,
  toFlinkDeployment,
  toJavaConfiguration,
  type ParseResult,
} from '~/model/config';
import { flinkSizeBytes } from '~/model/config/quantity';
import { OPTIONS } from '~/model/options';

const keys = [...new Set(OPTIONS.flatMap((o) => [o.key, ...(o.fallbackKeys ?? []).map((f) => f.key)]))];
const cfg = (r: ParseResult): Record<string, string> => {
  if (!r.ok) throw new Error(r.error.id);
  return { ...r.config };
};

const sample = {
  'taskmanager.memory.process.size': '4g',
  'taskmanager.numberOfTaskSlots': '4',
  'taskmanager.memory.managed.fraction': '0.4',
  'taskmanager.memory.network.max': '9223372036854775807 bytes',
  'jobmanager.memory.process.size': '1600m',
  'env.java.opts.all': '-Xss2m -Dfoo="bar baz"',
  'parallelism.default': '8',
};

describe('exporters write what Flink expects', () => {
  it('config.yaml: flat keys, quotes only where needed', () => {
    expect(toConfigYaml(sample).text).toBe(
      [
        'taskmanager.memory.process.size: 4g',
        'taskmanager.numberOfTaskSlots: 4',
        'taskmanager.memory.managed.fraction: 0.4',
        'taskmanager.memory.network.max: 9223372036854775807 bytes',
        'jobmanager.memory.process.size: 1600m',
        'env.java.opts.all: -Xss2m -Dfoo="bar baz"',
        'parallelism.default: 8',
        '',
      ].join('\n'),
    );
    // Strings that YAML would turn into other types are quoted.
    expect(toConfigYaml({ a: 'yes', b: '0.10', c: '1e3', d: '', e: 'null', f: '0x10' }).text).toBe(
      'a: "yes"\nb: "0.10"\nc: "1e3"\nd: ""\ne: "null"\nf: "0x10"\n',
    );
  });

  it('flink-conf.yaml skips what its line reader cannot carry', () => {
    const r = toFlinkConf({ a: '1', b: 'x # y', c: '', d: ' padded ' });
    expect(r.text).toBe('a: 1\n');
    expect(r.skipped.map((s) => s.key)).toEqual(['b', 'c', 'd']);
  });

  it('-D flags are shell-quoted', () => {
    expect(toDynamicFlags({ a: '4g', b: "it's here" }).text).toBe("-Da=4g \\\n-D'b=it'\\''s here'\n");
  });

  it('Java uses the ConfigOption constants and typed values where valid', () => {
    const t = toJavaConfiguration(sample, { version: '2.0' }).text;
    expect(t).toContain('import org.apache.flink.configuration.TaskManagerOptions;');
    expect(t).toContain('config.set(TaskManagerOptions.TOTAL_PROCESS_MEMORY, MemorySize.parse("4g"));');
    expect(t).toContain('config.set(TaskManagerOptions.NUM_TASK_SLOTS, 4);');
    expect(t).toContain('config.set(TaskManagerOptions.MANAGED_MEMORY_FRACTION, 0.4f);');
    expect(t).toContain('config.set(JobManagerOptions.TOTAL_PROCESS_MEMORY, MemorySize.parse("1600m"));');
    expect(t).toContain('config.setString("parallelism.default", "8");');
    expect(t).toContain('config.setString("env.java.opts.all", "-Xss2m -Dfoo=\\"bar baz\\"");');
    // An invalid size is not wrapped in MemorySize.parse (it would throw at runtime).
    expect(toJavaConfiguration({ 'taskmanager.memory.process.size': 'lots' }).text).toContain(
      'config.setString("taskmanager.memory.process.size", "lots");',
    );
    expect(toJavaConfiguration({ 'state.backend.rocksdb.memory.fixed-per-slot': '128m' }, { version: '1.20' }).text).toContain(
      'import org.apache.flink.contrib.streaming.state.RocksDBOptions;',
    );
  });

  it('FlinkDeployment puts process sizes in resource.memory', () => {
    const t = toFlinkDeployment(sample, { version: '1.20' }).text;
    expect(t).toContain('kind: FlinkDeployment');
    expect(t).toContain('  flinkVersion: v1_20');
    expect(t).toContain('  taskManager:\n    resource:\n      memory: "4g"');
    expect(t).toContain('  jobManager:\n    resource:\n      memory: "1600m"');
    expect(t).not.toContain('"taskmanager.memory.process.size"');
    expect(t).toContain('    "taskmanager.numberOfTaskSlots": "4"');
  });
});

// Realistic values: printable ASCII and CJK, sizes, numbers (no lone surrogates or control chars).
const valueArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...' abcxyz019.-_=:#"\'\\/[]{},&*!%@`?|>gGkKmMbB中文'.split('')), maxLength: 24 }),
  fc.constantFrom('4g', '1728m', '0.1', '0.40', '1024', 'true', 'yes', 'null', '~', '1e3', '-1', '9223372036854775807 bytes', ''),
  fc.integer({ min: 0, max: 1 << 30 }).map((n) => `${n}${['', 'k', 'm', 'g', ' mb', 'b'][n % 6]}`),
);
const configArb = fc.dictionary(fc.constantFrom(...keys, 'parallelism.default', 'env.java.opts.all', 'a.b-c_d'), valueArb, {
  maxKeys: 12,
});

const withoutSkipped = (c: Record<string, string>, skipped: { key: string }[]): Record<string, string> => {
  const s = new Set(skipped.map((x) => x.key));
  return Object.fromEntries(Object.entries(c).filter(([k]) => !s.has(k)));
};

describe('round trip: export → parse gives the same ConfigMap', () => {
  it('config.yaml', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        expect(cfg(parseConfigYaml(toConfigYaml(c).text || '{}'))).toEqual(c);
      }),
      { numRuns: Number(process.env['FMG_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('flink-conf.yaml (minus what it cannot carry)', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const r = toFlinkConf(c);
        const expected = withoutSkipped(c, r.skipped);
        const parsed = r.text ? cfg(parseFlinkConf(r.text)) : {};
        expect(parsed).toEqual(expected);
        // Only entries the line reader really cannot carry are skipped.
        for (const s of r.skipped)
          expect(/[#\r\n]|^\s|\s$|^$|: |:$/.test(s.key) || /[#\r\n]|^\s|\s$|^$/.test(c[s.key] ?? '')).toBe(true);
      }),
      { numRuns: Number(process.env['FMG_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('-D flags', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const r = toDynamicFlags(c);
        expect(r.text ? cfg(parseDynamicProperties(r.text)) : {}).toEqual(withoutSkipped(c, r.skipped));
      }),
      { numRuns: Number(process.env['FMG_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('Java Configuration snippet', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        expect({ ...parseJavaConfiguration(toJavaConfiguration(c).text) }).toEqual(c);
      }),
      { numRuns: Number(process.env['FMG_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('FlinkDeployment (process sizes come back as the operator normalises them)', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const expected = { ...c };
        for (const k of ['taskmanager.memory.process.size', 'jobmanager.memory.process.size']) {
          const v = expected[k];
          const b = v === undefined ? undefined : flinkSizeBytes(v);
          if (b !== undefined) expected[k] = flinkSizeToString(b);
        }
        const parsed = cfg(parseFlinkDeployment(toFlinkDeployment(c, { version: '2.0' }).text));
        expect(parsed).toEqual(expected);
      }),
      { numRuns: Number(process.env['FMG_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('exportConfig dispatches to every format', () => {
    for (const f of ['config-yaml', 'flink-conf', 'dynamic', 'java', 'flink-deployment'] as const) {
      expect(exportConfig({ 'taskmanager.memory.process.size': '4g' }, f).text).toContain('4g');
    }
  });
});
