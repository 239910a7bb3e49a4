/**
 * Writes src/model/options/known-keys.ts: every configuration key in Apache Flink's generated
 * option tables (docs/_includes/generated/*.html for 1.10–1.12, docs/layouts/shortcodes/generated/
 * *.html for 1.13+; each row is `<td><h5>key</h5></td>`), per modelled minor, so the key report
 * knows every real option of a version, not only the memory ones.
 *
 * Not part of the build or the tests: run it by hand when a Flink minor is added.
 *
 *   node scripts/known-keys.mjs [--mirrors DIR] [--html DIR] [--out FILE] [--check]
 *
 * Each minor is read from one commit of a git snapshot of a GitHub fork of apache/flink (the
 * apache repository itself is too big to fetch here; forks keep the same commits):
 *   --mirrors DIR   bare git dirs laid out as DIR/<owner>+<name>/repo (default /work/.mirror);
 *                   the commit is read with `git show`, nothing is checked out or built;
 *   --html DIR      or plain files: DIR/<minor>/*.html (e.g. copied from a Flink checkout at the
 *                   same commit); used for a minor when that folder exists.
 *   --check         only prints counts and what changed between minors; writes nothing
 *                   (with --dump, also every key and the minors that list it).
 *
 * SOURCES says where each minor came from: "release" is the "Commit for release X.Y.Z" commit
 * (the tagged release, pom version X.Y.Z); "branch" is a commit of the release-X.Y branch (pom
 * X.Y-SNAPSHOT) made after the last release of that minor we could find, used where no release
 * commit of the minor is in any snapshot we could fetch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Minor → where its option tables were read. Keep in the order of FLINK_VERSIONS. */
export const SOURCES = [
  {
    minor: '1.10',
    repo: 'AHeise/flink',
    commit: '2b8b670ec0f10b909f7420bd000de09d8209f92d',
    kind: 'release',
    what: '1.10.3 (tag release-1.10.3)',
  },
  {
    minor: '1.11',
    repo: 'AHeise/flink',
    commit: '1d7d5426549496bb6e95568249ab4281c28c9777',
    kind: 'release',
    what: '1.11.4 (tag release-1.11.4)',
  },
  {
    minor: '1.12',
    repo: 'AHeise/flink',
    commit: 'bfd0f20c1664fd6dea95f41a1fab84e8798b20fe',
    kind: 'release',
    what: '1.12.5 (tag release-1.12.5)',
  },
  {
    minor: '1.13',
    repo: 'AHeise/flink',
    commit: 'a4700e392aa023a2d523f6de54a2058bcc705e36',
    kind: 'release',
    what: '1.13.3 (tag release-1.13.3)',
  },
  {
    minor: '1.14',
    repo: 'AHeise/flink',
    commit: '460b3861e02c1d15c9623949c11c7eaab7a17bdc',
    kind: 'release',
    what: '1.14.0 (tag release-1.14.0)',
  },
  {
    minor: '1.15',
    repo: 'snuyanzin/flink',
    commit: '69e812688b43be9a0c4f79e6af81bc2d1d8a873e',
    kind: 'release',
    what: '1.15.2 ("Commit for release 1.15.2")',
  },
  {
    minor: '1.16',
    repo: '1996fanrui/flink',
    commit: '5df8156c07ab69e85b59e8830087807f6fd4c473',
    kind: 'release',
    what: '1.16.3 (branch release-1.16.3-rc1)',
  },
  {
    minor: '1.17',
    repo: '1996fanrui/flink',
    commit: '024e970e277',
    kind: 'branch',
    what: 'release-1.17 of 2023-12-26 (after 1.17.2)',
  },
  {
    minor: '1.18',
    repo: 'snuyanzin/flink',
    commit: '1e1a7f16b6f',
    kind: 'branch',
    what: 'release-1.18 of 2024-05-15 (after 1.18.1)',
  },
  {
    minor: '1.19',
    repo: 'snuyanzin/flink',
    commit: 'de44f609ee6',
    kind: 'branch',
    what: 'release-1.19 of 2024-11-04 (after 1.19.1)',
  },
  {
    minor: '1.20',
    repo: 'snuyanzin/flink',
    commit: 'f6265b2a32fd1571cd5dcea694c923b057239ac4',
    kind: 'release',
    what: '1.20.4 (tag release-1.20.4)',
  },
  {
    minor: '2.0',
    repo: 'snuyanzin/flink',
    commit: 'a2a1e271cd6ffe4d671dfb480acc2ffe33b5a2b5',
    kind: 'release',
    what: '2.0.2 (release candidate 4, tag release-2.0.2-rc4)',
  },
  {
    minor: '2.1',
    repo: 'snuyanzin/flink',
    commit: 'eb05ad268cd279036b86d4ba6bfc623d464aeca7',
    kind: 'release',
    what: '2.1.2 (release candidate 2, branch release-2.1.2-rc2)',
  },
  {
    minor: '2.2',
    repo: 'snuyanzin/flink',
    commit: '450c63e961805a90aa18cb815d6b412f44303b9b',
    kind: 'release',
    what: '2.2.1 (release candidate 3, branch release-2.2.1-rc3)',
  },
  {
    minor: '2.3',
    repo: 'snuyanzin/flink',
    commit: '1d2f69c933e',
    kind: 'branch',
    what: 'release-2.3 of 2026-07-17 (after 2.3.0)',
  },
];

