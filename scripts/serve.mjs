// @ts-check
/**
 * The static server for the built site: `npm start` (after the build), the browser tests
 * (tests/browser/harness.ts), the bench, and anyone who wants to look at `dist/` locally.
 * `node scripts/serve.mjs [dir] [--port 4321] [--host 127.0.0.1] [--base /sub/]`.
 *
 * - Response headers come from the build's `_headers` (one source, read at start; see
 *   scripts/headers.mjs): Content-Security-Policy with frame-ancestors, nosniff, Referrer-Policy,
 *   Cache-Control. Every response carries them, error pages too (like nginx's `add_header … always`).
 * - GET and HEAD only; anything else gets 405 with `Allow: GET, HEAD`.
 * - `/dir/` → `dir/index.html`; `/dir` → 301 to `/dir/` on the same origin. A path whose decoded
 *   form has empty, `.` or `..` segments, a backslash or a NUL is refused (404) before it is
 *   looked up, so no redirect can be turned into `//other.host/…` (an open redirect).
 * - `_headers` / `_redirects` and dot files are not served (404).
 * - Request headers up to `MAX_HEADER_BYTES`: Node's default (16 KB) would answer long calculator
 *   links with 431 before the page's own link codec could explain its limit
 *   (`URL_MAX_QUERY_CHARS`, src/model/urlstate.ts).
 * - gzip for text types when the client accepts it (so measured transfer sizes are what readers
 *   get), compressed once per file version off the main thread and kept in memory; pagefind's own
 *   files are already compressed.
 * - an optional base path: requests outside it get 404; unknown paths → 404 with
 *   `<lang>/404/index.html` for `/en/…` or `/zh/…`, else `404.html`.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.mjs';

const gzip = promisify(gzipCb);

/**
 * Largest request head accepted (bytes). Must stay above the link codec's own limit
 * (URL_MAX_QUERY_CHARS = 32 768 in src/model/urlstate.ts) with room to spare, so an over-long link
 * reaches the page and gets its explanation instead of a bare 431; tests/unit/security/serve.test.ts
 * checks the two against each other.
 */
export const MAX_HEADER_BYTES = 256 * 1024;
/** The methods a static site answers. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];
/** Names in the output that configure hosts rather than being part of the site. */
const HOST_FILES = new Set(['_headers', '_redirects']);

const MIME = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
});
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** @param {string} p */
async function statOf(p) {
  try {
    return await stat(p);
  } catch {
    return undefined;
  }
}

/**
 * The decoded request path, or why it is refused: 400 for bad percent-encoding, 404 for anything
 * a file name never needs (empty / dot segments, backslash, NUL, control characters).
 * @param {string} rawPath the path part of the request target, still percent-encoded
 * @returns {{ path: string } | { status: 400 | 404 }}
 */
export function decodePath(rawPath) {
  if (!rawPath.startsWith('/')) return { status: 400 };
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (/[\\\0-\x1f\x7f]/.test(path)) return { status: 404 };
  const segments = path.slice(1).split('/');
  // The last segment may be empty (a trailing slash); no other may be, nor '.' or '..'.
  if (segments.some((s, i) => (s === '' && i < segments.length - 1) || s === '.' || s === '..')) return { status: 404 };
  return { path };
}

/**
 * Starts the server. Resolves once it listens; `port: 0` picks a free port. Throws when `root`
 * has no `_headers` (not a build of this site) or the file is outside the supported subset.
 * @param {{ root: string, base?: string, port?: number, host?: string }} opts
 * @returns {Promise<{ url: string, port: number, gzipRuns: () => number, close: () => Promise<void> }>}
 */
