// @ts-check
/**
 * A small static server for the built site (used by the browser tests; also runnable:
 * `node scripts/serve.mjs [dir] [--port 4321] [--base /sub/]`).
 * - correct MIME types (incl. wasm, woff2, pagefind's .pf_* files as octet-stream);
 * - `/dir/` → `dir/index.html`; `/dir` → 301 to `/dir/` when that folder exists;
 * - an optional base path: requests outside it get 404;
 * - unknown paths → 404 with `<lang>/404/index.html` for `/en/…` or `/zh/…`, else `404.html`;
 * - gzip for text types when the client accepts it, like any real host (so measured transfer sizes
 *   are what readers get; pagefind's own files are already compressed).
 */
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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

/** @param {string} p */
async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
/** @param {string} p */
async function isDir(p) {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts the server. Resolves once it listens; `port: 0` picks a free port.
 * @param {{ root: string, base?: string, port?: number, host?: string }} opts
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = resolve(root);
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('bad path');
        return;
      }
      if (!path.startsWith(b) && `${path}/` !== b) return notFound(res, '/', req);
      const rel = path.slice(b.length - 1) || '/';
      const file = normalize(join(dir, rel));
      if (file !== dir && !file.startsWith(dir + sep)) return notFound(res, rel, req);
      if (rel.endsWith('/')) {
        const index = join(file, 'index.html');
        if (await isFile(index)) return send(res, index, 200, req);
        return notFound(res, rel, req);
      }
      if (await isFile(file)) return send(res, file, 200, req);
      if (await isDir(file)) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      return notFound(res, rel, req);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });

  /**
   * @param {import('node:http').ServerResponse} res @param {string} file @param {number} status
   * @param {import('node:http').IncomingMessage} req
   */
  async function send(res, file, status, req) {
    let body = await readFile(file);
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  /**
   * @param {import('node:http').ServerResponse} res @param {string} rel
   * @param {import('node:http').IncomingMessage} req
   */
  async function notFound(res, rel, req) {
    const lang = /^\/(en|zh)\//.exec(rel)?.[1];
    for (const f of [lang ? join(dir, lang, '404', 'index.html') : '', join(dir, '404.html')]) {
      if (f && (await isFile(f))) return send(res, f, 404, req);
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
  }

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://${host}:${actual}${b}`,
    port: actual,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(opt('--port') ?? 4321);
  const base = opt('--base') ?? process.env.FMG_BASE ?? '/';
  const root = args[0] ?? process.env.FMG_OUT_DIR ?? 'dist';
  const s = await startServer({ root, base, port });
  console.log(`Serving ${root} at ${s.url}`);
}
