// @ts-check
/**
 * The site's response headers have one source: the `_headers` file the build writes (Netlify /
 * Cloudflare Pages format, see scripts/csp.mjs). This module reads it for scripts/serve.mjs and
 * scripts/deploy.mjs.
 *
 * Only the part of the format that every host reads the same way is accepted, so what our server
 * sends is what Netlify, Cloudflare Pages and the rendered nginx / Apache / Caddy snippets send:
 * - a rule is a path line — an exact path (`/`, `/favicon.svg`) or a prefix ending in `*`
 *   (`/_astro/*`) — followed by indented `Name: value` lines; `#` starts a comment line;
 * - no header may be set by two rules that can match the same path, nor twice in one rule (Netlify
 *   lets the later rule win, Cloudflare joins the values with a comma: the hosts would disagree);
 * - placeholders (`/:lang/*`), a `*` inside a path, absolute URLs and Cloudflare's `! Name`
 *   detach lines are refused with the line number, rather than half-understood.
 */

/** A header rule: the path pattern, its headers in file order and the line it starts on. */
/** @typedef {{ pattern: string, headers: [string, string][], line: number }} HeaderRule */

/** HTTP token characters (RFC 9110 §5.6.2) for a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export class HeadersFileError extends Error {}

/**
 * Parses a `_headers` text. Throws `HeadersFileError` (with the line) on anything outside the
 * subset above.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | undefined} */
  let rule;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const at = `_headers line ${i + 1}`;
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      if (!t.startsWith('/')) throw new HeadersFileError(`${at}: a rule starts with a path beginning with "/", got "${t}"`);
      if (/\s/.test(t)) throw new HeadersFileError(`${at}: a path has no spaces ("${t}")`);
      const star = t.indexOf('*');
      if (star >= 0 && star !== t.length - 1) throw new HeadersFileError(`${at}: only a trailing "*" is supported ("${t}")`);
      if (t.includes('/:')) throw new HeadersFileError(`${at}: placeholders are not supported ("${t}")`);
      rule = { pattern: t, headers: [], line: i + 1 };
      rules.push(rule);
      continue;
    }
    if (!rule) throw new HeadersFileError(`${at}: a header line before any path`);
    if (t.startsWith('!')) throw new HeadersFileError(`${at}: "! Name" (Cloudflare's detach) is not read by every host`);
    const colon = t.indexOf(':');
    const name = colon > 0 ? t.slice(0, colon).trim() : '';
    const value = colon > 0 ? t.slice(colon + 1).trim() : '';
    if (!TOKEN.test(name) || value === '') throw new HeadersFileError(`${at}: expected "Name: value", got "${t}"`);
    if (/[\0-\x08\x0a-\x1f\x7f]/.test(value)) throw new HeadersFileError(`${at}: control character in the value of ${name}`);
    if (rule.headers.some(([n]) => n.toLowerCase() === name.toLowerCase())) {
      throw new HeadersFileError(`${at}: ${name} is set twice for ${rule.pattern}`);
    }
    rule.headers.push([name, value]);
  }
  for (const r of rules)
    if (r.headers.length === 0) throw new HeadersFileError(`_headers line ${r.line}: ${r.pattern} has no headers`);
  for (let a = 0; a < rules.length; a++) {
    for (let b = a + 1; b < rules.length; b++) {
      const ra = /** @type {HeaderRule} */ (rules[a]);
      const rb = /** @type {HeaderRule} */ (rules[b]);
      if (!overlap(ra.pattern, rb.pattern)) continue;
      for (const [name] of rb.headers) {
        if (ra.headers.some(([n]) => n.toLowerCase() === name.toLowerCase())) {
          throw new HeadersFileError(
            `_headers lines ${ra.line} and ${rb.line}: ${name} is set by both ${ra.pattern} and ${rb.pattern}, which match the same paths (hosts disagree on the result)`,
          );
        }
      }
    }
  }
  return rules;
}

/** Whether a pattern matches a (decoded) request path. @param {string} pattern @param {string} path */
export function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Whether some path matches both patterns. @param {string} a @param {string} b */
function overlap(a, b) {
  const pa = a.endsWith('*');
  const pb = b.endsWith('*');
  if (pa && pb) return a.slice(0, -1).startsWith(b.slice(0, -1)) || b.slice(0, -1).startsWith(a.slice(0, -1));
  if (pa) return matches(a, b);
  if (pb) return matches(b, a);
  return a === b;
}

/**
 * The headers for one request path: every matching rule's, in file order (no name repeats: see
 * `parseHeaders`).
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersFor(rules, path) {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}