/**
 * Tables that are not Flink configuration (REST API, SQL connector / format / model options set
 * in a `WITH` clause, which would make words such as `endpoint` or `format` "known keys").
 */
const SKIP_FILE =
  /^(rest_v\d|model_|openai_|triton_|ml_predict_|vector_search_|pulsar_|lookup_join_hint_|.*_format_configuration|.*_zh\.html$)/;

/** Java modules whose options are not cluster configuration (connectors, formats, models, tests). */
const NOT_CLUSTER_JAVA =
  /^(flink-connectors|flink-formats|flink-models|flink-end-to-end-tests|flink-examples|flink-walkthroughs|flink-tests|flink-test-utils-parent|flink-yarn-tests|flink-libraries|flink-contrib)\//;

/**
 * Keys relative to a prefix (`metrics.reporter.<name>.interval`, `sql-gateway.endpoint.rest.port`)
 * that flink-core / the SQL gateway define without it: not keys of a configuration file.
 */
const RELATIVE =
  /^(class|enabled|interval|factory\.class|filter\.(includes|excludes)|scope\.(delimiter|variables\.(additional|excludes))|address|port|bind-address|bind-port)$/;

/** A plain key; rows with placeholders (`metrics.reporter.<name>.port`, `fields.#.x`) are templates. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(name);
    return i >= 0 ? a[i + 1] : dflt;
  };
  return {
    mirrors: get('--mirrors', '/work/.mirror'),
    html: get('--html', undefined),
    out: get('--out', resolve(import.meta.dirname, '..', 'src/model/options/known-keys.ts')),
    check: a.includes('--check'),
  };
}

const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The keys of one generated table. */
export function keysOfTable(html) {
  const out = [];
  for (const m of html.matchAll(/<td><h5>([\s\S]*?)<\/h5>/g)) {
    const key = unescape(m[1].replace(/<[^>]*>/g, '')).trim();
    if (KEY.test(key)) out.push(key);
  }
  return out;
}

function tablesFromGit(gitDir, commit) {
  const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const files = [];
  for (const dir of ['docs/_includes/generated/', 'docs/layouts/shortcodes/generated/']) {
    for (const path of git('ls-tree', '--name-only', commit, dir).split('\n').filter(Boolean)) {
      const name = path.slice(dir.length);
      if (name.endsWith('.html') && !SKIP_FILE.test(name)) files.push({ name, html: git('show', `${commit}:${path}`) });
    }
  }
  return files;
}

