/**
 * The build-time CSP (scripts/csp.mjs): which inline scripts get hashed, the policy's shape, and
 * the rewrite of a small fake build (meta after charset, `_headers`, idempotent).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCsp, buildPolicy, headersFile, inlineScripts, scriptHash, CSP_META_RE } from '../../../scripts/csp.mjs';

describe('inline script detection', () => {
  it('takes executable inline scripts only, with their exact text', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/json">{"x":1}</script><script type="application/ld+json">{}</script>' +
      '<SCRIPT data-x>\n c() \n</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', '\n c() \n']);
  });
});

describe('hashes and policy', () => {
  it('hashes as CSP does (sha256, base64)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('alert(1)')).not.toBe(scriptHash('alert(2)'));
  });
  it('never allows inline scripts or eval, only wasm', () => {
    const p: string = buildPolicy([scriptHash('x()')]);
    const script = p.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toMatch(/'unsafe-eval'/);
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).toContain(scriptHash('x()'));
    expect(p).toContain("object-src 'none'");
    expect(p).toContain("base-uri 'self'");
    // A meta tag cannot carry frame-ancestors (Chromium logs an error); the header can.
    expect(p).not.toContain('frame-ancestors');
    expect(buildPolicy([], { forHeader: true })).toContain("frame-ancestors 'self'");
  });
  it('writes base-relative caching rules for hashed assets', () => {
    const h: string = headersFile('default-src x', '/flink-memory/');
    expect(h).toContain('/flink-memory/*\n  Content-Security-Policy: default-src x');
    expect(h).toContain('/flink-memory/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('applyCsp on a built site', () => {
  it("puts each page's own policy right after <meta charset>, the union in _headers, idempotently", () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmg-csp-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><script>one()</script></head></html>',
    );
    writeFileSync(
      join(dir, 'en', 'index.html'),
      '<html><head><title>x</title></head><body><script>two()</script><script>one()</script></body></html>',
    );
    const first = applyCsp(dir, '/');
    expect(first.pages).toBe(2);
    expect(first.hashes).toEqual([scriptHash('one()'), scriptHash('two()')].sort());
    expect(first.policy).toBe(buildPolicy(first.hashes));
    const root = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(root.startsWith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')).toBe(
      true,
    );
    const en = readFileSync(join(dir, 'en', 'index.html'), 'utf8');
    // A page allows its own inline scripts only; a script of another page is not allowed there.
    expect(CSP_META_RE.exec(root)?.[1]).toBe(buildPolicy([scriptHash('one()')]));
    expect(CSP_META_RE.exec(root)?.[1]).not.toContain(scriptHash('two()'));
    expect(CSP_META_RE.exec(en)?.[1]).toBe(first.policy);
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${first.policy}; frame-ancestors 'self'`);
    // Running again (e.g. a second hook) neither duplicates the tag nor changes a policy.
    const second = applyCsp(dir, '/');
    expect(second.policy).toBe(first.policy);
    expect(readFileSync(join(dir, 'en', 'index.html'), 'utf8').match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(CSP_META_RE.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1]).toBe(buildPolicy([scriptHash('one()')]));
  });
});

describe('sub-path links in chapters (scripts/rehype-base-links.mjs)', () => {
  it('prefixes root-relative URLs with the base, once, and leaves others alone', async () => {
    const { withBase } = await import('../../../scripts/rehype-base-links.mjs');
    expect(withBase('/flink-memory/', '/en/monitoring/#x')).toBe('/flink-memory/en/monitoring/#x');
    expect(withBase('/flink-memory/', '/flink-memory/en/')).toBe('/flink-memory/en/');
    expect(withBase('/flink-memory/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(withBase('/flink-memory/', 'https://flink.apache.org/')).toBe('https://flink.apache.org/');
    expect(withBase('/flink-memory/', '#anchor')).toBe('#anchor');
    expect(withBase('/flink-memory/', '../faq/')).toBe('../faq/');
    expect(withBase('/', '/en/faq/')).toBe('/en/faq/');
  });
});
