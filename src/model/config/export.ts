/**
 * Exporters: a ConfigMap (only explicitly set keys) as `config.yaml`, legacy `flink-conf.yaml`,
 * `-D` flags, a Java `Configuration` snippet and a `FlinkDeployment`. Each parser reads its
 * exporter's output back to the same map; entries a format cannot carry are listed in `skipped`
 * instead of being written wrongly.
 */
import type { ConfigMap, FlinkVersion } from '../types';
import { atLeast } from '../version';
import { javaDoubleToString } from './javatext';
import { JAVA_CONSTANTS, javaImport, type JavaConstant } from './javaconstants';
import { RESOURCE_MEMORY_KEYS } from './k8s';
import { flinkSizeBytes } from './quantity';
import { flowScalar } from './yamltree';
import { emptyConfig, freezeConfig } from './util';

export const EXPORT_FORMATS = ['config-yaml', 'flink-conf', 'dynamic', 'java', 'flink-deployment'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type SkipReason = 'emptyValue' | 'emptyKey' | 'notRepresentable';

export interface ExportResult {
  text: string;
  /** Entries the format cannot express (the text omits them). */
  skipped: { key: string; reason: SkipReason }[];
}

export interface ExportOptions {
  /** Used for the Java imports and `spec.flinkVersion` / `image` of a FlinkDeployment. */
  version?: FlinkVersion;
  /** `metadata.name` of a FlinkDeployment. Default `flink-memory-guide`. */
  name?: string;
}

const entries = (c: ConfigMap): [string, string][] =>
  Object.keys(c).flatMap((k) => {
    const v = c[k];
    return typeof v === 'string' ? [[k, v] as [string, string]] : [];
  });

/** A YAML scalar that reads back (through SnakeYAML's 1.1 types and Java's toString) as `s`. */
export function yamlScalar(s: string): string {
  if (flowScalar(s) === s) return s;
  if (/^-?(?:0|[1-9][0-9]*)$/.test(s) && s !== '-0') return s; // Integer/Long/BigInteger toString
  if (/^-?[0-9]+\.[0-9]+(?:E-?[0-9]+)?$/.test(s) && javaDoubleToString(Number(s)) === s) return s; // Double toString
  if (s === 'true' || s === 'false') return s;
  return JSON.stringify(s);
}

/** `config.yaml` with flat keys (Flink 1.19+ reads flat and nested keys alike). */
export function toConfigYaml(config: ConfigMap): ExportResult {
  const lines: string[] = [];
  for (const [k, v] of entries(config)) lines.push(`${yamlKey(k)}: ${yamlScalar(v)}`);
  return { text: lines.length ? `${lines.join('\n')}\n` : '', skipped: [] };
}

function yamlKey(k: string): string {
  return flowScalar(k) === k || /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(k) ? k : JSON.stringify(k);
}

/** Legacy `flink-conf.yaml` lines; values the line reader cannot carry are skipped. */
export function toFlinkConf(config: ConfigMap): ExportResult {
  const lines: string[] = [];
  const skipped: ExportResult['skipped'] = [];
  for (const [k, v] of entries(config)) {
    if (k.trim() === '' || k !== k.trim()) skipped.push({ key: k, reason: 'emptyKey' });
    else if (v.trim() === '') skipped.push({ key: k, reason: 'emptyValue' });
    else if (
      /[#\r\n]/.test(k + v) ||
      k.includes(': ') ||
      k.endsWith(':') ||
      v !== v.trim() ||
      /[\u0000-\u0020]/.test(k.charAt(k.length - 1))
    ) {
      skipped.push({ key: k, reason: 'notRepresentable' });
    } else lines.push(`${k}: ${v}`);
  }
  return { text: lines.length ? `${lines.join('\n')}\n` : '', skipped };
}

/** One shell word, single-quoted when it has anything a shell would interpret. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_.,:/@%+=-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `-Dkey=value` flags, shell-quoted, one per line with `\` continuations. */
export function toDynamicFlags(config: ConfigMap): ExportResult {
  const flags: string[] = [];
  const skipped: ExportResult['skipped'] = [];
  for (const [k, v] of entries(config)) {
    if (k === '') skipped.push({ key: k, reason: 'emptyKey' });
    else if (k.includes('=')) skipped.push({ key: k, reason: 'notRepresentable' });
    else flags.push(`-D${shellQuote(`${k}=${v}`)}`);
  }
  return { text: flags.length ? `${flags.join(' \\\n')}\n` : '', skipped };
}

function javaString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function javaLiteral(kind: JavaConstant['kind'], v: string): string | undefined {
  switch (kind) {
    case 'memory':
      return flinkSizeBytes(v) !== undefined ? `MemorySize.parse(${javaString(v)})` : undefined;
    case 'float':
      return /^[0-9]+\.[0-9]+$/.test(v) ? `${v}f` : undefined;
    case 'double':
      return /^[0-9]+\.[0-9]+$/.test(v) ? v : undefined;
    case 'int':
      return /^-?[0-9]{1,9}$/.test(v) && !/^-?0[0-9]/.test(v) ? v : undefined;
    case 'boolean':
      return v === 'true' || v === 'false' ? v : undefined;
  }
}

/**
 * A Java snippet: typed `config.set(Options.CONSTANT, value)` where the key has a known constant
 * and the value is valid for its type, `config.setString(key, value)` otherwise.
 */
export function toJavaConfiguration(config: ConfigMap, opts: ExportOptions = {}): ExportResult {
  const body: string[] = [];
  const classes = new Set<JavaConstant['cls'] | 'MemorySize'>();
  for (const [k, v] of entries(config)) {
    const c = JAVA_CONSTANTS[k];
    const lit = c ? javaLiteral(c.kind, v) : undefined;
    if (c && lit !== undefined) {
      classes.add(c.cls);
      if (c.kind === 'memory') classes.add('MemorySize');
      body.push(`config.set(${c.cls}.${c.name}, ${lit});`);
    } else {
      body.push(`config.setString(${javaString(k)}, ${javaString(v)});`);
    }
  }
  const imports = ['Configuration' as const, ...[...classes].sort()].map((c) => javaImport(c, opts.version));
  const text = `${imports.join('\n')}\n\nConfiguration config = new Configuration();\n${body.join('\n')}${body.length ? '\n' : ''}`;
  return { text, skipped: [] };
}

/** Operator `FlinkVersion` enum name for a minor (`v1_20`, `v2_0`); the operator starts at 1.13. */
function operatorFlinkVersion(v: FlinkVersion): string | undefined {
  return atLeast(v, '1.13') ? `v${v.replace('.', '_')}` : undefined;
}

/**
 * A `FlinkDeployment`: JM/TM process sizes that are Flink sizes go to `resource.memory` (the
 * operator's place for them; it sets `*.memory.process.size` from there), everything else to
 * `flinkConfiguration` as quoted strings (the CRD's `Map<String, String>`).
 */
export function toFlinkDeployment(config: ConfigMap, opts: ExportOptions = {}): ExportResult {
  const rest: [string, string][] = [];
  const resource: Partial<Record<'jobManager' | 'taskManager', string>> = {};
  for (const [k, v] of entries(config)) {
    const part =
      k === RESOURCE_MEMORY_KEYS.jobManager ? 'jobManager' : k === RESOURCE_MEMORY_KEYS.taskManager ? 'taskManager' : undefined;
    if (part && flinkSizeBytes(v) !== undefined) resource[part] = v;
    else rest.push([k, v]);
  }
  const name = opts.name && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.name) ? opts.name : 'flink-memory-guide';
  const lines = ['apiVersion: flink.apache.org/v1beta1', 'kind: FlinkDeployment', 'metadata:', `  name: ${name}`, 'spec:'];
  const ov = opts.version !== undefined ? operatorFlinkVersion(opts.version) : undefined;
  if (opts.version !== undefined && ov) {
    // Both follow the chosen Flink version; the operator must know it and the registry must have the image.
    lines.push(`  image: flink:${opts.version}  # an image of this Flink version`, `  flinkVersion: ${ov}`);
  }
  if (rest.length) {
    lines.push('  flinkConfiguration:');
    for (const [k, v] of rest) lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  }
  for (const part of ['jobManager', 'taskManager'] as const) {
    const mem = resource[part];
    if (mem === undefined) continue;
    lines.push(`  ${part}:`, '    resource:', `      memory: ${JSON.stringify(mem)}`, '      cpu: 1');
  }
  return { text: `${lines.join('\n')}\n`, skipped: [] };
}

/** Any export format. */
export function exportConfig(config: ConfigMap, format: ExportFormat, opts: ExportOptions = {}): ExportResult {
  switch (format) {
    case 'config-yaml':
      return toConfigYaml(config);
    case 'flink-conf':
      return toFlinkConf(config);
    case 'dynamic':
      return toDynamicFlags(config);
    case 'java':
      return toJavaConfiguration(config, opts);
    case 'flink-deployment':
      return toFlinkDeployment(config, opts);
  }
}

/**
 * Reads back a Java snippet in the shape `toJavaConfiguration` writes (`setString` and typed
 * `set` with the constants above) — for round-trip checks and pasted snippets of that shape.
 */
export function parseJavaConfiguration(text: string): ConfigMap {
  const byConst = new Map(
    Object.keys(JAVA_CONSTANTS).map((k) => {
      const c = JAVA_CONSTANTS[k];
      return [c ? `${c.cls}.${c.name}` : '', k] as const;
    }),
  );
  const out = emptyConfig();
  const str = String.raw`"((?:[^"\\]|\\.)*)"`;
  const re = new RegExp(
    String.raw`config\.(?:setString\(${str},\s*${str}\)|set\((\w+\.\w+),\s*(?:MemorySize\.parse\(${str}\)|([^)]*?))\));`,
    'g',
  );
  for (const m of text.slice(0, 1_000_000).matchAll(re)) {
    if (m[1] !== undefined && m[2] !== undefined) out[unJava(m[1])] = unJava(m[2]);
    else if (m[3] !== undefined) {
      const key = byConst.get(m[3]);
      if (key === undefined) continue;
      const v = m[4] !== undefined ? unJava(m[4]) : (m[5] ?? '').trim().replace(/f$/, '');
      out[key] = v;
    }
  }
  return freezeConfig(Object.entries(out));
}

function unJava(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
  });
}
