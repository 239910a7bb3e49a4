/**
 * A Flink Kubernetes Operator `FlinkDeployment`. The operator builds the effective configuration
 * in `FlinkConfigBuilder.buildFrom`: first `applyFlinkConfiguration` copies
 * `spec.flinkConfiguration` (`Map<String, String>`, so every value is the text as written) with
 * `setString`, later `applyJobManagerSpec` / `applyTaskManagerSpec` call `setResource`, which sets
 * `jobmanager.memory.process.size` / `taskmanager.memory.process.size` from
 * `spec.{jobManager,taskManager}.resource.memory` through `parseResourceMemoryString` — so the
 * resource memory wins over the same key in `flinkConfiguration`. Newer operators also accept
 * Kubernetes-style `resources.requests.memory`, which takes precedence over `resource`.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { YAML_OPTIONS, yamlErrorId } from './configyaml';
import { parseResourceMemoryString } from './quantity';
import type { ConfigFormat, ConfigNote, ConfigParseError, DetectedContext, ParseResult } from './types';
import { FLINK_VERSIONS, type FlinkVersion } from '../types';
import { flowDepthAt, freezeConfig, lineColumn, screenText, withParams } from './util';
import { MAX_DEPTH } from './limits';
import { flattenYaml } from './yamltree';

const MAX_DOCUMENTS = 50;

/** The process-size key each resource block maps to. */
export const RESOURCE_MEMORY_KEYS = {
  jobManager: 'jobmanager.memory.process.size',
  taskManager: 'taskmanager.memory.process.size',
} as const;

function get(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  for (const p of node.items) {
    if (isScalar(p.key) && p.key.value === key) return p.value;
  }
  return undefined;
}

function kindOf(doc: Document): string | undefined {
  const k = get(doc.contents, 'kind');
  return isScalar(k) && typeof k.value === 'string' ? k.value : undefined;
}