export async function startServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = resolve(root);
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headersPath = join(dir, '_headers');
  if (!existsSync(headersPath)) throw new Error(`${headersPath} is missing: serve a build of this site (npm run build)`);
  const rules = parseHeaders(readFileSync(headersPath, 'utf8'));
  /** gzip bodies by file, valid while the file's size and mtime are unchanged. */
  /** @type {Map<string, { key: string, body: Promise<Buffer> }>} */
  const gzipped = new Map();
  let gzipRuns = 0;

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
    /** @type {[string, string][]} */
    let siteHeaders = [];
    /** @param {number} status @param {Record<string, string | number>} [headers] @param {string} [body] */
    const plain = (status, headers = {}, body = '') => {
      for (const [k, v] of siteHeaders) res.setHeader(k, v);
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const target = req.url ?? '/';
      const q = target.indexOf('?');
      const rawPath = q < 0 ? target : target.slice(0, q);
      const search = q < 0 ? '' : target.slice(q);
      const decoded = decodePath(rawPath);
      if ('path' in decoded) siteHeaders = headersFor(rules, decoded.path);
      if (!ALLOWED_METHODS.includes(req.method ?? '')) {
        return plain(405, { allow: ALLOWED_METHODS.join(', ') }, '405 Method Not Allowed');
      }
      if (!('path' in decoded)) return decoded.status === 400 ? plain(400, {}, '400 Bad Request') : notFound('/');
      const path = decoded.path;
      if (!path.startsWith(b) && `${path}/` !== b) return notFound('/');
      const rel = path.slice(b.length - 1) || '/';
      const names = rel.split('/');
      if (names.some((n) => n.startsWith('.') || HOST_FILES.has(n))) return notFound(rel);
      const file = join(dir, rel);
      if (file !== dir && !file.startsWith(dir + sep)) return notFound(rel);
      if (rel.endsWith('/')) {
        const index = join(file, 'index.html');
        if ((await statOf(index))?.isFile()) return send(index, 200);
        return notFound(rel);
      }
      const st = await statOf(file);
      if (st?.isFile()) return send(file, 200);
      if (st?.isDirectory()) {
        // rawPath starts with exactly one '/' (decodePath refuses empty segments), so this
        // Location stays on this origin.
        const location = `${rawPath}/${search}`;
        if (!/^\/(?![/\\])/.test(location)) return notFound(rel);
        return plain(301, { location }, '');
      }
      return notFound(rel);
    } catch (e) {
      if (!res.headersSent) plain(500, {}, '500 Internal Server Error');
      else res.destroy();
      console.error(e);
    }

    /** @param {string} file @param {number} status */
    async function send(file, status) {
      const st = await stat(file);
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      /** @type {Record<string, string | number>} */
      const headers = { 'content-type': type };
      let body;
      if (COMPRESSIBLE.test(type)) {
        headers['vary'] = 'accept-encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = await compressed(file, `${st.size}:${st.mtimeMs}`);
          headers['content-encoding'] = 'gzip';
        }
      }
      body ??= await readFile(file);
      headers['content-length'] = body.length;
      for (const [k, v] of siteHeaders) res.setHeader(k, v);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    }

    /** @param {string} rel */
    async function notFound(rel) {
      const lang = /^\/(en|zh)\//.exec(rel)?.[1];
      for (const f of [lang ? join(dir, lang, '404', 'index.html') : '', join(dir, '404.html')]) {
        if (f && (await statOf(f))?.isFile()) return send(f, 404);
      }
      return plain(404, {}, '404 Not Found');
    }
  });

  /** The gzip body of a file version, compressed once (concurrent requests share the promise). @param {string} file @param {string} key */
  function compressed(file, key) {
    const hit = gzipped.get(file);
    if (hit && hit.key === key) return hit.body;
    gzipRuns++;
    const body = readFile(file).then((buf) => gzip(buf));
    gzipped.set(file, { key, body });
    body.catch(() => gzipped.delete(file));
    return body;
  }

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}${b}`,
    port: actual,
    gzipRuns: () => gzipRuns,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(opt('--port') ?? process.env.PORT ?? 4321);
  const host = opt('--host') ?? '127.0.0.1';
  const base = opt('--base') ?? process.env.FMG_BASE ?? '/';
  const root = args[0] ?? process.env.FMG_OUT_DIR ?? 'dist';
  try {
    const s = await startServer({ root, base, port, host });
    console.log(`Serving ${root} at ${s.url} (headers from ${join(root, '_headers')}; Ctrl+C stops)`);
  } catch (e) {
    console.error(`serve: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
