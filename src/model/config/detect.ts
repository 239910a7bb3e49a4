/** Which format a pasted text is in, and one entry point that parses any of them. */
import type { ConfigMap, FlinkVersion } from '../types';
import { OPTIONS } from '../options';
import { parseConfigYaml } from './configyaml';
import { parseDynamicProperties } from './dynamic';
import { parseFlinkDeployment } from './k8s';
import { parseFlinkConf } from './legacy';
import { CONFIG_FORMATS, type ConfigFormat, type ConfigNote, type ParseResult } from './types';
import { freezeConfig, screenText, withParams } from './util';

/** Versions that read `config.yaml` (standard YAML); older ones read only `flink-conf.yaml`. */
const LEGACY_ONLY = new Set<string>(['1.10', '1.11', '1.12', '1.13', '1.14', '1.15', '1.16', '1.17', '1.18']);

/**
 * A JSON object (`{"taskmanager.memory.process.size":"4g"}`, compact or not) — what tools emit and
 * readers paste — or any text starting with `{`. JSON is YAML (a flow mapping), so it is read as
 * `config.yaml` for every version: no `flink-conf.yaml` line starts with `{`, its line reader
 * would turn `"key": "v"` into quoted garbage, and a broken one gets the YAML parser's position.
 */
export function isJsonObject(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * Guesses the format: a `FlinkDeployment` by its `kind`/`apiVersion`; a JSON object as
 * `config.yaml` (see `isJsonObject`); `-D` arguments when the
 * words start with `-D` and no line reads `key: value` (a `prefix: -D …` log line is -D arguments
 * after its prefix); otherwise YAML — `flink-conf.yaml` for
 * versions before 1.19 (they have no other file), `config.yaml` from 1.19 on.
 */
export function detectFormat(text: string, version?: FlinkVersion): ConfigFormat | 'unknown' {
  if (typeof text !== 'string' || screenText(text)) return 'unknown';
  const head = text.slice(0, 200_000);
  if (/^\s*kind:\s*["']?FlinkDeployment\b/m.test(head) || /^\s*apiVersion:\s*["']?flink\.apache\.org\//m.test(head)) {
    return 'flink-deployment';
  }
  if (isJsonObject(text)) return /"kind"\s*:\s*"FlinkDeployment"/.test(head) ? 'flink-deployment' : 'config-yaml';
  const meaningful = head.split(/\r\n|\r|\n/).filter((l) => l.trim().length > 0 && !l.trim().startsWith('#'));
  // `dynamic_configs: -D a=b -D c=d` (a log line's prefix before a -D list) is not a YAML entry.
  const yamlish = meaningful.some(
    (l) => /^\s*[^\s:#-][^:#]*:(\s|$)/.test(l) && !/^\s*-/.test(l) && !/^[^:#]*:\s+-y?D\s*\S+=/.test(l),
  );
  const dashD = /(^|\s)-y?D\s*\S/.test(head);
  if (dashD && !yamlish) return 'dynamic';
  if (meaningful.length === 0) return 'unknown';
  if (version !== undefined && LEGACY_ONLY.has(version)) return 'flink-conf';
  return yamlish ? 'config-yaml' : 'unknown';
}

/** Versions that read `config.yaml` but still fall back to a legacy `flink-conf.yaml`. */
const BOTH_FILES = new Set<string>(['1.19', '1.20']);

/**
 * A flat file read as `config.yaml` could also be someone's `flink-conf.yaml`; where Flink's
 * legacy line reader would read a key differently (quotes kept, `#` inside a value, `key:value`),
 * say so, so the reader can pick the right format.
 */
function legacyDifferences(text: string, yamlConfig: ConfigMap): ConfigNote[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.some((l) => /^\s+\S/.test(l) && !/^\s+#/.test(l))) return [];
  const legacy = parseFlinkConf(text);
  if (!legacy.ok) return [];
  const notes: ConfigNote[] = [];
  const keys = new Set([...Object.keys(yamlConfig), ...Object.keys(legacy.config)]);
  for (const key of keys) {
    const y = yamlConfig[key];
    const l = legacy.config[key];
    if (y === l) continue;
    notes.push(withParams({ id: 'config.yaml.legacyDiffers', level: 'info', key, params: { yaml: y ?? '—', legacy: l ?? '—' } }));
    if (notes.length >= 20) break;
  }
  return notes;
}

/** Options of `parseConfigText`. */
export interface ParseConfigOptions {
  /** Skip detection and use this format. */
  format?: ConfigFormat;
  /** Version the config is for; decides `flink-conf.yaml` vs `config.yaml` for flat YAML. */
  version?: FlinkVersion;
  /** Map-typed options to fold (default: every `map` option of the registry). */
  mapKeys?: readonly string[];
}

/**
 * Flink reads a map option either from its key (`K1:v1,K2:v2`) or, when that key is absent, from
 * prefixed keys `<key>.K1: v1` (`Configuration.getRawValue` → `convertToPropertiesPrefixed`) —
 * which is what a nested map in `config.yaml` flattens to. The model reads the key, so the
 * prefixed entries are folded into it.
 */
export function foldMapOptions(config: ConfigMap, mapKeys: readonly string[]): { config: ConfigMap; notes: ConfigNote[] } {
  const notes: ConfigNote[] = [];
  const folded = new Map<string, string[]>();
  const drop = new Set<string>();
  for (const mk of mapKeys) {
    if (Object.prototype.hasOwnProperty.call(config, mk)) continue;
    const prefix = `${mk}.`;
    const parts: string[] = [];
    for (const k of Object.keys(config)) {
      if (!k.startsWith(prefix) || k.length === prefix.length) continue;
      parts.push(`${k.slice(prefix.length)}:${config[k] ?? ''}`);
      drop.add(k);
    }
    if (parts.length > 0) folded.set(mk, parts);
  }
  if (folded.size === 0) return { config, notes };
  const out: [string, string][] = [];
  for (const k of Object.keys(config)) {
    if (drop.has(k)) continue;
    out.push([k, config[k] ?? '']);
  }
  for (const [mk, parts] of folded) {
    const value = parts.join(',');
    out.push([mk, value]);
    notes.push(withParams({ id: 'config.mapFolded', level: 'info', key: mk, params: { value } }));
  }
  return { config: freezeConfig(out), notes };
}

const REGISTRY_MAP_KEYS: readonly string[] = OPTIONS.filter((o) => o.type === 'map').map((o) => o.key);

/** Parses any supported format (detected unless given). Never throws. */
export function parseConfigText(text: string, hint?: ConfigFormat | ParseConfigOptions): ParseResult {
  try {
    const opts: ParseConfigOptions = typeof hint === 'string' ? { format: hint } : (hint ?? {});
    const screened = screenText(text);
    if (screened) return { ok: false, format: opts.format ?? 'unknown', error: screened, notes: [] };
    const format =
      opts.format && (CONFIG_FORMATS as readonly string[]).includes(opts.format) ? opts.format : detectFormat(text, opts.version);
    let r: ParseResult;
    switch (format) {
      case 'config-yaml':
        r = parseConfigYaml(text);
        break;
      case 'flink-conf':
        r = parseFlinkConf(text);
        break;
      case 'dynamic':
        r = parseDynamicProperties(text);
        break;
      case 'flink-deployment':
        r = parseFlinkDeployment(text);
        break;
      default:
        return { ok: false, format: 'unknown', error: { id: 'config.unknownFormat', params: {} }, notes: [] };
    }
    if (!r.ok) return r;
    if (
      !opts.format &&
      format === 'config-yaml' &&
      !isJsonObject(text) &&
      (opts.version === undefined || BOTH_FILES.has(opts.version))
    ) {
      r = { ...r, notes: [...r.notes, ...legacyDifferences(text, r.config)] };
    }
    const f = foldMapOptions(r.config, opts.mapKeys ?? REGISTRY_MAP_KEYS);
    return f.notes.length ? { ...r, config: f.config, notes: [...r.notes, ...f.notes] } : r;
  } catch {
    // Defensive: every parser is written not to throw; a surprise still must not reach the page.
    return { ok: false, format: 'unknown', error: { id: 'config.unknownFormat', params: {} }, notes: [] };
  }
}
