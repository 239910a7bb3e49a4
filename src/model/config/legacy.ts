/**
 * Legacy `flink-conf.yaml` (Flink ≤ 1.18, and 1.19/1.20 when no `config.yaml` exists): not YAML
 * but Flink's own line reader, `GlobalConfiguration.loadYAMLResource` (1.10–1.18):
 *
 *   String[] comments = line.split("#", 2);  String conf = comments[0].trim();
 *   if (conf.length() > 0) {
 *     String[] kv = conf.split(": ", 2);
 *     if (kv.length == 1) { LOG.warn("Error while trying to split key and value ..."); continue; }
 *     String key = kv[0].trim(); String value = kv[1].trim();
 *     if (key.length() == 0 || value.length() == 0) { LOG.warn("Error after splitting ..."); continue; }
 *     config.setString(key, value);
 *   }
 *
 * So `#` starts a comment anywhere (even inside a value), quotes are kept literally, `key:value`
 * without a space is skipped, and a later line wins.
 */
import { MAX_KEYS, MAX_KEY_CHARS, MAX_VALUE_CHARS, UNSAFE_KEYS } from './limits';
import type { ConfigFormat, ConfigNote, ParseResult } from './types';
import { freezeConfig, javaTrim, screenText, splitLines, withParams } from './util';

const MAX_NOTES = 200;

/** Parses a legacy `flink-conf.yaml` exactly as Flink's line reader does. Never throws. */
export function parseFlinkConf(text: string): ParseResult {
  const format: ConfigFormat = 'flink-conf';
  const screened = screenText(text);
  if (screened) return { ok: false, format, error: screened, notes: [] };
  const out = new Map<string, string>();
  const notes: ConfigNote[] = [];
  const push = (n: ConfigNote): void => {
    if (notes.length < MAX_NOTES) notes.push(withParams(n));
  };
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const hash = line.indexOf('#');
    const conf = javaTrim(hash >= 0 ? line.slice(0, hash) : line);
    if (conf.length === 0) continue;
    const sep = conf.indexOf(': ');
    if (sep < 0) {
      push({
        id: 'config.legacy.noSeparator',
        level: 'warn',
        line: lineNo,
        column: 1,
        params: { line: String(lineNo), text: line.slice(0, 120) },
      });
      continue;
    }
    const key = javaTrim(conf.slice(0, sep));
    let value = javaTrim(conf.slice(sep + 2));
    if (key.length === 0 || value.length === 0) {
      push({
        id: 'config.legacy.emptyKeyOrValue',
        level: 'warn',
        line: lineNo,
        column: 1,
        params: { line: String(lineNo), text: line.slice(0, 120) },
      });
      continue;
    }
    if (key.length > MAX_KEY_CHARS) {
      return {
        ok: false,
        format,
        error: {
          id: 'config.tooLarge',
          line: lineNo,
          column: 1,
          params: { chars: String(key.length), max: String(MAX_KEY_CHARS) },
        },
        notes,
      };
    }
    if (hash >= 0 && hash > 0 && !/\s/.test(line.charAt(hash - 1))) {
      push({
        id: 'config.legacy.commentInValue',
        level: 'warn',
        line: lineNo,
        column: hash + 1,
        key,
        params: { line: String(lineNo), value },
      });
    }
    if (/^(['"]).*\1$/s.test(value) && value.length >= 2) {
      push({
        id: 'config.legacy.quotedValue',
        level: 'warn',
        line: lineNo,
        column: sep + 3,
        key,
        params: { line: String(lineNo), value },
      });
    }
    if (UNSAFE_KEYS.has(key)) push({ id: 'config.unsafeKey', level: 'warn', line: lineNo, key });
    if (value.length > MAX_VALUE_CHARS) {
      value = value.slice(0, MAX_VALUE_CHARS);
      push({ id: 'config.valueTruncated', level: 'warn', line: lineNo, key, params: { max: String(MAX_VALUE_CHARS) } });
    }
    if (out.has(key)) {
      push({ id: 'config.yaml.keyOverridden', level: 'warn', line: lineNo, key });
      out.delete(key);
    } else if (out.size >= MAX_KEYS) {
      return { ok: false, format, error: { id: 'config.tooManyKeys', line: lineNo, params: { max: String(MAX_KEYS) } }, notes };
    }
    out.set(key, value);
  }
  return { ok: true, format, config: freezeConfig(out), notes };
}
