/**
 * The static server of `npm start` (scripts/serve.mjs), spawned exactly as package.json's "start"
 * runs it (after its build step), over a small fake build on a free loopback port:
 * - every response carries exactly the headers `_headers` gives its path (error pages too);
 * - GET and HEAD only: every other method gets 405 with `Allow: GET, HEAD`, never the page;
 * - no redirect leaves the origin (`/%2fevil.example/..%2fen` was `Location: //evil.example/../en/`);
 * - `_headers` is not served;
 * - links longer than Node's default 16 KB head but within the link codec's limit reach the page
 *   (so its own "too long" explanation can speak);
 * - gzip bodies are made once per file version, off the event loop.
 * Every request loop is bounded (a fixed list of paths / methods).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildPolicy, headersFile, topEntries } from '../../../scripts/csp.mjs';
import { headersFor, parseHeaders } from '../../../scripts/headers.mjs';
import { MAX_HEADER_BYTES, decodePath, startServer } from '../../../scripts/serve.mjs';
import { URL_MAX_QUERY_CHARS } from '~/model/urlstate';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A fake build: pages in two languages, 404 pages, a hashed asset, a folder without index. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fmg-serve-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>root</title>',
    '404.html': '<!doctype html><title>not found</title>',
    'en/index.html': '<!doctype html><title>en home</title>' + 'Flink memory '.repeat(500),
    'en/404/index.html': '<!doctype html><title>en 404</title>',
    'en/calculators/taskmanager/index.html': '<!doctype html><title>tm</title>',
    'zh/index.html': '<!doctype html><title>zh home</title>',
    '_astro/app.abc123.js': 'console.log(1)',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '.secret': 'do not serve',
    _redirects: '/x /y',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, '_headers'), headersFile(buildPolicy(["'sha256-abc='"], { forHeader: true }), '/', topEntries(dir)));
  return dir;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the path sent exactly as given (no URL normalisation on the way). */
