// @ts-check
/**
 * Content-Security-Policy for the built site, applied after every `astro build` (an Astro
 * integration, so `npm run build`, the bench and the sub-path build all get it):
 *
 * - every inline `<script>` the pages carry (the theme/search boot snippet, Astro's island
 *   runtime and directives) is hashed (sha256) — scripts need no `'unsafe-inline'`;
 * - the policy is written
 *   1. as `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>` in every page,
 *      allowing that page's own inline scripts only (the tightest policy, and no bytes spent on
 *      hashes a page does not use),
 *   2. into `_headers` (Netlify / Cloudflare Pages format) with the union of every page's hashes
 *      plus `frame-ancestors` (ignored — and reported as an error — in a meta tag) and caching
 *      rules: `/_astro/*` (content-hashed names) immutable for a year, everything else revalidated.
 *      `_headers` is the one source of the site's response headers: scripts/serve.mjs (`npm start`,
 *      the browser tests) serves exactly them, scripts/deploy.mjs renders them for nginx/Apache/Caddy.
 *   A browser enforces both: a script runs only if each allows it, i.e. if it is the page's own.
 *
 * Why the other sources: `'wasm-unsafe-eval'` — pagefind's search runs as WebAssembly;
 * `style-src 'unsafe-inline'` — KaTeX lays formulas out with `style=""` attributes (styles only;
 * scripts stay strict); `worker-src 'self'` — the diagnose page parses logs in a module worker
 * served from `/_astro/`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Script types a browser does not execute (no hash needed). */
const DATA_TYPES = /^(application\/(ld\+)?json|importmap-never|text\/template)$/i;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
export const CSP_META_RE = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;

/** @param {string} dir @returns {string[]} */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * The inline scripts of one HTML document that a browser would execute.
 * @param {string} html
 * @returns {string[]} their exact text
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const out = [];
  for (const m of html.matchAll(SCRIPT_RE)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (DATA_TYPES.test(type)) continue;
    out.push(m[2] ?? '');
  }
  return out;
}

/** @param {string} text @returns {string} a CSP hash source */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a set of script hashes. `forHeader` adds the directives a meta tag cannot carry.
 * @param {Iterable<string>} hashes
 * @param {{ forHeader?: boolean }} [opts]
 */
export function buildPolicy(hashes, opts = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (opts.forHeader) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/** Top-level entries written after `astro build` (by scripts/build.mjs), so not yet in the folder at build:done. */
export const LATE_ENTRIES = /** @type {const} */ (['pagefind/']);

/**
 * The `_headers` file: CSP + a few safe defaults for every path, caching per path.
 *
 * No header is set by two rules that can match the same path: hosts disagree on what that means
 * (Netlify: the later rule wins; Cloudflare Pages: the values are joined with a comma, which for
 * `Cache-Control` would give `max-age=0, …, max-age=31536000` and no long caching). So the
 * "revalidate" rule is not a catch-all: it is written for each top-level entry except `_astro/`.
 * @param {string} headerPolicy
 * @param {string} base e.g. '/' or '/flink-memory/'
 * @param {readonly string[]} [entries] top-level names of the output ('en/' for a folder, 'favicon.svg' for a file)
 */
export function headersFile(headerPolicy, base, entries = []) {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const revalidate = [...new Set([...entries, ...LATE_ENTRIES])]
    .filter((e) => e !== '_astro/' && e !== '_headers' && e !== 'index.html' && !e.startsWith('.'))
    .sort()
    .flatMap((e) => [`${b}${e}${e.endsWith('/') ? '*' : ''}`, '  Cache-Control: public, max-age=0, must-revalidate']);
  return [
    '# Generated by scripts/csp.mjs at build time (Netlify / Cloudflare Pages format); scripts/serve.mjs',
    '# serves exactly these headers and scripts/deploy.mjs renders them for nginx, Apache and Caddy.',
    "# The Content-Security-Policy of every page together (each page's <meta> allows only its own inline scripts), plus frame-ancestors.",
    `${b}*`,
    `  Content-Security-Policy: ${headerPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '# File names under _astro/ carry a content hash: cache them for a year.',
    `${b}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '# Everything else keeps its name between builds: revalidate on every use.',
    `${b}`,
    '  Cache-Control: public, max-age=0, must-revalidate',
    `${b}index.html`,
    '  Cache-Control: public, max-age=0, must-revalidate',
    ...revalidate,
    '',
  ].join('\n');
}

/** Top-level names of `dir` as `headersFile` wants them (folders with a trailing slash). @param {string} dir */
export function topEntries(dir) {
  return readdirSync(dir).map((n) => (statSync(join(dir, n)).isDirectory() ? `${n}/` : n));
}

/**
 * Hashes the inline scripts of every page in `dir`, writes each page's meta tag (its own hashes)
 * and `_headers` (all of them). Idempotent: an existing CSP meta tag is replaced.
 * @param {string} dir the build output
 * @param {string} [base]
 * @returns {{ pages: number, hashes: string[], policy: string }} `policy`: the union (as in `_headers`, without frame-ancestors)
 */
export function applyCsp(dir, base = '/') {
  const files = htmlFiles(dir);
  /** @type {Map<string, { html: string, hashes: string[] }>} */
  const docs = new Map();
  const hashes = new Set();
  for (const f of files) {
    const html = readFileSync(f, 'utf8').replace(CSP_META_RE, '');
    const own = inlineScripts(html).map(scriptHash);
    docs.set(f, { html, hashes: own });
    for (const h of own) hashes.add(h);
  }
  for (const [f, { html, hashes: own }] of docs) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(own)}">`;
    const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
    let out;
    if (charset) out = html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
    else if (/<head[^>]*>/i.test(html)) out = html.replace(/<head[^>]*>/i, (h) => h + meta);
    else throw new Error(`csp: ${f} has no <head> to carry the Content-Security-Policy`);
    writeFileSync(f, out);
  }
  writeFileSync(join(dir, '_headers'), headersFile(buildPolicy(hashes, { forHeader: true }), base, topEntries(dir)));
  return { pages: files.length, hashes: [...hashes].sort(), policy: buildPolicy(hashes) };
}

/** Astro integration: applies the CSP to the output of every build. @returns {import('astro').AstroIntegration} */
export function csp() {
  let base = '/';
  return {
    name: 'fmg-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const r = applyCsp(fileURLToPath(dir), base);
        logger.info(`Content-Security-Policy: ${r.hashes.length} inline script hashes in ${r.pages} pages and _headers`);
      },
    },
  };
}
