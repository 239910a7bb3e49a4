/**
 * `flink-memory advise --input FILE.json [--json] [--lang en|zh]`: the advisor on the command line.
 * The JSON output is the contract in DESIGN.md: `{ config, reasons, warnings, checks }` (plus the
 * normalised input and any input problems). Exit: 0 advice given, 1 the model could not verify it,
 * 2 bad usage or unreadable input.
 */
import { readBounded } from './read';
import { langArg, UsageError, walkArgs, type Lang } from './args';
import { MAX_TEXT_CHARS } from '~/model/config/limits';
import { advise, type Advice } from '~/model/advisor';
import { toHumanReadable } from '~/model/memorysize';
import { advisorText, fillAdvisor, problemText, reasonLine, warningText } from '~/i18n/advisor';
import { parseExact, stringifyExact } from './json';

export const ADVISE_USAGE = `Usage: flink-memory advise --input FILE.json [--json] [--lang en|zh]

FILE.json (every field optional; "-" reads stdin):
  { "version": "2.0", "deployment": "kubernetes-operator" | "native-kubernetes" | "yarn" | "standalone",
    "taskManager": { "memory": "4Gi" | "4096m" | 8192, "cpus": 2, "slots": 2 | "derive" },
    "jobManager": { "memory": "1600m" }, "yarnMinAllocationMb": 1024,
    "job": { "mode": "streaming" | "batch", "stateBackend": "hashmap" | "rocksdb" | "forst",
             "stateSizePerSlot": "2g", "sql": { "windows": true, "joins": false, "aggregations": true },
             "python": false, "parallelism": 8,
             "exchanges": "forward" | "one-shuffle" | "two-shuffles" | "broadcast-join" | "wide-batch",
             "checkpointing": "aligned" | "unaligned" | "none" },
    "goals": ["max-managed", "native-headroom", "min-cost"] }
`;

/** The advice as the JSON contract: reasons and warnings as text in `lang`, sizes as exact integers. */
export function adviceJson(a: Advice, lang: Lang): Record<string, unknown> {
  return {
    config: a.config,
    reasons: Object.fromEntries(Object.entries(a.reasons).map(([k, r]) => [k, reasonLine(r, lang)])),
    warnings: a.warnings.map((w) => ({ id: w.id, text: warningText(w, lang), params: w.params, keys: w.keys ?? [] })),
    checks: a.checks,
    problems: a.problems.map((p) => ({ id: p.id, field: p.field, text: problemText(p, lang) })),
    input: a.input,
    job: a.job,
    numTms: a.numTms,
  };
}

function textOutput(a: Advice, lang: Lang): string {
  const t = advisorText[lang].ui;
  const out: string[] = [];
  if (a.problems.length) {
    out.push(`# ${t.problems}`);
    for (const p of a.problems) out.push(`- ${problemText(p, lang)}`);
    out.push('');
  }
  out.push(`# ${t.result} (Flink ${a.input.version}, ${a.input.deployment})`);
  for (const [k, v] of Object.entries(a.config)) out.push(`${k}: ${v}`);
  out.push('', `# ${t.why}`);
  for (const [k, r] of Object.entries(a.reasons)) out.push(`${k}: ${reasonLine(r, lang)}`);
  if (a.warnings.length) {
    out.push('', `# ${t.warnings}`);
    for (const w of a.warnings) out.push(`- ${warningText(w, lang)}`);
  }
  const c = a.checks;
  out.push('', `# ${t.checks}`);
  out.push(`${t.checkTm}: ${c.tm.ok ? t.ok : `${t.refused}: ${c.tm.error?.message ?? ''}`}`);
  if (c.tm.figures)
    out.push(
      `${t.checkFit}: ${fillAdvisor(t.container, { process: toHumanReadable(c.tm.figures['totalProcess'] ?? 0n), container: toHumanReadable(c.tm.container) })} — ${c.tm.fits ? t.fits : t.doesNotFit}`,
    );
  out.push(`${t.checkJm}: ${c.jm.ok ? t.ok : `${t.refused}: ${c.jm.error?.message ?? ''}`}`);
  out.push(
    `${t.checkNetwork}: ${fillAdvisor(t.buffers, { available: String(c.network.numNetworkBuffers), required: String(c.network.requiredPerTm), wanted: String(c.network.wantedPerTm), tms: String(c.network.numTms) })} — ${c.network.fitsWithMargin ? t.fits : t.doesNotFit}`,
  );
  if (c.stateBackend.backend !== 'hashmap') {
    out.push(
      `${t.checkState}: ${fillAdvisor(t.perSlot, { perSlot: toHumanReadable(c.stateBackend.perSlot), needed: toHumanReadable(c.stateBackend.neededPerSlot) })}`,
    );
  } else out.push(`${t.checkState}: ${fillAdvisor(t.heapPerSlot, { heapPerSlot: toHumanReadable(c.stateBackend.heapPerSlot) })}`);
  if (c.platform.yarnContainerMb !== null) out.push(fillAdvisor(t.yarnContainer, { mb: String(c.platform.yarnContainerMb) }));
  else if (c.platform.deployment !== 'standalone')
    out.push(fillAdvisor(t.podRequest, { mib: String(c.platform.tmContainer >> 20n) }));
  return out.join('\n') + '\n';
}

/** Runs `advise` with the arguments after the command name; returns the exit status. */
export async function runAdvise(argv: readonly string[]): Promise<number> {
  try {
    let input: string | undefined;
    let json = false;
    let lang: Lang = 'en';
    const help = walkArgs(argv, (t, next) => {
      if (t === '--input' || t === '-i') input = next();
      else if (t === '--json') json = true;
      else if (t === '--lang') lang = langArg(next());
      else if (t === '--help' || t === '-h') return true;
      else throw new UsageError(`unknown argument ${t}`);
      return false;
    });
    if (help) {
      process.stdout.write(ADVISE_USAGE);
      return 0;
    }
    if (input === undefined) throw new UsageError('advise needs --input FILE.json');
    let text: string;
    try {
      const r = await readBounded(input, MAX_TEXT_CHARS);
      if (r.more) throw new UsageError(`${input} is too large (more than ${MAX_TEXT_CHARS} characters)`);
      text = r.text;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read ${input}: ${e instanceof Error ? e.message : String(e)}`);
    }
    let raw: unknown;
    try {
      raw = parseExact(text);
    } catch (e) {
      throw new UsageError(`${input} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${input} must hold a JSON object`);
    const a = advise(raw);
    process.stdout.write(json ? stringifyExact(adviceJson(a, lang)) + '\n' : textOutput(a, lang));
    return a.checks.tm.ok && a.checks.jm.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`flink-memory advise: ${e.message}\n\n${ADVISE_USAGE}`);
      return 2;
    }
    process.stderr.write(`flink-memory advise: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
