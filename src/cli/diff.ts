/**
 * `flink-memory diff --config A [--config B] --from-version X --to-version Y [--mode M] [--json] [--lang]`:
 * the compare view on the command line. Exit: 0 the "after" side is accepted, 1 Flink refuses it,
 * 2 bad usage or unreadable input.
 */
import { readBounded } from './read';
import { langArg, UsageError, walkArgs, type Lang } from './args';
import { MAX_TEXT_CHARS } from '~/model/config/limits';
import { compareConfigs, type Comparison, type FigureDelta } from '~/model/compare';
import { parseConfigText } from '~/model/config';
import { toHumanReadable } from '~/model/memorysize';
import { toFlinkVersion } from '~/model/version';
import { DEPLOYMENT_MODES, FLINK_VERSIONS, NEWEST_VERSION, type DeploymentMode, type FlinkVersion } from '~/model/types';
import { configTexts, fillConfigText } from '~/i18n/config';
import { compareText, refusalText } from '~/i18n/compare';
import { stringifyExact } from './json';

export const DIFF_USAGE = `Usage: flink-memory diff --config A [--config B] --from-version X --to-version Y [--mode M] [--json] [--lang en|zh]

  --config FILE        config.yaml, flink-conf.yaml, -D list or FlinkDeployment (detected); twice = A and B
  --from-version X     version of A (default ${NEWEST_VERSION}); ${FLINK_VERSIONS[0]} … ${NEWEST_VERSION}
  --to-version Y       version of B, or of A again (default: the from version)
  --mode M             ${DEPLOYMENT_MODES.filter((m) => m !== 'local').join(' | ')} (default standalone)
`;

function version(raw: string): FlinkVersion {
  const v = toFlinkVersion(raw);
  if (!v) throw new UsageError(`unknown Flink version '${raw}'; supported: ${FLINK_VERSIONS.join(', ')}`);
  return v;
}

