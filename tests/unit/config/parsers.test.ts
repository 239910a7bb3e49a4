import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  parseConfigText,
  parseConfigYaml,
  parseDynamicProperties,
  parseFlinkConf,
  parseFlinkDeployment,
  parseResourceMemoryString,
  shellWords,
} from '~/model/config';
import type { ParseResult } from '~/model/config';

function cfg(r: ParseResult): Record<string, string> {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.id}`);
  return { ...r.config };
}
const ids = (r: ParseResult): string[] => r.notes.map((n) => n.id);

describe('config.yaml (Flink 1.19+ standard YAML, SnakeYAML 1.1 types)', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'flat keys',
      'taskmanager.memory.process.size: 4g\ntaskmanager.numberOfTaskSlots: 4\n',
      { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' },
    ],
    [
      'nested keys joined with dots',
      'taskmanager:\n  memory:\n    process:\n      size: 4g\n',
      { 'taskmanager.memory.process.size': '4g' },
    ],
    ['mixed nesting', 'taskmanager.memory:\n  network.fraction: 0.15\n', { 'taskmanager.memory.network.fraction': '0.15' }],
    [
      'unquoted int stays digits (= bytes)',
      'taskmanager.memory.process.size: 1024\n',
      { 'taskmanager.memory.process.size': '1024' },
    ],
    [
      'float as Java Double.toString',
      'a: 0.1\nb: 1e3\nc: 1.0\nd: 1e-5\ne: 12345678.9\n',
      { a: '0.1', b: '1000.0', c: '1.0', d: '1.0E-5', e: '1.23456789E7' },
    ],
    ['YAML 1.1 booleans', 'a: yes\nb: off\nc: "yes"\n', { a: 'true', b: 'false', c: 'yes' }],
    ['YAML 1.1 ints: hex, octal, underscores', 'a: 0x1F\nb: 010\nc: 1_000\n', { a: '31', b: '8', c: '1000' }],
    ['quotes removed', 'a: "4g"\nb: \'2 gb\'\n', { a: '4g', b: '2 gb' }],
    ['comment after value', 'a: 4g # the size\n', { a: '4g' }],
    [
      'list → flow YAML text',
      'env.java.opts.all: [-Xss2m, "-Da=b c"]\nk: [1, 2.5, true]\n',
      { 'env.java.opts.all': '[-Xss2m, -Da=b c]', k: '[1, 2.5, true]' },
    ],
    ['big integer kept exact', 'a: 9223372036854775807\n', { a: '9223372036854775807' }],
    [
      'anchors and aliases',
      'x: &s 4g\ntaskmanager.memory.process.size: *s\n',
      { x: '4g', 'taskmanager.memory.process.size': '4g' },
    ],
    ['merge keys', 'base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  b: 3\n', { 'base.a': '1', 'base.b': '2', 'm.a': '1', 'm.b': '3' }],
    ['empty document', '# only a comment\n', {}],
    ['SnakeYAML keeps y, 0:9 and . as strings', 'a: y\nb: 0:9\nc: .\nd: 1:30\n', { a: 'y', b: '0:9', c: '.', d: '90' }],
  ])('%s', (_n, text, expected) => {
    expect(cfg(parseConfigYaml(text))).toEqual(expected);
  });

  it('warns that an unquoted number on a size key means bytes', () => {
    const r = parseConfigYaml('taskmanager.memory.process.size: 4096\n');
    expect(ids(r)).toContain('config.yaml.typedValue');
  });

  it('a null value is skipped with a note', () => {
    const r = parseConfigYaml('a:\nb: 1\n');
    expect(cfg(r)).toEqual({ b: '1' });
    expect(ids(r)).toContain('config.yaml.nullValue');
  });

  it('a key given twice through nesting: last wins, with a note', () => {
    const r = parseConfigYaml('a.b: 1\na:\n  b: 2\n');
    expect(cfg(r)).toEqual({ 'a.b': '2' });
    expect(ids(r)).toContain('config.yaml.keyOverridden');
  });

  it.each<[string, string, string, number, number]>([
    ['duplicate key (Flink forbids them)', 'a: 1\nb: 2\na: 3\n', 'config.yaml.duplicateKey', 3, 1],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', 'config.yaml.syntax', 3, 1],
    ['unclosed flow sequence', 'a: [1, 2\nb: 3\n', 'config.yaml.syntax', 2, 1],
    ['tab indentation', 'a:\n\tb: 1\n', 'config.yaml.syntax', 2, 1],
  ])('%s → %s at line/column', (_n, text, id, line, column) => {
    const r = parseConfigYaml(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.id).toBe(id);
    expect(r.error.line).toBe(line);
    expect(r.error.column).toBe(column);
  });

  it('a top-level scalar or list is not a configuration', () => {
    const r = parseConfigYaml('- a\n- b\n');
    expect(r.ok ? '' : r.error.id).toBe('config.yaml.notMapping');
  });
});

describe('flink-conf.yaml (GlobalConfiguration.loadYAMLResource ≤ 1.18)', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    [
      'plain lines',
      'taskmanager.memory.process.size: 1728m\ntaskmanager.numberOfTaskSlots: 1\n',
      { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
      [],
    ],
    ['spaces around', '  a   :   b  \n', { a: 'b' }, []],
    ['space before colon kept out of key', 'a : b\n', { a: 'b' }, []],
    ['split at the first ": "', 'a: b: c\n', { a: 'b: c' }, []],
    ['no space after colon → skipped', 'a:b\n', {}, ['config.legacy.noSeparator']],
    ['empty value → skipped', 'a: \n', {}, ['config.legacy.noSeparator']],
    ['empty key → skipped', ': v\n', {}, ['config.legacy.emptyKeyOrValue']],
    ['# anywhere is a comment', 'a: abc#def\n', { a: 'abc' }, ['config.legacy.commentInValue']],
    ['quotes are kept', 'a: "4g"\n', { a: '"4g"' }, ['config.legacy.quotedValue']],
    ['later line wins', 'a: 1\na: 2\n', { a: '2' }, ['config.yaml.keyOverridden']],
    [
      'nested YAML is not understood',
      'taskmanager:\n  memory.process.size: 4g\n',
      { 'memory.process.size': '4g' },
      ['config.legacy.noSeparator'],
    ],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n', { a: '1', b: '2' }, []],
  ])('%s', (_n, text, expected, noteIds) => {
    const r = parseFlinkConf(text);
    expect(cfg(r)).toEqual(expected);
    expect(ids(r)).toEqual(noteIds);
  });

  it('notes carry the line number', () => {
    const r = parseFlinkConf('a: 1\n\nbroken line\n');
    expect(r.notes[0]?.line).toBe(3);
  });
});

describe('-D arguments (commons-cli numberOfArgs(2), valueSeparator =)', () => {
  it.each<[string, string, Record<string, string>]>([
    ['-Dkey=value', '-Dtaskmanager.memory.process.size=4g', { 'taskmanager.memory.process.size': '4g' }],
    ['-D key=value', '-D taskmanager.memory.process.size=4g -D a=b', { 'taskmanager.memory.process.size': '4g', a: 'b' }],
    ['split at the first =', '-Da=b=c', { a: 'b=c' }],
    ['double quotes', '-Denv.java.opts="-Xss2m -Dx=1"', { 'env.java.opts': '-Xss2m -Dx=1' }],
    ['single quotes', "-D 'a=b c'", { a: 'b c' }],
    ['backslash continuation', '-Da=1 \\\n  -Db=2', { a: '1', b: '2' }],
    ['one per line', '-Da=1\n-Db=2\n', { a: '1', b: '2' }],
    ['empty value', '-Da=', { a: '' }],
    ['no = means true', '-Dfoo', { foo: 'true' }],
    ['later wins', '-Da=1 -Da=2', { a: '2' }],
    ['-yD (YARN)', '-yD a=1', { a: '1' }],
    [
      'within a flink run command',
      './bin/flink run -t yarn-per-job -Dtaskmanager.memory.process.size=4g app.jar',
      { 'taskmanager.memory.process.size': '4g' },
    ],
  ])('%s', (_n, text, expected) => {
    expect(cfg(parseDynamicProperties(text))).toEqual(expected);
  });

  it('reports ignored words and -D without =', () => {
    const r = parseDynamicProperties('flink run -Dfoo --key value');
    expect(ids(r)).toEqual([
      'config.dynamic.ignoredToken',
      'config.dynamic.ignoredToken',
      'config.dynamic.noEquals',
      'config.dynamic.ignoredToken',
      'config.dynamic.ignoredToken',
    ]);
  });

  it.each<[string, string, string, number, number]>([
    ['-D at the end', '-Da=1\n-D', 'config.dynamic.missingArgument', 2, 1],
    ['-D followed by an option', '-D -Da=1', 'config.dynamic.missingArgument', 1, 1],
    ['unclosed quote', '-Da=1\n-Db="x', 'config.dynamic.unclosedQuote', 2, 1],
  ])('%s → %s', (_n, text, id, line, column) => {
    const r = parseDynamicProperties(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ id, line, column });
  });

  it('shellWords handles escapes', () => {
    const w = shellWords(String.raw`a\ b "c\"d" 'e\f'`);
    expect('words' in w && w.words.map((x) => x.text)).toEqual(['a b', 'c"d', 'e\\f']);
  });
});

describe('Kubernetes quantities → process size (FlinkConfigBuilder.parseResourceMemoryString)', () => {
  it.each<[string, string]>([
    ['2g', '2 gb'], // Flink size first
    ['2G', '2 gb'], // Flink: G = GiB, not 10^9
    ['2048m', '2 gb'], // Flink m = MiB (not Kubernetes milli)
    ['1500m', '1500 mb'],
    ['2Gi', '2147483648'],
    ['2gi', '2147483648'],
    ['2GiB', '2147483648'],
    ['1500Mi', '1572864000'],
    [' 4 Gi ', '4294967296'],
    ['2Ki', '2048'],
    ['0.5Gi', '536870912.0'], // BigDecimal keeps the scale
    ['.5Gi', '536870912.0'],
    ['1.5G', '1500000000.0'], // decimal G once Flink fails
    ['1e3', '1000'],
    ['1024', '1 kb'],
    ['1t', '1099511627776 bytes'],
  ])('%s → %s', (input, out) => {
    const r = parseResourceMemoryString(input);
    expect(r.ok && r.value).toBe(out);
  });

  it.each(['abc', '2X', '2.5K', ''])('%s is refused', (input) => {
    expect(parseResourceMemoryString(input).ok).toBe(false);
  });
});

describe('FlinkDeployment', () => {
  const dep = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: basic
spec:
  image: flink:1.20
  flinkVersion: v1_20
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
    taskmanager.memory.managed.fraction: 0.30
    taskmanager.memory.process.size: 1g
  jobManager:
    resource:
      memory: "2048m"
      cpu: 1
  taskManager:
    resource:
      memory: 4Gi
      cpu: 1
`;
  it('maps resource memory to *.memory.process.size and keeps flinkConfiguration text as written', () => {
    const r = parseFlinkDeployment(dep);
    expect(cfg(r)).toEqual({
      'taskmanager.numberOfTaskSlots': '2',
      'taskmanager.memory.managed.fraction': '0.30',
      'taskmanager.memory.process.size': '4294967296',
      'jobmanager.memory.process.size': '2 gb',
    });
    expect(ids(r)).toContain('config.k8s.resourceMemoryOverrides');
  });

  it('warns about decimal units and fractional bytes', () => {
    const r = parseFlinkDeployment('kind: FlinkDeployment\nspec:\n  taskManager:\n    resource:\n      memory: 1.5G\n');
    expect(cfg(r)).toEqual({ 'taskmanager.memory.process.size': '1500000000.0' });
    expect(ids(r)).toEqual(expect.arrayContaining(['config.k8s.decimalUnit', 'config.k8s.fractionalBytes']));
  });

  it('finds the FlinkDeployment among several documents', () => {
    const r = parseFlinkDeployment(`apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n---\n${dep}`);
    expect(cfg(r)['jobmanager.memory.process.size']).toBe('2 gb');
  });

  it('resources.requests.memory (newer operators) wins over resource.memory', () => {
    const r = parseFlinkDeployment(
      'kind: FlinkDeployment\nspec:\n  taskManager:\n    resource:\n      memory: 2g\n    resources:\n      requests:\n        memory: 3Gi\n      limits:\n        memory: 4Gi\n',
    );
    expect(cfg(r)).toEqual({ 'taskmanager.memory.process.size': '3221225472' });
    expect(r.notes.find((n) => n.id === 'config.k8s.resourceMemory')?.params?.['path']).toBe(
      'taskManager.resources.requests.memory',
    );
  });

  it('a bad memory value is reported, not applied', () => {
    const r = parseFlinkDeployment('kind: FlinkDeployment\nspec:\n  jobManager:\n    resource:\n      memory: lots\n');
    expect(cfg(r)).toEqual({});
    expect(ids(r)).toContain('config.k8s.badMemory');
  });
});

