/**
 * `-D key=value` arguments. Flink declares the option with Apache commons-cli as
 * `Option.builder("D").argName("property=value").numberOfArgs(2).valueSeparator('=')`
 * (`CliFrontendParser.DYNAMIC_PROPERTIES`, `DynamicParametersParser` / the entrypoints'
 * `DYNAMIC_PROPERTY_OPTION`) and reads it with `CommandLine.getOptionProperties("D")`:
 * - `-Dkey=value` and `-D key=value` are the same; the value is split at the first `=` only
 *   (`-Da=b=c` sets `a` to `b=c`);
 * - `-Dkey` without `=` sets `key` to `true` (commons-cli's `getOptionProperties`);
 * - a later `-D` of the same key wins (`Properties.put`).
 * The pasted text is split into words like a POSIX shell would (quotes, backslashes, line
 * continuations). `-yD` (YARN, Flink ≤ 1.x) behaves the same. Anything else is reported and
 * ignored: Flink has no `--key value` form for configuration.
 */
import { MAX_KEYS, MAX_KEY_CHARS, MAX_VALUE_CHARS, UNSAFE_KEYS } from './limits';
import type { ConfigFormat, ConfigNote, ConfigParseError, ParseResult } from './types';
import { freezeConfig, lineColumn, lineIndex, screenText, withParams } from './util';

interface Word {
  text: string;
  at: number;
}

const MAX_NOTES = 200;

/** POSIX-shell word splitting (no expansion): quotes, `\` escapes, `\`+newline continuation, `#` comments. */
export function shellWords(text: string): { words: Word[] } | { error: ConfigParseError } {
  const words: Word[] = [];
  let cur = '';
  let inWord = false;
  let start = 0;
  let i = 0;
  const n = text.length;
  const end = (): void => {
    if (inWord) words.push({ text: cur, at: start });
    cur = '';
    inWord = false;
  };
  while (i < n) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      end();
      i++;
      continue;
    }
    if (!inWord) {
      if (c === '#') {
        while (i < n && text.charAt(i) !== '\n') i++;
        continue;
      }
      inWord = true;
      start = i;
    }
    if (c === '\\') {
      const d = text.charAt(i + 1);
      if (d === '\n') {
        if (cur.length === 0 && i === start) inWord = false;
        i += 2;
        continue;
      }
      if (d === '\r' && text.charAt(i + 2) === '\n') {
        if (cur.length === 0 && i === start) inWord = false;
        i += 3;
        continue;
      }
      cur += d;
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return { error: unclosed(text, i) };
      cur += text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const d = text.charAt(i);
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && '"\\$`\n'.includes(text.charAt(i + 1)) && i + 1 < n) {
          if (text.charAt(i + 1) !== '\n') cur += text.charAt(i + 1);
          i += 2;
          continue;
        }
        cur += d;
        i++;
      }
      if (!closed) return { error: unclosed(text, start) };
      continue;
    }
    cur += c;
    i++;
  }
  end();
  return { words };
}

function unclosed(text: string, at: number): ConfigParseError {
  const { line, column } = lineColumn(text, at);
  return { id: 'config.dynamic.unclosedQuote', line, column, params: { line: String(line), column: String(column) } };
}

/** Parses `-D` arguments (a command line, one per line, or both). Never throws. */
export function parseDynamicProperties(text: string): ParseResult {
  const format: ConfigFormat = 'dynamic';
  const screened = screenText(text);
  if (screened) return { ok: false, format, error: screened, notes: [] };
  const split = shellWords(text);
  if ('error' in split) return { ok: false, format, error: split.error, notes: [] };
  const { words } = split;
  const out = new Map<string, string>();
  const notes: ConfigNote[] = [];
  const push = (n: ConfigNote): void => {
    if (notes.length < MAX_NOTES) notes.push(withParams(n));
  };
  const at = lineIndex(text);
  const where = (w: Word): { line: number; column: number } => at(w.at);

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const m = /^-y?D(.*)$/s.exec(w.text);
    if (!m) {
      push({ id: 'config.dynamic.ignoredToken', level: 'info', ...where(w), params: { token: w.text.slice(0, 80) } });
      continue;
    }
    let arg = m[1] ?? '';
    if (arg.length === 0) {
      const next = words[i + 1];
      if (!next || next.text.startsWith('-')) {
        const p = where(w);
        return {
          ok: false,
          format,
          error: {
            id: 'config.dynamic.missingArgument',
            ...p,
            params: { line: String(p.line), column: String(p.column), option: w.text },
          },
          notes,
        };
      }
      arg = next.text;
      i++;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg : arg.slice(0, eq);
    let value = eq < 0 ? 'true' : arg.slice(eq + 1);
    const p = where(w);
    if (key.length === 0) {
      push({ id: 'config.dynamic.emptyKey', level: 'warn', ...p, params: { line: String(p.line), arg: arg.slice(0, 80) } });
      continue;
    }
    if (key.length > MAX_KEY_CHARS) {
      return {
        ok: false,
        format,
        error: { id: 'config.tooLarge', ...p, params: { chars: String(key.length), max: String(MAX_KEY_CHARS) } },
        notes,
      };
    }
    if (eq < 0) push({ id: 'config.dynamic.noEquals', level: 'warn', ...p, key, params: { line: String(p.line), key } });
    if (UNSAFE_KEYS.has(key)) push({ id: 'config.unsafeKey', level: 'warn', ...p, key });
    if (value.length > MAX_VALUE_CHARS) {
      value = value.slice(0, MAX_VALUE_CHARS);
      push({ id: 'config.valueTruncated', level: 'warn', ...p, key, params: { max: String(MAX_VALUE_CHARS) } });
    }
    if (out.has(key)) {
      push({ id: 'config.yaml.keyOverridden', level: 'warn', ...p, key });
      out.delete(key);
    } else if (out.size >= MAX_KEYS) {
      return { ok: false, format, error: { id: 'config.tooManyKeys', ...p, params: { max: String(MAX_KEYS) } }, notes };
    }
    out.set(key, value);
  }
  return { ok: true, format, config: freezeConfig(out), notes };
}
