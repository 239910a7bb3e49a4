/**
 * `_headers` is the one source of the site's response headers: the reader (scripts/headers.mjs)
 * accepts only what every host reads alike, and the nginx / Apache / Caddy renderings
 * (scripts/deploy.mjs), read back with each server's own way of choosing what applies to a path,
 * give every path exactly the headers `_headers` gives it.
 */
import { describe, expect, it } from 'vitest';
import { buildPolicy, headersFile } from '../../../scripts/csp.mjs';
import { headersFor, parseHeaders, type HeaderRule } from '../../../scripts/headers.mjs';
import { renderApache, renderCaddy, renderNginx } from '../../../scripts/deploy.mjs';

type Pairs = [string, string][];
const sorted = (h: Pairs): Pairs =>
  [...h].map(([n, v]): [string, string] => [n.toLowerCase(), v]).sort((a, b) => a[0].localeCompare(b[0]));

/** Unquotes a "…" value written by the renderers. */
const unq = (s: string): string => s.replace(/^"|"$/g, '').replace(/\\(["\\])/g, '$1');

/** nginx: exact location first, else the longest `^~` prefix; only that location's add_header lines. */
function nginxHeaders(conf: string, path: string): Pairs {
  const blocks = [...conf.matchAll(/^location (=|\^~) (\S+) \{\n([\s\S]*?)^\}/gm)].map((m) => ({
    exact: m[1] === '=',
    at: m[2]!,
    headers: [...m[3]!.matchAll(/add_header (\S+) ("(?:[^"\\]|\\.)*") always;/g)].map((h): [string, string] => [
      h[1]!,
      unq(h[2]!),
    ]),
  }));
  const exact = blocks.find((b) => b.exact && b.at === path);
  const chosen = exact ?? blocks.filter((b) => !b.exact && path.startsWith(b.at)).sort((a, b) => b.at.length - a.at.length)[0];
  return chosen?.headers ?? [];
}

/** Apache: every matching <If> applies. */
function apacheHeaders(conf: string, path: string): Pairs {
  const out: Pairs = [];
  for (const m of conf.matchAll(/^<If "%\{REQUEST_URI\} (==|=~) (?:'([^']*)'|m#(.*)#)">\n([\s\S]*?)^<\/If>/gm)) {
    const hit = m[1] === '==' ? path === m[2] : new RegExp(m[3]!).test(path);
    if (!hit) continue;
    for (const h of m[4]!.matchAll(/Header always set (\S+) ("(?:[^"\\]|\\.)*")/g)) out.push([h[1]!, unq(h[2]!)]);
  }
  return out;
}

/** Caddy: every `header` whose path matcher matches (`/x` exact, `/x*` prefix) applies. */
function caddyHeaders(conf: string, path: string): Pairs {
  const out: Pairs = [];
  for (const m of conf.matchAll(/^header (\S+) \{\n([\s\S]*?)^\}/gm)) {
    const p = m[1]!;
    if (!(p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p)) continue;
    for (const h of m[2]!.matchAll(/^\t(\S+) ("(?:[^"\\]|\\.)*")$/gm)) out.push([h[1]!, unq(h[2]!)]);
  }
  return out;
}

/** Paths that probe every rule: each exact path, each prefix, something below it, and outside. */
function probes(rules: readonly HeaderRule[]): string[] {
  const out = new Set<string>(['/nowhere', '/en', '/x/y/z.html']);
  for (const r of rules) {
    const p = r.pattern.endsWith('*') ? r.pattern.slice(0, -1) : r.pattern;
    out.add(p).add(`${p}index.html`).add(`${p}a/b.js`);
  }
  return [...out];
}

const entries = [
  '404.html',
  'calc-data/',
  'diagrams/',
  'en/',
  'favicon.svg',
  'index.html',
  'katex/',
  'scripts/',
  'search-strings.json',
  'zh/',
  '_astro/',
];

describe.each(['/', '/flink-memory/'])("renderings of a build's _headers (base %s)", (base) => {
  const text = headersFile(buildPolicy(["'sha256-a+b/c='", "'sha256-d='"], { forHeader: true }), base, entries);
  const rules = parseHeaders(text);

  it("the build's _headers is read without ambiguity", () => {
    expect(rules.length).toBeGreaterThan(5);
    expect(headersFor(rules, `${base}en/`).map(([n]) => n)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Cache-Control',
    ]);
    expect(headersFor(rules, `${base}_astro/x.js`).find(([n]) => n === 'Cache-Control')?.[1]).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it.each([
    ['nginx', renderNginx, nginxHeaders],
    ['Apache', renderApache, apacheHeaders],
    ['Caddy', renderCaddy, caddyHeaders],
  ] as const)('%s sends for every path what _headers says', (_name, render, read) => {
    const conf = render(rules);
    for (const path of probes(rules)) expect(sorted(read(conf, path)), path).toEqual(sorted(headersFor(rules, path)));
  });

  it('every rendering keeps _headers itself private', () => {
    expect(renderNginx(rules)).toContain(`location = ${base}_headers { return 404; }`);
    expect(renderApache(rules)).toContain(`RedirectMatch 404 ^${base}_headers$`);
    expect(renderCaddy(rules)).toContain('hide _headers');
  });
});

describe('_headers reader', () => {
  it('reads rules, comments and values with colons', () => {
    const rules = parseHeaders('# c\n/*\n  A: 1\n  Link: <https://x/>; rel=preload\n/x\n  B: 2\n');
    expect(headersFor(rules, '/x')).toEqual([
      ['A', '1'],
      ['Link', '<https://x/>; rel=preload'],
      ['B', '2'],
    ]);
    expect(headersFor(rules, '/y')).toEqual([
      ['A', '1'],
      ['Link', '<https://x/>; rel=preload'],
    ]);
  });

  it.each([
    [
      'a header set by two rules that match the same path',
      '/*\n  Cache-Control: a\n/_astro/*\n  cache-control: b\n',
      /set by both/,
    ],
    ['an exact path under a prefix rule with the same header', '/en/*\n  X: a\n/en/x\n  X: b\n', /set by both/],
    ['a header twice in one rule', '/*\n  X: a\n  X: b\n', /set twice/],
    ['Cloudflare detach', '/*\n  ! X\n', /detach/],
    ['a placeholder', '/:lang/*\n  X: a\n', /placeholder/],
    ['a star inside the path', '/*/x\n  X: a\n', /trailing/],
    ['an absolute URL', 'https://x.example/*\n  X: a\n', /beginning with/],
    ['a header before any path', '  X: a\n', /before any path/],
    ['a line without a colon', '/*\n  nonsense\n', /Name: value/],
  ])('refuses %s', (_what, text, error) => {
    expect(() => parseHeaders(text)).toThrow(error);
  });

  it('allows the same header on rules that never meet', () => {
    expect(() => parseHeaders('/en/*\n  X: a\n/zh/*\n  X: b\n/\n  X: c\n')).not.toThrow();
  });
});
