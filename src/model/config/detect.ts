/** Which format a pasted text is in, and one entry point that parses any of them. */
import type { FlinkVersion } from '../types';
import { parseConfigYaml } from './configyaml';
import { parseDynamicProperties } from './dynamic';
import { parseFlinkDeployment } from './k8s';
import { parseFlinkConf } from './legacy';
import { CONFIG_FORMATS, type ConfigFormat, type ParseResult } from './types';
import { screenText } from './util';

/** Versions that read `config.yaml` (standard YAML); older ones read only `flink-conf.yaml`. */
const LEGACY_ONLY = new Set<string>(['1.10', '1.11', '1.12', '1.13', '1.14', '1.15', '1.16', '1.17', '1.18']);

/**
 * Guesses the format: a `FlinkDeployment` by its `kind`/`apiVersion`; `-D` arguments when the
 * words start with `-D` and no line reads `key: value`; otherwise YAML — `flink-conf.yaml` for
 * versions before 1.19 (they have no other file), `config.yaml` from 1.19 on.
 */
export function detectFormat(text: string, version?: FlinkVersion): ConfigFormat | 'unknown' {
  if (typeof text !== 'string' || screenText(text)) return 'unknown';
  const head = text.slice(0, 200_000);
  if (/^\s*kind:\s*["']?FlinkDeployment\b/m.test(head) || /^\s*apiVersion:\s*["']?flink\.apache\.org\//m.test(head)) {
    return 'flink-deployment';
  }
  const meaningful = head.split(/\r\n|\r|\n/).filter((l) => l.trim().length > 0 && !l.trim().startsWith('#'));
  const yamlish = meaningful.some((l) => /^\s*[^\s:#-][^:#]*:(\s|$)/.test(l) && !/^\s*-/.test(l));
  const dashD = /(^|\s)-y?D\s*\S/.test(head);
  if (dashD && !yamlish) return 'dynamic';
  if (meaningful.length === 0) return 'unknown';
  if (version !== undefined && LEGACY_ONLY.has(version)) return 'flink-conf';
  return yamlish ? 'config-yaml' : 'unknown';
}

/** Options of `parseConfigText`. */
export interface ParseConfigOptions {
  /** Skip detection and use this format. */
  format?: ConfigFormat;
  /** Version the config is for; decides `flink-conf.yaml` vs `config.yaml` for flat YAML. */
  version?: FlinkVersion;
}

/** Parses any supported format (detected unless given). Never throws. */
export function parseConfigText(text: string, hint?: ConfigFormat | ParseConfigOptions): ParseResult {
  try {
    const opts: ParseConfigOptions = typeof hint === 'string' ? { format: hint } : hint ?? {};
    const screened = screenText(text);
    if (screened) return { ok: false, format: opts.format ?? 'unknown', error: screened, notes: [] };
    const format = opts.format && (CONFIG_FORMATS as readonly string[]).includes(opts.format)
      ? opts.format
      : detectFormat(text, opts.version);
    switch (format) {
      case 'config-yaml': return parseConfigYaml(text);
      case 'flink-conf': return parseFlinkConf(text);
      case 'dynamic': return parseDynamicProperties(text);
      case 'flink-deployment': return parseFlinkDeployment(text);
      default: return { ok: false, format: 'unknown', error: { id: 'config.unknownFormat', params: {} }, notes: [] };
    }
  } catch {
    // Defensive: every parser is written not to throw; a surprise still must not reach the page.
    return { ok: false, format: 'unknown', error: { id: 'config.unknownFormat', params: {} }, notes: [] };
  }
}
