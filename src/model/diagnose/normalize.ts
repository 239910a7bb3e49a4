/**
 * Pastes arrive quoted, wrapped and re-encoded: Markdown and e-mail `> ` quotes, log-viewer
 * gutters, HTML entities from web UIs, JSON-escaped `\n` from YARN's REST diagnostics, full-width
 * punctuation from Chinese editors, and hard wraps anywhere — even inside a key phrase. These
 * helpers undo that per line; the diagnoser then matches over a window of consecutive lines.
 */

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '：': ':',
  '，': ',',
  '（': '(',
  '）': ')',
  '；': ';',
  '　': ' ',
  '［': '[',
  '］': ']',
  '＝': '=',
  '．': '.',
};
const ENTITIES: Readonly<Record<string, string>> = {
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** One pasted line as the patterns want it: no quote marks, gutters, entities or full-width colons. */
export function normalizeLine(raw: string): string {
  let s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (/[：，（）；\u3000［］＝．]/.test(s)) s = s.replace(/[：，（）；\u3000［］＝．]/g, (c) => FULL_WIDTH[c] ?? c);
  if (s.includes('&')) s = s.replace(/&(?:gt|lt|amp|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
  // Markdown / e-mail quoting (`> `, `>> `, `> > `), then a log viewer's line-number gutter.
  s = s.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*\d{1,7}\s*[|│]\s?/, '');
  return s.trim();
}

/**
 * Splits a line that carries JSON- or Java-escaped newlines (YARN's REST "diagnostics", a
 * `toString()` in a log) into its real lines; other lines are returned as they are.
 */
export function splitEscaped(line: string): string[] {
  if (!line.includes('\\n') || !/\\n(?:\\t|\s*at |Caused by|Container |Exit code|\[|\d{4}-)/.test(line)) return [line];
  return line.split(/\\r?\\n/).map((l) => l.replace(/\\t/g, '\t'));
}

/** A timestamp or log level at the start marks a new log record (the end of a stack trace). */
export const RECORD_START = /^(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d{3}|(?:INFO|WARN|ERROR|DEBUG)\s)/;
