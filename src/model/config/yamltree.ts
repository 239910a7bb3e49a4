/**
 * Walks a parsed YAML document into flat Flink keys exactly as Flink 1.19+ does in
 * `GlobalConfiguration.loadYAMLResource` → `flatten(...)`: nested maps join their keys with `.`,
 * lists become one flow-style YAML string (`YamlParserUtils.toYAMLString`, e.g. `[a, b]`), and
 * scalars keep SnakeYAML's Java type, whose `toString()` is what Flink later parses.
 *
 * Bounded: depth, alias expansions and visited nodes are all capped, so alias bombs and deep
 * nesting end with a message instead of a hang.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { MAX_ALIASES, MAX_DEPTH, MAX_KEYS, MAX_KEY_CHARS, MAX_VALUE_CHARS, UNSAFE_KEYS } from './limits';
import { javaDoubleToString, javaScalarText } from './javatext';
import type { ConfigNote, ConfigParseError } from './types';
import { lineIndex, withParams } from './util';

/** How scalar values are turned into text. */
export type ScalarMode = 'java' | 'source';

interface Ctx {
  doc: Document;
  at: (index: number) => { line: number; column: number };
  mode: ScalarMode;
  out: Map<string, string>;
  notes: ConfigNote[];
  aliases: number;
  visited: number;
  error?: ConfigParseError;
}

const MAX_VISITS = MAX_KEYS * 20;
const MAX_NOTES = 200;

function pos(ctx: Ctx, node: unknown): { line?: number; column?: number } {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return {};
  return ctx.at(range[0]);
}

function note(ctx: Ctx, n: ConfigNote): void {
  if (ctx.notes.length < MAX_NOTES) ctx.notes.push(withParams(n));
}

function fail(ctx: Ctx, error: ConfigParseError): void {
  if (!ctx.error) ctx.error = error;
}

function deref(ctx: Ctx, node: unknown): unknown {
  if (isAlias(node)) {
    if (++ctx.aliases > MAX_ALIASES) {
      const p = pos(ctx, node);
      fail(ctx, {
        id: 'config.yaml.aliasLimit',
        ...p,
        params: { max: String(MAX_ALIASES), line: String(p.line ?? ''), column: String(p.column ?? '') },
      });
      return undefined;
    }
    return node.resolve(ctx.doc);
  }
  return node;
}

function keyText(ctx: Ctx, keyNode: unknown): string | undefined {
  const k = deref(ctx, keyNode);
  if (k === null || k === undefined) return 'null';
  if (isScalar(k)) return javaScalarText(k.value, k.source) ?? 'null';
  return undefined;
}

function scalarText(ctx: Ctx, node: YamlNode | unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (ctx.mode === 'source') {
    if (node.value === null) return undefined;
    return typeof node.source === 'string' ? node.source : javaScalarText(node.value, undefined);
  }
  // The yaml package's YAML 1.1 schema is a little wider than SnakeYAML's resolver ("." as a
  // float, "0:9" as an int, "y" as a boolean); SnakeYAML keeps those as strings.
  if (node.type === 'PLAIN' && typeof node.source === 'string') {
    const src = node.source;
    if (typeof node.value === 'number' && !SNAKE_FLOAT.test(src)) return src;
    if (typeof node.value === 'bigint' && !SNAKE_INT.test(src)) return src;
    if (typeof node.value === 'boolean' && !SNAKE_BOOL.test(src)) return src;
  }
  return javaScalarText(node.value, node.source);
}

