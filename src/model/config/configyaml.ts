/**
 * `config.yaml` (Flink 1.19+): standard YAML read by SnakeYAML (YAML 1.1 resolution: `yes`/`on`
 * are booleans, `0x1F` and `1_000` are ints) with duplicate keys refused
 * (`YamlParserUtils`: `loaderOptions.setAllowDuplicateKeys(false)`), then flattened by
 * `GlobalConfiguration.flatten`. An unquoted `1024` is an Integer whose text `1024` Flink reads as
 * **1024 bytes**; an unquoted `0.1` is a Double (`0.1`).
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { MAX_ALIASES, MAX_DEPTH } from './limits';
import type { ConfigFormat, ConfigNote, ConfigParseError, ParseResult } from './types';
import { flattenYaml } from './yamltree';
import { flowDepthAt, freezeConfig, lineColumn, screenText } from './util';

/** yaml package options that mimic SnakeYAML and keep the work bounded. */
export const YAML_OPTIONS = {
  version: '1.1',
  intAsBigInt: true,
  // Duplicate keys are refused by our own walker: the yaml package's check is quadratic.
  uniqueKeys: false,
  merge: true,
  maxAliasCount: MAX_ALIASES,
  prettyErrors: true,
  strict: true,
} as const;

/**
 * @internal yaml's Document stays out of the package's declarations (yaml is bundled).
 * Parses YAML text into a document, or a positioned error. Never throws. */
export function loadYaml(text: string): { doc: Document } | { error: ConfigParseError } {
  const deep = flowDepthAt(text, MAX_DEPTH);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return {
      error: {
        id: 'config.tooDeep',
        line,
        column,
        params: { max: String(MAX_DEPTH), line: String(line), column: String(column) },
      },
    };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (e) {
    return {
      error: {
        id: e instanceof RangeError ? 'config.tooDeep' : 'config.yaml.syntax',
        params: { code: 'PARSER', line: '?', column: '?', max: String(MAX_DEPTH) },
      },
    };
  }
  const err = doc.errors[0];
  if (err) {
    const lp = err.linePos?.[0];
    const line = lp?.line;
    const column = lp?.col;
    const id = yamlErrorId(err.code, err.message);
    const params: Record<string, string> = { code: err.code, line: String(line ?? '?'), column: String(column ?? '?') };
    const error: ConfigParseError = { id, params };
    if (line !== undefined) error.line = line;
    if (column !== undefined) error.column = column;
    return { error };
  }
  return { doc };
}

/** Our message id for a `yaml` package error code. */
export function yamlErrorId(code: string, message: string): ConfigParseError['id'] {
  if (code === 'DUPLICATE_KEY') return 'config.yaml.duplicateKey';
  if (code === 'RESOURCE_EXHAUSTION') return /alias/i.test(message) ? 'config.yaml.aliasLimit' : 'config.tooDeep';
  return 'config.yaml.syntax';
}

/** Parses a Flink 1.19+ `config.yaml` into a flat ConfigMap. Never throws. */
export function parseConfigYaml(text: string): ParseResult {
  const format: ConfigFormat = 'config-yaml';
  const screened = screenText(text);
  if (screened) return { ok: false, format, error: screened, notes: [] };
  const loaded = loadYaml(text);
  if ('error' in loaded) return { ok: false, format, error: loaded.error, notes: [] };
  const { doc } = loaded;
  const root = doc.contents;
  if (root === null || root === undefined) return { ok: true, format, config: freezeConfig([]), notes: [] };
  if (!isMap(root)) {
    return {
      ok: false,
      format,
      error: { id: 'config.yaml.notMapping', line: 1, column: 1, params: { line: '1', column: '1' } },
      notes: [],
    };
  }
  const flat = flattenYaml(doc, root, text, 'java');
  if (flat.error) return { ok: false, format, error: flat.error, notes: flat.notes };
  const notes: ConfigNote[] = flat.notes;
  return { ok: true, format, config: freezeConfig(flat.out), notes };
}
