/**
 * The calculators' import (kit/importexport.ts): what a pasted configuration puts into a form —
 * every option the calculator reads, the state backend included, sizes as readers write them,
 * a FlinkDeployment's version and mode — and how it merges into the form (`mergeImported`).
 */
import { describe, expect, it } from 'vitest';
import { compactSize, importConfig, mergeImported } from '~/components/calculators/kit/importexport';
import { fieldsFor } from '~/components/calculators/kit/fields';
import { CALCULATORS, type CalculatorName } from '~/components/calculators/registry';
import { parseConfigText } from '~/model/config';
import { flinkVersionOf } from '~/model/config/k8s';

const keysOf = (name: CalculatorName) => fieldsFor(name, 'en').map((f) => f.key);
const run = (name: CalculatorName, text: string, v: '1.20' | '2.0' | '1.15' = '1.20', lang: 'en' | 'zh' = 'en') =>
  importConfig(text, { lang, v, allowedKeys: keysOf(name), kind: name });

const DEPLOYMENT = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "4"
    state.backend.type: rocksdb
  jobManager:
    resource:
      memory: "2048m"
      cpu: 1
  taskManager:
    resource:
      memory: "2g"
      cpu: 2
`;

describe('the state backend survives an import', () => {
  it.each([
    ['flink-conf.yaml, state.backend.type', 'taskmanager.memory.process.size: 4g\nstate.backend.type: rocksdb\n'],
    [
      'config.yaml, state.backend.type',
      'taskmanager:\n  memory:\n    process:\n      size: 4g\nstate:\n  backend:\n    type: rocksdb\n',
    ],
    ['the older state.backend', 'taskmanager.memory.process.size: 4g\nstate.backend: rocksdb\n'],
    ['-D flags', '-Dtaskmanager.memory.process.size=4g -Dstate.backend.type=rocksdb'],
  ])('%s → the RocksDB calculator gets state.backend.type: rocksdb', (_what, text) => {
    const r = run('rocksdb', text);
    expect(r.ok).toBe(true);
    expect(r.config['state.backend.type']).toBe('rocksdb');
    expect(r.config['taskmanager.memory.process.size']).toBe('4g');
    expect(r.ignored.map((i) => i.key)).not.toContain('state.backend.type');
  });

  it('state.backend is not used when state.backend.type is set too, and says so (en, zh)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const r = run('rocksdb', 'state.backend.type: hashmap\nstate.backend: rocksdb\n', '1.20', lang);
      expect(r.config['state.backend.type']).toBe('hashmap');
      const i = r.ignored.find((x) => x.key === 'state.backend');
      expect(i?.reason).toContain('state.backend.type');
      expect(i?.reason).not.toMatch(/\{\w+\}/);
    }
  });

  it('the TaskManager calculator has no state backend input, so it lists the key as not used', () => {
    const r = run('taskmanager', 'taskmanager.memory.process.size: 4g\nstate.backend.type: rocksdb\n');
    expect(r.config).toEqual({ 'taskmanager.memory.process.size': '4g' });
    expect(r.ignored.map((i) => i.key)).toEqual(['state.backend.type']);
  });
});

describe('a FlinkDeployment sets version and mode', () => {
  it('flinkVersion v1_20 → 1.20 and Kubernetes (active); memory as 2048m, never "2 gb"', () => {
    const r = run('taskmanager', DEPLOYMENT, '2.0');
    expect(r.ok).toBe(true);
    expect(r.detected).toEqual({ version: '1.20', mode: 'active' });
    expect(r.config['taskmanager.memory.process.size']).toBe('2048m');
    expect(r.config['taskmanager.numberOfTaskSlots']).toBe('4');
    expect(r.notes.join('\n')).toContain('1.20');
  });

  it('the JobManager calculator reads the jobManager block', () => {
    const r = run('jobmanager', DEPLOYMENT, '2.0');
    expect(r.config['jobmanager.memory.process.size']).toBe('2048m');
    expect(r.detected?.version).toBe('1.20');
  });

  it('an unknown flinkVersion leaves the version alone and says why', () => {
    const r = run('taskmanager', DEPLOYMENT.replace('v1_20', 'v1_8'));
    expect(r.detected?.version).toBeUndefined();
    expect(r.detected?.mode).toBe('active');
    expect(r.notes.join('\n')).toContain('v1_8');
  });

  it.each([
    ['v1_20', '1.20'],
    ['v2_0', '2.0'],
    ['1.19', '1.19'],
    ['v1_17', '1.17'],
    ['V1_10', '1.10'],
    ['v1_8', undefined],
    ['v3_0', undefined],
    ['latest', undefined],
    ['', undefined],
  ])('flinkVersionOf(%j) = %j', (raw, v) => {
    expect(flinkVersionOf(raw)).toBe(v);
  });
});

describe('sizes as readers write them', () => {
  it.each([
    ['2 gb', '2048m'],
    ['1728 mb', '1728m'],
    ['1536 kb', '1536k'],
    ['1000 bytes', '1000b'],
    ['4g', '4g'],
    ['4096m', '4096m'],
    ['not a size', 'not a size'],
  ])('%j → %j', (raw, out) => {
    expect(compactSize(raw)).toBe(out);
  });

  it('a flink-conf.yaml size keeps its own spelling', () => {
    expect(run('taskmanager', 'taskmanager.memory.process.size: 4g\n').config['taskmanager.memory.process.size']).toBe('4g');
  });
});

describe('a -D list pasted with its log prefix', () => {
  const LINE =
    'dynamic_configs: -D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586440b -D taskmanager.memory.process.size=1728m';
  it('is read as -D arguments, the prefix noted and skipped', () => {
    const p = parseConfigText(LINE);
    expect(p.ok && p.format).toBe('dynamic');
    const r = run('taskmanager', LINE);
    expect(r.config['taskmanager.memory.process.size']).toBe('1728m');
    expect(r.config['taskmanager.memory.network.max']).toBe('139586440b');
  });
  it('a YAML file whose value merely starts with -D stays YAML', () => {
    const p = parseConfigText('env.java.opts.taskmanager: -Dfoo=bar\ntaskmanager.memory.process.size: 4g\n');
    expect(p.ok && p.format).not.toBe('dynamic');
  });
});

describe('mergeImported', () => {
  it('keeps the form where the file is silent', () => {
    expect(
      mergeImported({ 'taskmanager.numberOfTaskSlots': '2', 'state.backend.type': 'rocksdb' }, { 'taskmanager.cpu.cores': '4' }),
    ).toEqual({
      'taskmanager.numberOfTaskSlots': '2',
      'state.backend.type': 'rocksdb',
      'taskmanager.cpu.cores': '4',
    });
  });
  it("the file's own sizing replaces the form's (no process size beside an imported Flink size)", () => {
    expect(
      mergeImported(
        { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
        { 'taskmanager.memory.flink.size': '4g' },
      ),
    ).toEqual({ 'taskmanager.numberOfTaskSlots': '1', 'taskmanager.memory.flink.size': '4g' });
  });
  it('the file wins on a key both set', () => {
    expect(mergeImported({ 'taskmanager.numberOfTaskSlots': '1' }, { 'taskmanager.numberOfTaskSlots': '8' })).toEqual({
      'taskmanager.numberOfTaskSlots': '8',
    });
  });
});

describe('every calculator', () => {
  it.each(CALCULATORS.map((c) => c.name))('%s keeps every option of its own form from a full file', (name) => {
    const fields = fieldsFor(name, 'en').filter((f) => f.removedIn === undefined && f.since <= '1.20');
    // One line per field, with a value of the field's type that Flink accepts.
    const value = (t: string, values?: readonly string[]) =>
      values?.[0] ??
      ({ memory: '64m', int: '2', float: '0.1', boolean: 'true', duration: '10 s' } as Record<string, string>)[t] ??
      'x';
    const text = fields.map((f) => `${f.key}: ${value(f.type, f.values)}`).join('\n');
    const r = run(name, text);
    expect(r.ok).toBe(true);
    for (const f of fields) expect(Object.keys(r.config), f.key).toContain(f.key);
  });
});
