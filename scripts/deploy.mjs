// @ts-check
/**
 * Renders the build's `_headers` (the one source of the site's response headers) as ready-to-use
 * configuration for nginx, Apache 2.4 and Caddy 2, so a self-hosted copy sends exactly what
 * Netlify / Cloudflare Pages and `npm start` send. `npm run build` writes them to `deploy/`
 * (for a build into another folder: `<out>-deploy/`); by hand:
 *   node scripts/deploy.mjs [dist] [--out deploy]
 * The content-security policy carries script hashes that change with the build: always take
 * the snippets of the build you deploy (tests/browser/security.test.ts checks the written files
 * against `dist/_headers`; tests/unit/security/deploy.test.ts reads each rendering back).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './headers.mjs';

/** @typedef {import('./headers.mjs').HeaderRule} HeaderRule */

/** File names of the renderings in the deploy folder. */
export const DEPLOY_FILES = /** @type {const} */ ({ nginx: 'nginx.conf', apache: 'apache.conf', caddy: 'Caddyfile' });

/** A double-quoted string for nginx / Apache / Caddy (all three read `\"` and `\\`). @param {string} s */
function q(s) {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The prefix of a `prefix*` pattern; undefined for an exact path. @param {string} pattern */
function prefixOf(pattern) {
  return pattern.endsWith('*') ? pattern.slice(0, -1) : undefined;
}

/** The base path the rules are written for (the first rule's prefix, `/` if none). @param {readonly HeaderRule[]} rules */
function baseOf(rules) {
  const first = rules.map((r) => prefixOf(r.pattern)).find((p) => p !== undefined);
  return first ?? '/';
}

/**
 * The headers one location serves, for servers that pick ONE location per request (nginx): an
 * exact location gets what its path gets; a prefix location what every path under it shares
 * (the prefix rules it lies within), since longer prefixes and exact paths have their own.
 * @param {readonly HeaderRule[]} rules @param {string} pattern
 */
function locationHeaders(rules, pattern) {
  const p = prefixOf(pattern);
  if (p === undefined) return headersFor(rules, pattern);
  return rules
    .filter((r) => {
      const rp = prefixOf(r.pattern);
      return rp !== undefined && p.startsWith(rp);
    })
    .flatMap((r) => r.headers);
}

/** nginx: include inside a `server { }` whose `root` is the folder holding the build. @param {readonly HeaderRule[]} rules */
export function renderNginx(rules) {
  const base = baseOf(rules);
  const out = [
    '# nginx — generated from _headers by scripts/deploy.mjs; rebuild rather than edit.',
    '# Include inside a server { } block whose root is the folder holding the build, e.g.',
    '#   server { listen 443 ssl; server_name wiki.example.com; root /srv/flink-memory; include /srv/flink-memory.nginx.conf; }',
    '# Each location repeats every header it needs: nginx drops inherited add_header lines in a',
    '# location that has its own.',
    'index index.html;',
    `error_page 404 ${base}404.html;`,
    'types {',
    '    text/html html; text/css css; text/javascript js mjs; application/json json; image/svg+xml svg;',
    '    application/wasm wasm; font/woff2 woff2; image/png png; text/plain txt;',
    '}',
    'default_type application/octet-stream;',
    'gzip on;',
    'gzip_types text/css text/javascript application/json image/svg+xml;',
    `location = ${base}_headers { return 404; }`,
  ];
  const seen = new Set();
  for (const r of rules) {
    if (seen.has(r.pattern)) continue;
    seen.add(r.pattern);
    const p = prefixOf(r.pattern);
    out.push(p === undefined ? `location = ${r.pattern} {` : `location ^~ ${p} {`);
    for (const [name, value] of locationHeaders(rules, r.pattern)) out.push(`    add_header ${name} ${q(value)} always;`);
    out.push('    try_files $uri $uri/ =404;', '}');
  }
  return out.join('\n') + '\n';
}

/** A PCRE-safe literal. @param {string} s */
function re(s) {
  return s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');
}

/** Apache 2.4 (mod_headers, mod_alias): a `<Directory>` of the build or its `.htaccess`. @param {readonly HeaderRule[]} rules */
export function renderApache(rules) {
  const base = baseOf(rules);
  const out = [
    '# Apache 2.4 — generated from _headers by scripts/deploy.mjs; rebuild rather than edit.',
    "# Put inside <Directory /srv/flink-memory> … </Directory> (or in the build folder's .htaccess with",
    '# AllowOverride FileInfo Indexes). Needs mod_headers, mod_alias and mod_mime.',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${base}404.html`,
    'AddType application/wasm .wasm',
    'AddType font/woff2 .woff2',
    'AddType text/javascript .js .mjs',
    `RedirectMatch 404 ^${re(base)}_headers$`,
  ];
  for (const r of rules) {
    const p = prefixOf(r.pattern);
    if (/['"]/.test(r.pattern)) throw new Error(`deploy: a quote in the path ${r.pattern}`);
    out.push(p === undefined ? `<If "%{REQUEST_URI} == '${r.pattern}'">` : `<If "%{REQUEST_URI} =~ m#^${re(p)}#">`);
    for (const [name, value] of r.headers) out.push(`    Header always set ${name} ${q(value)}`);
    out.push('</If>');
  }
  return out.join('\n') + '\n';
}

/** Caddy 2: inside the site block. @param {readonly HeaderRule[]} rules */
export function renderCaddy(rules) {
  const base = baseOf(rules);
  const out = [
    '# Caddy 2 — generated from _headers by scripts/deploy.mjs; rebuild rather than edit.',
    '# Put inside your site block, e.g.  wiki.example.com { import /srv/flink-memory.Caddyfile }',
    'root * /srv/flink-memory',
    'encode gzip',
  ];
  for (const r of rules) {
    out.push(`header ${r.pattern} {`);
    for (const [name, value] of r.headers) out.push(`\t${name} ${q(value)}`);
    out.push('}');
  }
  out.push('file_server {', '\thide _headers', '}', 'handle_errors {', `\trewrite * ${base}404.html`, '\tfile_server', '}');
  return out.join('\n') + '\n';
}

/**
 * Renders `<outDir>/_headers` into `deployDir` (nginx.conf, apache.conf, Caddyfile).
 * @param {string} outDir @param {string} deployDir
 * @returns {string[]} the files written
 */
export function writeDeploy(outDir, deployDir) {
  const rules = parseHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));
  mkdirSync(deployDir, { recursive: true });
  const files = [
    [DEPLOY_FILES.nginx, renderNginx(rules)],
    [DEPLOY_FILES.apache, renderApache(rules)],
    [DEPLOY_FILES.caddy, renderCaddy(rules)],
  ];
  for (const [name, text] of files) writeFileSync(join(deployDir, /** @type {string} */ (name)), /** @type {string} */ (text));
  return files.map(([name]) => join(deployDir, /** @type {string} */ (name)));
}

/** Where `npm run build` puts the snippets for a build in `outDir`. @param {string} outDir @param {string} root */
export function deployDirFor(outDir, root) {
  return resolve(outDir) === resolve(root, 'dist') ? resolve(root, 'deploy') : `${resolve(outDir)}-deploy`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? args.splice(i, 2)[1] : undefined;
  const dist = resolve(args[0] ?? process.env.FMG_OUT_DIR ?? 'dist');
  for (const f of writeDeploy(dist, resolve(out ?? deployDirFor(dist, process.cwd())))) console.log(`deploy: wrote ${f}`);
}