/** String constants (`String NAME = "…" + OTHER;`) and option keys (`NAME = ConfigOptions.key(…)`). */
function constantsOf(code, consts) {
  for (const m of code.matchAll(/\bString\s+([A-Z][A-Z0-9_]*)\s*=\s*([^;]+);/g)) {
    const v = evalKey(m[2], consts);
    if (v !== undefined) consts.set(m[1], v);
  }
  for (const m of code.matchAll(/\b([A-Z][A-Z0-9_]*)\s*=\s*(?:ConfigOptions\.)?key\(([^)]*)\)/g)) {
    const v = evalKey(m[2], consts);
    if (v !== undefined) consts.set(`${m[1]}.key()`, v);
  }
}

/** Evaluates `"a" + NAME + Other.NAME + OPTION.key()`; undefined when a part is unknown. */
function evalKey(expr, consts) {
  let out = '';
  for (const raw of expr.split('+')) {
    const part = raw.trim();
    const lit = /^"([^"]*)"$/.exec(part);
    if (lit) {
      out += lit[1];
      continue;
    }
    const ref = /^(?:[A-Za-z_][\w]*\.)*([A-Z][A-Z0-9_]*(?:\.key\(\))?)$/.exec(part.replace(/\s+/g, ''));
    const v = ref ? consts.get(ref[1]) : undefined;
    if (v === undefined) return undefined;
    out += v;
  }
  return out;
}

/** Splits the arguments of a call at top-level commas. */
const splitArgs = (s) =>
  s
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * Options the Java sources define but the tables may not list: the deprecated and fallback keys
 * of every option (`key(…)…withDeprecatedKeys(…)` / `withFallbackKeys(…)` in one statement, any
 * non-test .java file), and (`code`) every option of flink-core's org.apache.flink.configuration
 * package (the cluster options; deprecated ones such as queryable state are excluded from the
 * docs). Keys built from constants are resolved when the constant is a string literal (or a sum
 * of them) somewhere in the files read; others are skipped.
 * @returns {{ aliases: Map<string, { main: string, deprecated: boolean }>, code: Set<string> }}
 */
export function optionsOfJava(files) {
  const consts = new Map();
  const codes = files.map((f) => ({
    core: f.path.includes('flink-core/src/main/java/org/apache/flink/configuration/'),
    code: f.text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, ''),
  }));
  for (let pass = 0; pass < 2; pass++) for (const c of codes) constantsOf(c.code, consts);
  const aliases = new Map();
  const code = new Set();
  for (const c of codes) {
    for (const stmt of c.code.split(';')) {
      const km = /\bkey\(([^)]*)\)/.exec(stmt);
      if (!km || !/ConfigOptions\s*\.\s*key\(|^\s*(?:public\s+)?static|=\s*key\(/m.test(stmt)) continue;
      const main = evalKey(km[1], consts);
      if (!main || !KEY.test(main)) continue;
      if (c.core) code.add(main);
      for (const m of stmt.matchAll(/with(Deprecated|Fallback)Keys\s*\(([^;]*?)\)\s*(?=\.|$)/g)) {
        for (const arg of splitArgs(m[2])) {
          const old = evalKey(arg, consts);
          if (old && KEY.test(old) && old !== main) aliases.set(old, { main, deprecated: m[1] === 'Deprecated' });
        }
      }
    }
  }
  return { aliases, code };
}

function javaFromGit(gitDir, commit) {
  const git = (a, input) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28, input });
  const paths = git(['grep', '-l', '-E', 'ConfigOptions|with(Deprecated|Fallback)Keys', commit, '--', '*.java'])
    .split('\n')
    .filter((l) => l && !/\/src\/test\//.test(l) && !NOT_CLUSTER_JAVA.test(l.slice(l.indexOf(':') + 1)));
  // One `git cat-file --batch` for all files.
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: paths.join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const files = [];
  let pos = 0;
  for (const p of paths) {
    const nl = out.indexOf(10, pos);
    const size = Number(out.subarray(pos, nl).toString().split(' ')[2]);
    files.push({ path: p.slice(p.indexOf(':') + 1), text: out.subarray(nl + 1, nl + 1 + size).toString() });
    pos = nl + 1 + size + 1;
  }
  return optionsOfJava(files);
}