describe('detectFormat / parseConfigText', () => {
  it.each<[string, string, string | undefined]>([
    ['kind: FlinkDeployment\nspec: {}\n', 'flink-deployment', undefined],
    ['-Da=1 -Db=2', 'dynamic', undefined],
    ['flink run -D a=1 job.jar', 'dynamic', undefined],
    ['a: 1\nb:\n  c: 2\n', 'config-yaml', undefined],
    ['taskmanager.memory.process.size: 4g\n', 'config-yaml', undefined],
    ['taskmanager.memory.process.size: 4g\n', 'flink-conf', '1.18'],
    ['taskmanager.memory.process.size: 4g\n', 'config-yaml', '1.19'],
    ['hello world', 'unknown', undefined],
  ])('%j → %s', (text, format, version) => {
    expect(detectFormat(text, version as never)).toBe(format);
  });

  it('folds a nested map option the way Flink reads prefixed keys', () => {
    const r = parseConfigText('taskmanager.memory.managed.consumer-weights:\n  OPERATOR: 60\n  STATE_BACKEND: 40\nx: 1\n');
    expect(cfg(r)).toEqual({ x: '1', 'taskmanager.memory.managed.consumer-weights': 'OPERATOR:60,STATE_BACKEND:40' });
    expect(ids(r)).toContain('config.mapFolded');
    // The key itself wins over prefixed keys.
    const r2 = parseConfigText(
      '-Dtaskmanager.memory.managed.consumer-weights=PYTHON:5 -Dtaskmanager.memory.managed.consumer-weights.OPERATOR=1',
    );
    expect(cfg(r2)['taskmanager.memory.managed.consumer-weights']).toBe('PYTHON:5');
  });

  it('a flat file read as config.yaml says where flink-conf.yaml would differ', () => {
    const r = parseConfigText('a: "4g"\nb: x#y\nc: 1\n');
    expect(cfg(r)).toEqual({ a: '4g', b: 'x#y', c: '1' });
    expect(r.notes.filter((n) => n.id === 'config.yaml.legacyDiffers').map((n) => [n.key, n.params?.['legacy']])).toEqual([
      ['a', '"4g"'],
      ['b', 'x'],
    ]);
    expect(parseConfigText('a: "4g"\n', { version: '2.0' }).notes).toEqual([]);
    expect(parseConfigText('a: "4g"\n', 'config-yaml').notes).toEqual([]);
  });

  it('parses with a hint and reports an unknown format', () => {
    expect(cfg(parseConfigText('a: "x"\n', 'flink-conf'))).toEqual({ a: '"x"' });
    expect(cfg(parseConfigText('a: "x"\n'))).toEqual({ a: 'x' });
    const r = parseConfigText('just words');
    expect(r.ok ? '' : r.error.id).toBe('config.unknownFormat');
  });
});
