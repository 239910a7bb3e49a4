/**
 * `flink-memory diagnose FILE|- [--json] [--lang en|zh]`: the diagnosis page's analysis of a
 * pasted log, pod status or runtime snapshot. Reads at most `PASTE_CAP` characters. Exit status:
 * 1 when a failure was found, 0 when none, 2 on bad usage or unreadable input.
 */
import { readBounded, type BoundedText } from './read';
import { diagnose, PASTE_CAP, type Diagnosis, type Finding, type Fix } from '~/model/diagnose';
import { diagnoseText, FAMILY_EXAMPLES, fill, whatOf } from '~/i18n/diagnose';
import { stringifyExact } from './json';

type Lang = 'en' | 'zh';

/** Bad usage or unreadable input: the caller prints it with the usage and exits 2. */
export class DiagnoseInputError extends Error {}

/**
 * Reads a file or stdin (`-`) through the CLI's one bounded reader (`read.ts`), up to `cap`
 * characters; `truncated` says whether more was there.
 */
export async function readPaste(path: string, cap = PASTE_CAP): Promise<{ text: string; truncated: boolean }> {
  let r: BoundedText;
  try {
    r = await readBounded(path, cap);
  } catch (e) {
    throw new DiagnoseInputError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = r.more ? r.text.slice(0, cap) : r.text;
  if (/\u0000/.test(text.slice(0, 4096))) throw new DiagnoseInputError(`${path} is not a text file`);
  return { text, truncated: r.more };
}

/** A fix in words, with its settings as `key: value` lines. */
export function fixText(fix: Fix, lang: Lang): string {
  const t = (diagnoseText[lang].fixes as Record<string, string>)[fix.id] ?? fix.id;
  return fill(t, fix.params);
}

function findingJson(f: Finding, lang: Lang) {
  const t = diagnoseText[lang];
  return {
    id: f.id,
    pool: f.pool,
    process: f.process,
    title: t.diagnoses[f.id].title,
    explanation: fill(whatOf(t.diagnoses[f.id], f.process), f.params),
    fixes: f.fixes.map((x) => ({
      ...(x.set ? { set: x.set } : {}),
      ...(x.code ? { code: x.code } : {}),
      text: fixText(x, lang),
    })),
    causes: f.causes.map((c) => (t.causes as Record<string, string>)[c] ?? c),
    line: f.line,
    count: f.count,
    ...(f.consequenceOf ? { consequenceOf: f.consequenceOf } : {}),
    ...(f.subject ? { subject: f.subject } : {}),
    excerpt: f.excerpt,
  };
}

/** The JSON contract of `diagnose --json` (DESIGN.md). */
export function diagnosisJson(d: Diagnosis, lang: Lang): unknown {
  const t = diagnoseText[lang];
  return {
    findings: d.findings.map((f) => findingJson(f, lang)),
    extracted: d.extracted,
    calculators: d.calculators,
    ...(d.snapshot
      ? {
          snapshot: {
            ...d.snapshot,
            pools: d.snapshot.pools.map((p) => ({ ...p, verdictText: t.labels.verdicts[p.verdict] })),
            fixes: d.snapshot.fixes.map((x) => ({ ...(x.set ? { set: x.set } : {}), text: fixText(x, lang) })),
          },
        }
      : {}),
    lines: d.lines,
  };
}

const mib = (b: bigint): string => `${(Number(b) / 1048576).toFixed(1)} MiB`;

function textReport(d: Diagnosis, lang: Lang): string {
  const t = diagnoseText[lang];
  const out: string[] = [];
  if (d.findings.length === 0 && !d.snapshot) {
    out.push(t.ui['noneRecognised']!, '', `${t.ui['families']}:`);
    for (const f of FAMILY_EXAMPLES) out.push(`  - ${t.labels.pools[f.pool]}: ${f.example}`);
  }
  d.findings.forEach((f, i) => {
    out.push(
      `${i + 1}. ${t.diagnoses[f.id].title}  [${t.ui['pool']}: ${t.labels.pools[f.pool]} · ${t.ui['process']}: ${t.labels.processes[f.process]}${f.subject ? ` (${f.subject})` : ''}]`,
    );
    out.push(
      `   ${fill(t.ui['line']!, { line: String(f.line) })}${f.count > 1 ? ` · ${fill(t.ui['times']!, { count: String(f.count) })}` : ''}`,
    );
    if (f.consequenceOf) out.push(`   ${fill(t.ui['consequenceOf']!, { cause: t.diagnoses[f.consequenceOf].title })}`);
    out.push(`   ${fill(whatOf(t.diagnoses[f.id], f.process), f.params)}`);
    if (f.fixes.length) out.push(`   ${t.ui['fix']}:`);
    for (const x of f.fixes) {
      out.push(`   - ${fixText(x, lang)}`);
      for (const [k, v] of Object.entries(x.set ?? {})) out.push(`       ${k}: ${v}`);
      if (x.code) for (const l of x.code.split('\n')) out.push(`       ${l}`);
    }
    out.push('');
  });
  if (d.snapshot) {
    const s = d.snapshot;
    out.push(
      `${t.ui['snapshot']}: ${fill(t.ui['snapshotOf']!, { role: t.labels.processes[s.role], id: s.id, count: String(s.snapshots), source: t.labels.sources[s.source] })}`,
    );
    for (const p of s.pools) {
      const used = p.used.map(mib).join(' → ');
      out.push(
        `  ${t.labels.snapshotPools[p.pool]}: ${used}${p.limit !== undefined ? ` / ${mib(p.limit)}` : ''}${p.percent !== undefined ? ` (${p.percent}%)` : ''} — ${t.labels.verdicts[p.verdict]}`,
      );
    }
    for (const x of s.fixes) {
      out.push(`  - ${fixText(x, lang)}`);
      for (const [k, v] of Object.entries(x.set ?? {})) out.push(`      ${k}: ${v}`);
    }
    out.push('');
  }
  const props = Object.entries(d.extracted.systemProperties);
  const opts = Object.entries(d.extracted.config);
  if (opts.length || props.length || d.extracted.flinkVersion) {
    out.push(`${t.ui['extracted']}:`);
    if (d.extracted.flinkVersion) out.push(`  ${t.ui['version']}: ${d.extracted.flinkVersion}`);
    if (opts.length) out.push(`  ${t.ui['flinkOptions']}:`, ...opts.map(([k, v]) => `    ${k}: ${v}`));
    if (props.length) out.push(`  ${t.ui['systemProperties']}:`, ...props.map(([k, v]) => `    -D${k}=${v}`));
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** Runs the subcommand; returns the exit status. */
export async function runDiagnose(positional: readonly string[], json: boolean, lang: Lang): Promise<number> {
  if (positional.length !== 1) throw new DiagnoseInputError('diagnose needs exactly one FILE, or - for stdin');
  const { text, truncated } = await readPaste(positional[0]!);
  if (truncated) process.stderr.write(`flink-memory: note: read only the first ${PASTE_CAP} characters of ${positional[0]}\n`);
  const d = diagnose(text);
  process.stdout.write(json ? stringifyExact(diagnosisJson(d, lang)) + '\n' : textReport(d, lang));
  return d.findings.length > 0 ? 1 : 0;
}