function tablesFromDir(dir) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.html') && !SKIP_FILE.test(n))
    .map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') }));
}

function main() {
  const opt = args();
  /** @type {Map<string, number>} key → bit mask of minors (bit i = SOURCES[i]) */
  const masks = new Map();
  const counts = [];
  /** @type {Map<string, { mask: number, main: string, deprecated: boolean }>} */
  const aliases = new Map();
  const aliasCounts = [];
  const codeCounts = [];
  SOURCES.forEach((s, i) => {
    const htmlDir = opt.html ? join(opt.html, s.minor) : undefined;
    const tables =
      htmlDir && existsSync(htmlDir)
        ? tablesFromDir(htmlDir)
        : tablesFromGit(join(opt.mirrors, s.repo.replace('/', '+'), 'repo'), s.commit);
    if (tables.length === 0) throw new Error(`no generated tables for ${s.minor}`);
    const java = javaFromGit(join(opt.mirrors, s.repo.replace('/', '+'), 'repo'), s.commit);
    // Some tables list keys without their prefix (reporter, SQL gateway endpoint options: `port`,
    // `address`); a key without a dot is kept only when flink-core defines it (`scheduler-mode`).
    for (const k of java.code) if (RELATIVE.test(k)) java.code.delete(k);
    for (const k of java.aliases.keys()) if (RELATIVE.test(k)) java.aliases.delete(k);
    const keys = new Set(
      tables.flatMap((t) => keysOfTable(t.html)).filter((k) => (k.includes('.') || java.code.has(k)) && !RELATIVE.test(k)),
    );
    counts.push(keys.size);
    for (const k of keys) masks.set(k, (masks.get(k) ?? 0) | (1 << i));
    const codeOnly = [...java.code].filter((k) => !keys.has(k));
    codeCounts.push(codeOnly.length);
    for (const k of codeOnly) {
      keys.add(k);
      masks.set(k, (masks.get(k) ?? 0) | (1 << i));
    }
    const al = java.aliases;
    aliasCounts.push(al.size);
    for (const [k, a] of al) {
      if (keys.has(k)) continue;
      const prev = aliases.get(k);
      // The newest minor's main key and kind win.
      aliases.set(k, { mask: (prev?.mask ?? 0) | (1 << i), main: a.main, deprecated: a.deprecated });
    }
  });

  // Holes: a key missing from one minor but listed by both neighbours (as a row or an alias) is
  // taken for a table that did not list it that time, and counted as a row there (listed in the
  // header). Longer holes are kept as the tables say.
  const filled = [];
  const any = (k) => (masks.get(k) ?? 0) | (aliases.get(k)?.mask ?? 0);
  for (const k of new Set([...masks.keys(), ...aliases.keys()])) {
    const m = any(k);
    for (let i = 1; i < SOURCES.length - 1; i++) {
      const bit = 1 << i;
      if (!(m & bit) && m & (bit >> 1) && m & (bit << 1)) {
        masks.set(k, (masks.get(k) ?? 0) | bit);
        filled.push(`${k} @${SOURCES[i].minor}`);
      }
    }
  }

  const group = (entries) => {
    const g = new Map();
    for (const [text, m] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const id = m.toString(36);
      g.set(id, [...(g.get(id) ?? []), text]);
    }
    return [...g].sort((a, b) => parseInt(a[0], 36) - parseInt(b[0], 36));
  };
  const rows = group([...masks]);
  const al = group([...aliases].map(([k, a]) => [`${k}${a.deprecated ? '>' : '='}${a.main}`, a.mask]));

  if (opt.check) {
    SOURCES.forEach((s, i) => {
      const bit = 1 << i;
      const added = [...masks].filter(([, m]) => m & bit && !(m & (bit >> 1))).length;
      const gone = [...masks].filter(([, m]) => !(m & bit) && m & (bit >> 1)).length;
      console.log(
        `${s.minor}: ${counts[i]} rows, +${codeCounts[i]} code-only, ${aliasCounts[i]} aliases${i ? `, rows +${added} −${gone}` : ''}`,
      );
    });
    console.log(`${masks.size} keys, ${aliases.size} alias-only keys; one-minor holes filled: ${filled.length}`);
    for (const f of filled) console.log(`  filled ${f}`);
    if (process.argv.includes('--dump')) {
      const minors = (m) =>
        SOURCES.filter((_, i) => m & (1 << i))
          .map((s) => s.minor)
          .join(',');
      for (const [k, m] of [...masks].sort()) console.log(`${k} ${minors(m)}`);
      for (const [k, a] of [...aliases].sort()) console.log(`${k} ${a.deprecated ? '>' : '='}${a.main} ${minors(a.mask)}`);
    }
    return;
  }

  const lines = SOURCES.map(
    (s, i) =>
      ` *   ${s.minor.padEnd(5)}${String(counts[i]).padStart(4)} table keys${String(codeCounts[i]).padStart(4)} code-only${String(aliasCounts[i]).padStart(4)} aliases  ` +
      `${s.repo}@${s.commit.slice(0, 11)}  ${s.kind}: ${s.what}`,
  );
  const obj = (groups) => groups.map(([g, ks]) => `  ${/^[a-z_$]/.test(g) ? g : `'${g}'`}: '${ks.join(' ')}',`).join('\n');
  const text = `/**
 * GENERATED by scripts/known-keys.mjs — do not edit by hand. Every key of Apache Flink's generated
 * configuration tables (docs/_includes/generated for 1.10–1.12, docs/layouts/shortcodes/generated
 * for 1.13+), per minor, plus what the tables do not list, read from the Java sources of the same
 * commit: the options of flink-core's org.apache.flink.configuration package left out of the docs
 * (deprecated queryable-state.*, …) and the deprecated / fallback keys of every option
 * (\`withDeprecatedKeys\` / \`withFallbackKeys\`; keys given by string constants are resolved).
 * Not cluster configuration, so left out: REST API tables, SQL connector / format / model options,
 * template rows (\`metrics.reporter.<name>.port\`) and prefix-relative keys (\`port\`, \`interval\`).
 *
 * Sources (GitHub forks of apache/flink, which keep its commits; "release" = the commit of that
 * release, "branch" = a release-branch commit after the minor's last release we could find):
${lines.join('\n')}
 *
 * A key missing from one minor but listed by both neighbours is counted as a row there
 * (${filled.length} such hole${filled.length === 1 ? '' : 's'}${filled.length ? `: ${filled.join(', ')}` : ''}).
 * Nothing else is interpolated. Options outside flink-core left out of the docs are not here.
 *
 * Layout: group → entries (sorted, space-separated); the group is a base-36 bit mask of the
 * minors, bit i = KNOWN_KEY_MINORS[i]. KNOWN_KEY_ROWS: options (table rows, flink-core). KNOWN_KEY_ALIASES:
 * \`old>main\` (deprecated key of main) or \`old=main\` (fallback key), for minors where \`old\` is
 * not itself a row.
 */
export const KNOWN_KEY_MINORS = [${SOURCES.map((s) => `'${s.minor}'`).join(', ')}] as const;

export const KNOWN_KEY_ROWS: Readonly<Record<string, string>> = {
${obj(rows)}
};

export const KNOWN_KEY_ALIASES: Readonly<Record<string, string>> = {
${obj(al)}
};
`;
  writeFileSync(opt.out, text);
  const gz = gzipSync(Buffer.from(text), { level: 9 }).length;
  console.log(`${opt.out}: ${masks.size} row keys, ${aliases.size} alias keys, ${text.length} B raw, ${gz} B gzip`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