/** SnakeYAML's `Resolver.INT` and `Resolver.BOOL` (YAML 1.1). */
const SNAKE_INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const SNAKE_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
/** SnakeYAML's `Resolver.FLOAT` (YAML 1.1). */
const SNAKE_FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** `toYAMLString` with FLOW style: `[a, 1, {k: v}]` (SnakeYAML quotes only where it must). */
function flow(ctx: Ctx, node: unknown, depth: number): string {
  const n = deref(ctx, node);
  if (++ctx.visited > MAX_VISITS || depth > MAX_DEPTH) {
    fail(ctx, { id: 'config.tooDeep', params: { max: String(MAX_DEPTH) } });
    return '';
  }
  if (isSeq(n)) return `[${n.items.map((i) => flow(ctx, i, depth + 1)).join(', ')}]`;
  if (isMap(n)) {
    return `{${n.items.map((p) => `${flowScalar(keyText(ctx, p.key) ?? '?')}: ${flow(ctx, p.value, depth + 1)}`).join(', ')}}`;
  }
  if (isScalar(n)) {
    const v = n.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return flowScalar(v);
    if (typeof v === 'number') return javaDoubleToString(v);
    return String(v);
  }
  return 'null';
}

/**
 * SnakeYAML's choice in flow style, simplified: plain when the text reads back as the same string
 * (no indicators, no flow punctuation, not a YAML 1.1 bool/null/number/timestamp), else quoted.
 */