async function load(file: string, v: FlinkVersion, lang: Lang): Promise<Record<string, string>> {
  let text: string;
  try {
    const r = await readBounded(file, MAX_TEXT_CHARS);
    if (r.more) throw new UsageError(`${file} is too large (more than ${MAX_TEXT_CHARS} characters)`);
    text = r.text;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = parseConfigText(text, { version: v });
  if (!r.ok) throw new UsageError(`${file}: ${fillConfigText(configTexts(lang)[r.error.id], r.error.params)}`);
  return { ...r.config };
}

const size = (b: bigint | null, count: boolean): string =>
  b === null ? '-' : count ? String(b) : toHumanReadable(b < 0n ? -b : b);
function deltaText(f: FigureDelta, lang: Lang): string {
  if (f.delta === null) return '-';
  if (f.delta === 0n) return compareText[lang].unchanged;
  const count = f.name === 'numNetworkBuffers' || f.name === 'numSlots';
  return `${f.delta > 0n ? '+' : '-'}${count ? String(f.delta < 0n ? -f.delta : f.delta) : toHumanReadable(f.delta < 0n ? -f.delta : f.delta)}`;
}

/** The comparison as plain text in `lang` (shared with tests). */
export function comparisonText(c: Comparison, lang: Lang): string {
  const t = compareText[lang];
  const ct = configTexts(lang);
  const out: string[] = [`# Flink ${c.from} → ${c.to} (${c.mode})`];
  for (const [name, p] of [
    ['taskmanager', c.tm],
    ['jobmanager', c.jm],
  ] as const) {
    if (!p) continue;
    out.push('', `## ${t[name]}: ${refusalText(p.refusal, lang)}`);
    if (!p.before.ok) out.push(`${t.before}: ${p.before.error?.className}: ${p.before.error?.message}`);
    if (!p.after.ok) out.push(`${t.after}: ${p.after.error?.className}: ${p.after.error?.message}`);
    for (const f of p.figures) {
      const count = f.name === 'numNetworkBuffers' || f.name === 'numSlots';
      out.push(
        `${t[`fig.${f.name}` as keyof typeof t] ?? f.name}: ${size(f.before, count)} → ${size(f.after, count)} (${deltaText(f, lang)})`,
      );
    }
    out.push(`${t.jvm}: ${p.before.jvmParams || '-'}`, `  → ${p.after.jvmParams || '-'}`);
  }
  out.push('', `## ${t.defaults}`);
  if (c.defaults.length === 0) out.push(t.defaultsNone);
  for (const d of c.defaults) {
    const b = d.readBefore ? (d.before ?? t.noDefault) : t.notRead;
    const a = d.readAfter ? (d.after ?? t.noDefault) : t.notRead;
    out.push(`${d.key}: ${b} → ${a}${d.setInConfig ? ` (${d.readAfter ? t.setInConfig : t.setButGone})` : ''}`);
  }
  out.push('', `## ${t.keys}`);
  if (c.keys.length === 0) out.push(t.keysNone);
  for (const k of c.keys) out.push(`${k.key}: ${fillConfigText(ct[k.report.id], { ...k.report.params })}`);
  if (c.valueChanges.length) {
    out.push('', `## ${t.valueChanges}`);
    for (const v of c.valueChanges) out.push(`${v.key}: ${v.before ?? '-'} → ${v.after ?? '-'}`);
  }
  return out.join('\n') + '\n';
}

/** Runs `diff` with the arguments after the command name; returns the exit status. */
export async function runDiff(argv: readonly string[]): Promise<number> {
  try {
    const files: string[] = [];
    let fromRaw: string | undefined;
    let toRaw: string | undefined;
    let mode: DeploymentMode = 'standalone';
    let json = false;
    let lang: Lang = 'en';
    const help = walkArgs(argv, (t, next) => {
      if (t === '--config' || t === '-c') files.push(next());
      else if (t === '--from-version' || t === '--from') fromRaw = next();
      else if (t === '--to-version' || t === '--to') toRaw = next();
      else if (t === '--mode' || t === '-m') {
        const m = next();
        if (!(DEPLOYMENT_MODES as readonly string[]).includes(m) || m === 'local') throw new UsageError(`unknown mode '${m}'`);
        mode = m as DeploymentMode;
      } else if (t === '--json') json = true;
      else if (t === '--lang') lang = langArg(next());
      else if (t === '--help' || t === '-h') return true;
      else throw new UsageError(`unknown argument ${t}`);
      return false;
    });
    if (help) {
      process.stdout.write(DIFF_USAGE);
      return 0;
    }
    if (files.length === 0 || files.length > 2) throw new UsageError('diff needs one or two --config FILE');
    const from = fromRaw !== undefined ? version(fromRaw) : NEWEST_VERSION;
    const to = toRaw !== undefined ? version(toRaw) : from;
    const a = await load(files[0]!, from, lang);
    const b = files[1] !== undefined ? await load(files[1], to, lang) : undefined;
    const c = compareConfigs({ a, b, from, to, mode });
    if (json) {
      const t = compareText[lang];
      const ct = configTexts(lang);
      process.stdout.write(
        stringifyExact({
          ...c,
          refusals: {
            tm: c.tm ? { change: c.tm.refusal, text: refusalText(c.tm.refusal, lang) } : null,
            jm: c.jm ? { change: c.jm.refusal, text: refusalText(c.jm.refusal, lang) } : null,
          },
          keys: c.keys.map((k) => ({
            key: k.key,
            value: k.value,
            before: k.before,
            after: k.after,
            replacement: k.report.replacement ?? null,
            removedIn: k.report.removedIn ?? null,
            text: fillConfigText(ct[k.report.id], { ...k.report.params }),
          })),
          labels: { defaultsNone: t.defaultsNone },
        }) + '\n',
      );
    } else process.stdout.write(comparisonText(c, lang));
    const refusedAfter = (c.tm && !c.tm.after.ok) || (c.jm && !c.jm.after.ok);
    return refusedAfter ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`flink-memory diff: ${e.message}\n\n${DIFF_USAGE}`);
      return 2;
    }
    process.stderr.write(`flink-memory diff: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
