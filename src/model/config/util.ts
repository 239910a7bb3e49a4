/** Small shared helpers of the config parsers. */
import type { ConfigMap } from '../types';
import { MAX_TEXT_CHARS } from './limits';
import type { ConfigNote, ConfigParseError } from './types';

/** A prototype-free record, so `__proto__` or `constructor` are just keys. */
export function emptyConfig(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Copies entries into a fresh prototype-free, frozen map. */
export function freezeConfig(entries: Iterable<readonly [string, string]>): ConfigMap {
  const out = emptyConfig();
  for (const [k, v] of entries) out[k] = v;
  return Object.freeze(out);
}

/** Java's `String.trim()`: strips every char ≤ U+0020 at both ends (not Unicode spaces). */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/**
 * Rejects inputs no parser should spend time on: empty, too large, or binary (NUL bytes, or many
 * control characters / lone surrogates, which a text config never has).
 */
export function screenText(text: unknown): ConfigParseError | undefined {
  if (typeof text !== 'string') return { id: 'config.empty', params: {} };
  if (text.length > MAX_TEXT_CHARS) {
    return { id: 'config.tooLarge', params: { chars: String(text.length), max: String(MAX_TEXT_CHARS) } };
  }
  if (javaTrim(text).length === 0) return { id: 'config.empty', params: {} };
  let control = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return binaryAt(text, i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      c === 0xfffd ||
      (c >= 0xd800 && c <= 0xdfff && !pairedSurrogate(text, i))
    ) {
      control++;
      if (control > 8 && control * 50 > i + 1) return binaryAt(text, i);
    }
  }
  return undefined;
}

function pairedSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  const p = s.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

function binaryAt(text: string, index: number): ConfigParseError {
  const { line, column } = lineColumn(text, index);
  return { id: 'config.binary', line, column, params: { line: String(line), column: String(column) } };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** 1-based line/column lookups in O(log n) for texts with many positions to report. */
export function lineIndex(text: string): (index: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) starts.push(i + 1);
  return (index: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (starts[lo] ?? 0) + 1 };
  };
}

/**
 * Deepest flow nesting (`[`/`{` outside quotes and comments) and its position, found in one pass
 * before the YAML parser (which recurses) ever sees the text.
 */
export function flowDepthAt(text: string, max: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text.charAt(i - 1);
      if (i === 0 || /[\s\[{,:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      while (i < text.length && text.charAt(i) !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n' && depth === 0) quote = '';
  }
  return undefined;
}

/** Splits into lines the way Java's `BufferedReader.readLine` does (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A note whose params always carry its key, line and column (the texts quote them). */
export function withParams(n: ConfigNote): ConfigNote {
  const params: Record<string, string> = {};
  if (n.key !== undefined) params['key'] = n.key;
  if (n.line !== undefined) params['line'] = String(n.line);
  if (n.column !== undefined) params['column'] = String(n.column);
  return { ...n, params: { ...params, ...n.params } };
}