export function flowScalar(s: string): string {
  const plain =
    s.length > 0 &&
    !/^\s|\s$/.test(s) &&
    !/[\u0000-\u001f,[\]{}]/.test(s) &&
    !/^[#&*!|>'"%@`]/.test(s) &&
    !/^[-?:](\s|$)/.test(s) &&
    !/: |\s#|:$/.test(s) &&
    !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(s) &&
    !/^[-+]?(?:0|[1-9][0-9_]*|0b[01_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/.test(s) &&
    !/^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s) &&
    !/^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(s) &&
    !/^\d{4}-\d\d?-\d\d?/.test(s);
  if (plain) return s;
  if (!/[\u0000-\u001f\\]/.test(s)) return `'${s.replace(/'/g, "''")}'`;
  return JSON.stringify(s);
}

function put(ctx: Ctx, key: string, value: string, node: unknown, merged?: Set<string>): void {
  const p = pos(ctx, node);
  if (key.length > MAX_KEY_CHARS) {
    fail(ctx, { id: 'config.tooLarge', ...p, params: { chars: String(key.length), max: String(MAX_KEY_CHARS) } });
    return;
  }
  if (UNSAFE_KEYS.has(key)) note(ctx, { id: 'config.unsafeKey', level: 'warn', key, ...p });
  let v = value;
  if (v.length > MAX_VALUE_CHARS) {
    v = v.slice(0, MAX_VALUE_CHARS);
    note(ctx, { id: 'config.valueTruncated', level: 'warn', key, ...p, params: { max: String(MAX_VALUE_CHARS) } });
  }
  if (merged?.delete(key)) ctx.out.delete(key);
  if (ctx.out.has(key)) note(ctx, { id: 'config.yaml.keyOverridden', level: 'warn', key, ...p });
  else if (ctx.out.size >= MAX_KEYS) {
    fail(ctx, { id: 'config.tooManyKeys', ...p, params: { max: String(MAX_KEYS) } });
    return;
  }
  ctx.out.set(key, v);
}

function walkMap(ctx: Ctx, mapNode: unknown, prefix: string, depth: number): void {
  if (ctx.error) return;
  if (depth > MAX_DEPTH) {
    const p = pos(ctx, mapNode);
    fail(ctx, { id: 'config.tooDeep', ...p, params: { max: String(MAX_DEPTH) } });
    return;
  }
  if (!isMap(mapNode)) return;
  // YAML 1.1 merge keys (SnakeYAML honours them): merged entries first, explicit ones then win.
  const merges = mapNode.items.filter((p) => isPair(p) && isScalar(p.key) && (p.key.value === '<<' || p.key.source === '<<'));
  const merged = new Set<string>();
  const seen = new Set<string>();
  if (merges.length > 0) {
    const before = new Set(ctx.out.keys());
    for (const m of merges) {
      const v = deref(ctx, m.value);
      const sources = isSeq(v) ? v.items.map((i) => deref(ctx, i)) : [v];
      for (const src of sources) if (isMap(src)) walkMap(ctx, src, prefix, depth + 1);
      if (ctx.error) return;
    }
    for (const k of ctx.out.keys()) if (!before.has(k)) merged.add(k);
  }
  for (const pair of mapNode.items) {
    if (merges.includes(pair)) continue;
    if (ctx.error) return;
    if (++ctx.visited > MAX_VISITS) {
      fail(ctx, { id: 'config.tooManyKeys', params: { max: String(MAX_KEYS) } });
      return;
    }
    if (!isPair(pair)) continue;
    const k = keyText(ctx, pair.key);
    if (ctx.error) return;
    if (k !== undefined) {
      const kn = deref(ctx, pair.key);
      const typed = `${isScalar(kn) ? typeof kn.value : 'null'}:${k}`;
      if (seen.has(typed)) {
        const p = pos(ctx, pair.key);
        fail(ctx, {
          id: 'config.yaml.duplicateKey',
          ...p,
          params: { key: k, line: String(p.line ?? ''), column: String(p.column ?? '') },
        });
        return;
      }
      seen.add(typed);
    }
    if (k === undefined) {
      note(ctx, { id: 'config.yaml.complexKey', level: 'warn', ...pos(ctx, pair.key) });
      continue;
    }
    const value = deref(ctx, pair.value);
    if (ctx.error) return;
    const fullKey = prefix + k;
    if (isMap(value)) {
      walkMap(ctx, value, `${fullKey}.`, depth + 1);
    } else if (isSeq(value)) {
      const s = flow(ctx, value, depth + 1);
      if (ctx.error) return;
      put(ctx, fullKey, s, pair.key, merged);
      note(ctx, {
        id: 'config.yaml.listStringified',
        level: 'info',
        key: fullKey,
        ...pos(ctx, pair.value),
        params: { value: s.slice(0, 120) },
      });
    } else {
      const s = scalarText(ctx, value);
      if (s === undefined) {
        note(ctx, { id: 'config.yaml.nullValue', level: 'warn', key: fullKey, ...pos(ctx, pair.key) });
        continue;
      }
      if (
        ctx.mode === 'java' &&
        isScalar(value) &&
        typeof value.value === 'bigint' &&
        /(\.size|\.min|\.max|memory)$/.test(fullKey)
      ) {
        note(ctx, { id: 'config.yaml.typedValue', level: 'warn', key: fullKey, ...pos(ctx, value), params: { value: s } });
      }
      put(ctx, fullKey, s, pair.key, merged);
    }
  }
}

/**
 * @internal yaml's types stay out of the package's declarations (yaml is bundled).
 *
 * Flattens the mapping `root` of `doc` into `out`. `mode: 'java'` gives Flink's view of
 * config.yaml; `'source'` gives the text as written (Jackson's view of a CRD `Map<String,String>`).
 */
export function flattenYaml(
  doc: Document,
  root: unknown,
  text: string,
  mode: ScalarMode,
  prefix = '',
): { out: Map<string, string>; notes: ConfigNote[]; error?: ConfigParseError } {
  const ctx: Ctx = { doc, at: lineIndex(text), mode, out: new Map(), notes: [], aliases: 0, visited: 0 };
  try {
    walkMap(ctx, root, prefix, 0);
  } catch (e) {
    // Only a pathological document can exhaust the stack here; say so rather than crash.
    fail(
      ctx,
      e instanceof RangeError
        ? { id: 'config.tooDeep', params: { max: String(MAX_DEPTH) } }
        : { id: 'config.yaml.syntax', params: { code: 'INTERNAL', line: '?', column: '?' } },
    );
  }
  return ctx.error ? { out: ctx.out, notes: ctx.notes, error: ctx.error } : { out: ctx.out, notes: ctx.notes };
}