/** Parses a `FlinkDeployment` (possibly among other documents) into the operator's flat config. */
export function parseFlinkDeployment(text: string): ParseResult {
  const format: ConfigFormat = 'flink-deployment';
  const screened = screenText(text);
  if (screened) return { ok: false, format, error: screened, notes: [] };
  const deep = flowDepthAt(text, MAX_DEPTH);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return {
      ok: false,
      format,
      error: {
        id: 'config.tooDeep',
        line,
        column,
        params: { max: String(MAX_DEPTH), line: String(line), column: String(column) },
      },
      notes: [],
    };
  }
  let docs: Document[];
  try {
    const all = parseAllDocuments(text, YAML_OPTIONS);
    docs = Array.isArray(all) ? all.slice(0, MAX_DOCUMENTS) : [];
  } catch (e) {
    return {
      ok: false,
      format,
      error: {
        id: e instanceof RangeError ? 'config.tooDeep' : 'config.yaml.syntax',
        params: { code: 'PARSER', line: '?', column: '?', max: String(MAX_DEPTH) },
      },
      notes: [],
    };
  }
  const doc = docs.find((d) => kindOf(d) === 'FlinkDeployment') ?? (docs.length === 1 ? docs[0] : undefined);
  if (!doc) return { ok: false, format, error: { id: 'config.k8s.notDeployment', params: {} }, notes: [] };
  const err = doc.errors[0];
  if (err) {
    const lp = err.linePos?.[0];
    const error: ConfigParseError = {
      id: yamlErrorId(err.code, err.message),
      params: { code: err.code, line: String(lp?.line ?? '?'), column: String(lp?.col ?? '?') },
    };
    if (lp) {
      error.line = lp.line;
      error.column = lp.col;
    }
    return { ok: false, format, error, notes: [] };
  }
  const spec = get(doc.contents, 'spec');
  if (kindOf(doc) !== 'FlinkDeployment' && !isMap(spec)) {
    return { ok: false, format, error: { id: 'config.k8s.notDeployment', params: {} }, notes: [] };
  }
  const notes: ConfigNote[] = [];
  const out = new Map<string, string>();
  const fc = get(spec, 'flinkConfiguration');
  if (isMap(fc)) {
    if (fc.items.some((p) => isMap(p.value))) notes.push({ id: 'config.k8s.nested', level: 'info' });
    const flat = flattenYaml(doc, fc, text, 'source');
    notes.push(...flat.notes);
    if (flat.error) return { ok: false, format, error: flat.error, notes };
    for (const [k, v] of flat.out) out.set(k, v);
  }
  for (const part of ['jobManager', 'taskManager'] as const) {
    // Newer operators read `resources` (Kubernetes ResourceRequirements) first and fall back to
    // the older `resource` (FlinkConfigBuilder.applyTaskManagerSpec / applyJobManagerSpec).
    const resources = get(get(spec, part), 'resources');
    const viaRequests = isMap(resources);
    const memNode = viaRequests ? get(get(resources, 'requests'), 'memory') : get(get(get(spec, part), 'resource'), 'memory');
    const path = viaRequests ? `${part}.resources.requests.memory` : `${part}.resource.memory`;
    if (!isScalar(memNode) || memNode.value === null) continue;
    const raw = typeof memNode.source === 'string' ? memNode.source : String(memNode.value);
    const key = RESOURCE_MEMORY_KEYS[part];
    const where = memNode.range ? lineColumn(text, memNode.range[0]) : {};
    const conv = parseResourceMemoryString(raw);
    if (!conv.ok) {
      notes.push({ id: 'config.k8s.badMemory', level: 'warn', key, ...where, params: { path, value: raw, reason: conv.reason } });
      continue;
    }
    const previous = out.get(key);
    if (previous !== undefined && previous !== conv.value) {
      notes.push({
        id: 'config.k8s.resourceMemoryOverrides',
        level: 'warn',
        key,
        ...where,
        params: { path, key, value: conv.value, previous },
      });
    }
    out.delete(key);
    out.set(key, conv.value);
    notes.push({
      id: 'config.k8s.resourceMemory',
      level: 'info',
      key,
      ...where,
      params: { path, key, raw, value: conv.value, via: conv.via },
    });
    if (conv.via === 'quantity' && conv.decimal) {
      notes.push({ id: 'config.k8s.decimalUnit', level: 'warn', key, ...where, params: { path, raw, value: conv.value } });
    }
    if (conv.value.includes('.') || conv.value.includes('E')) {
      notes.push({ id: 'config.k8s.fractionalBytes', level: 'warn', key, ...where, params: { path, raw, value: conv.value } });
    }
  }
  if (isSeq(fc)) notes.push({ id: 'config.k8s.nested', level: 'warn' });
  // The operator runs Flink on native Kubernetes: the active resource manager, `mode=active`.
  const detected: DetectedContext = { mode: 'active' };
  const fv = get(spec, 'flinkVersion');
  if (isScalar(fv) && fv.value !== null) {
    const raw = String(fv.value);
    const version = flinkVersionOf(raw);
    if (version) {
      detected.version = version;
      notes.push({ id: 'config.k8s.version', level: 'info', params: { raw, version } });
    } else notes.push({ id: 'config.k8s.unknownVersion', level: 'warn', params: { raw } });
  }
  return { ok: true, format, config: freezeConfig(out), notes: notes.map(withParams), detected };
}

/**
 * The minor of the operator's `FlinkVersion` enum constant (`v1_20`, also written `1.20`), if the
 * model knows it; `v1_20_1`-style patch suffixes do not exist in the enum but are read leniently.
 */
export function flinkVersionOf(raw: string): FlinkVersion | undefined {
  const m = /^\s*v?(\d+)[._](\d+)(?:[._]\d+)?\s*$/i.exec(raw);
  if (!m) return undefined;
  const v = `${Number(m[1])}.${Number(m[2])}`;
  return (FLINK_VERSIONS as readonly string[]).includes(v) ? (v as FlinkVersion) : undefined;
}