function raw(base: URL, method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: base.hostname, port: base.port, method, path, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path.slice(0, 80)}: no answer in 10 s`)));
    req.on('error', fail);
    req.end();
  });
}

/** The server command of package.json's "start", after its build step. */
function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const steps = (pkg.scripts['start'] ?? '').split('&&').map((s) => s.trim());
  return steps[steps.length - 1]!.split(/\s+/);
}

let dir: string;
let child: ChildProcess;
let base: URL;

beforeAll(async () => {
  dir = fakeBuild();
  const [cmd, script, , ...rest] = startCommand();
  expect(cmd).toBe('node');
  // Same script and options as `npm start`, on our fake build and a free port.
  const args = [script!, dir, ...rest];
  args[args.indexOf('--port') + 1] = '0';
  child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise<URL>((ok, fail) => {
    let out = '';
    const t = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(t);
        ok(new URL(m[1]!));
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}, 30_000);

afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('builds, then serves dist/ with scripts/serve.mjs on 127.0.0.1:4321 (no astro preview)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start']).toBe('npm run build && node scripts/serve.mjs dist --port 4321 --host 127.0.0.1');
    expect(Object.values(pkg.scripts).join('\n')).not.toContain('astro preview');
  });
});

describe('headers: exactly what _headers says, for every response', () => {
  const paths = [
    '/',
    '/index.html',
    '/en/',
    '/en/calculators/taskmanager/',
    '/zh/',
    '/_astro/app.abc123.js',
    '/favicon.svg',
    '/en/missing/',
    '/missing',
    '/_astro/missing.js',
  ];
  it.each(paths)('%s', async (path) => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    const want = headersFor(rules, path);
    expect(want.length).toBeGreaterThan(0);
    for (const method of ['GET', 'HEAD']) {
      const r = await raw(base, method, path);
      for (const [name, value] of want) expect(r.headers[name.toLowerCase()], `${method} ${path} ${name}`).toBe(value);
      // Nothing the file does not give: only the transport headers besides.
      const extra = Object.keys(r.headers).filter(
        (h) =>
          !want.some(([n]) => n.toLowerCase() === h) &&
          !['content-type', 'content-length', 'content-encoding', 'vary', 'date', 'connection', 'keep-alive'].includes(h),
      );
      expect(extra, `${method} ${path}`).toEqual([]);
    }
  });

  it('the CSP header carries frame-ancestors; nosniff and Referrer-Policy are there', async () => {
    const r = await raw(base, 'GET', '/en/');
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(r.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect((await raw(base, 'GET', '/_astro/app.abc123.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('refuses to start without _headers (a folder that is not a build of this site)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'fmg-serve-empty-'));
    await expect(startServer({ root: empty, port: 0 })).rejects.toThrow(/_headers is missing/);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    '%s → 405 with Allow: GET, HEAD',
    async (method) => {
      for (const path of ['/en/', '/', '/missing']) {
        const r = await raw(base, method, path);
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers['allow']).toBe('GET, HEAD');
        expect(r.body.toString()).not.toContain('<title>');
        expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      }
    },
  );
  it('HEAD answers like GET without a body', async () => {
    const get = await raw(base, 'GET', '/en/');
    const head = await raw(base, 'HEAD', '/en/');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });
});

describe('paths and redirects', () => {
  it('never redirects off the origin (open redirect)', async () => {
    const hostile = [
      '/%2fevil.example/..%2fen',
      '/%2Fevil.example/..%2Fen',
      '/%2f%2fevil.example%2f..%2fen',
      '/%5cevil.example/..%2fen',
      '/%5C%5Cevil.example/..%2fen',
      '//evil.example/../en',
      '//evil.example/%2e%2e/en',
      '/\\evil.example/..%2fen',
      '/%09/evil.example/..%2fen',
      '/%2f%2fevil.example',
      '/en%2f..%2f..%2f..%2fetc',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/en/./calculators',
      '/en//calculators',
    ];
    for (const path of hostile) {
      const r = await raw(base, 'GET', path);
      const location = r.headers['location'];
      if (location !== undefined) {
        expect(String(location), path).toMatch(/^\/(?![/\\])/);
        expect(new URL(String(location), base).origin, path).toBe(base.origin);
      }
      expect([301, 400, 404], path).toContain(r.status);
    }
    const r = await raw(base, 'GET', '/%2fevil.example/..%2fen');
    expect(r.status).toBe(404);
    expect(r.headers['location']).toBeUndefined();
  });

  it('adds the slash to a folder on the same origin, keeping the query', async () => {
    const r = await raw(base, 'GET', '/en/calculators/taskmanager?v=2.0');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/en/calculators/taskmanager/?v=2.0');
    expect((await raw(base, 'GET', '/empty/')).status).toBe(404);
  });

  it('does not serve _headers, _redirects or dot files', async () => {
    for (const path of ['/_headers', '/%5fheaders', '/_HEADERS', '/_headers/', '/_redirects', '/.secret', '/%2esecret']) {
      const r = await raw(base, 'GET', path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('Content-Security-Policy:');
      expect(r.body.toString(), path).not.toContain('do not serve');
    }
  });

  it('decodes paths strictly', () => {
    expect(decodePath('/en/')).toEqual({ path: '/en/' });
    expect(decodePath('/%E4%B8%AD/')).toEqual({ path: '/中/' });
    expect(decodePath('/%zz')).toEqual({ status: 400 });
    expect(decodePath('/a/%2e%2e/b')).toEqual({ status: 404 });
    expect(decodePath('/a/%00')).toEqual({ status: 404 });
    expect(decodePath('relative')).toEqual({ status: 400 });
  });
});

describe('long links', () => {
  it("the server accepts request heads well above the link codec's own limit", () => {
    expect(MAX_HEADER_BYTES).toBeGreaterThan(4 * URL_MAX_QUERY_CHARS);
  });
  it("a link longer than Node's default 16 KB head, and longer than the codec reads, reaches the page", async () => {
    for (const n of [16 * 1024, URL_MAX_QUERY_CHARS + 1, 2 * URL_MAX_QUERY_CHARS]) {
      const r = await raw(base, 'GET', `/en/calculators/taskmanager/?taskmanager.memory.process.size=${'9'.repeat(n)}`);
      expect(r.status, String(n)).toBe(200);
      expect(r.body.toString()).toContain('<title>tm</title>');
    }
  });
  it("a head beyond the server's limit is refused with 431, not a crash", async () => {
    const r = await raw(base, 'GET', `/en/?q=${'x'.repeat(MAX_HEADER_BYTES + 1024)}`);
    expect(r.status).toBe(431);
    expect((await raw(base, 'GET', '/en/')).status).toBe(200);
  });
});

describe('compression', () => {
  it('gzips text when asked, with the same bytes inside', async () => {
    const r = await raw(base, 'GET', '/en/', { 'accept-encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['vary']).toBe('accept-encoding');
    expect(gunzipSync(r.body).toString()).toBe(readFileSync(join(dir, 'en', 'index.html'), 'utf8'));
    const plain = await raw(base, 'GET', '/en/');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('compresses each file version once, off the event loop, and notices a changed file', async () => {
    const own = fakeBuild();
    // ~24 MB of text: a synchronous gzip of it blocks the event loop for a noticeable time.
    let big = '';
    for (let i = 0; big.length < 24_000_000; i++) big += `<p>row ${i} ${(i * 2654435761) % 4294967296}</p>\n`;
    writeFileSync(join(own, 'en', 'big.html'), big);
    const s = await startServer({ root: own, port: 0 });
    try {
      const u = new URL(s.url);
      const gz = { 'accept-encoding': 'gzip' };
      const order: string[] = [];
      const bigReq = raw(u, 'GET', '/en/big.html', gz).then((r) => (order.push('big'), r));
      await new Promise((r) => setTimeout(r, 30));
      const small = await raw(u, 'GET', '/favicon.svg', gz).then((r) => (order.push('small'), r));
      expect(small.status).toBe(200);
      const first = await bigReq;
      // While the big file was being compressed, the small request was answered.
      expect(order).toEqual(['small', 'big']);
      expect(gunzipSync(first.body).length).toBe(big.length);
      expect(s.gzipRuns()).toBe(2);
      for (let i = 0; i < 5; i++) expect((await raw(u, 'GET', '/en/big.html', gz)).body.equals(first.body)).toBe(true);
      expect(s.gzipRuns()).toBe(2);
      writeFileSync(join(own, 'en', 'index.html'), '<!doctype html><title>changed</title>' + 'x'.repeat(10_000));
      const changed = await raw(u, 'GET', '/en/', gz);
      expect(gunzipSync(changed.body).toString()).toContain('<title>changed</title>');
    } finally {
      await s.close();
      rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);
});
