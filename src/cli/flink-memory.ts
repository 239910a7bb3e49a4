/**
 * Command line: `npm run -s flink-memory -- tm|jm|size|conform ...`.
 *   tm / jm  [--config FILE] [-D key=value | -Dkey=value]... [--flink-version V] [--mode M] [--json] [--lang en|zh]
 *   size TEXT [--json] [--lang en|zh]
 *   conform  < cases.jsonl > results.jsonl
 * Exit status: 0 ok, 1 Flink refuses the configuration (or the size), 2 usage / input errors.
 */
import { langArg, UsageError, walkArgs } from './args';
import { jobManagerLogBlock, taskManagerLogBlock } from '~/model/logblock';
import { deriveTaskManager } from '~/model/taskmanager';
import { deriveJobManager } from '~/model/jobmanager';
import { memorySizeToString, parseMemorySize, toHumanReadable } from '~/model/memorysize';
import { parseFlinkRelease, modelledPatches } from '~/model/release';
import { javaDoubleToString } from '~/model/float';
import {
  DEPLOYMENT_MODES,
  FLINK_VERSIONS,
  NEWEST_VERSION,
  type DeploymentMode,
  type FlinkError,
  type FlinkVersion,
  type JobManagerResult,
  type LogEntry,
  type TaskManagerResult,
} from '~/model/types';
import { reportKeys } from '~/model/config';
import { configTexts, fillConfigText } from '~/i18n/config';
import { explain } from '~/i18n/explanations';
import { parseExact, stringifyExact } from './json';
import { conformCase } from './conform/handlers';
import { loadConfigInput } from './config-input';
import { fixesFor } from '~/model/advice/process';
import { fixesJson, fixesLines } from './fixes';
import { runNetwork } from './network';
import { localModeView, type LocalModeView } from '~/model/local';
import type { VectorCase } from './conform/types';
import { DiagnoseInputError, runDiagnose } from './diagnose';
import { runAdvise } from './advise';
import { runDiff } from './diff';

type Lang = 'en' | 'zh';

/** The package's version, put in by scripts/build-package.mjs (the CLI always runs bundled). */
declare const __FMG_VERSION__: string;
const TOOL_VERSION = typeof __FMG_VERSION__ === 'string' ? __FMG_VERSION__ : 'dev';

const USAGE = `Usage: flink-memory <command> [options]
       flink-memory --help | --version

Commands:
  tm       TaskManager memory, as Flink's taskmanager.sh derives it
  jm       JobManager memory, as Flink's jobmanager.sh derives it
  size T   parse a memory size T as Flink's MemorySize.parse does
  conform  read test vectors (JSONL) on stdin, write {"id","actual"} lines
  diagnose FILE|-  find the memory failure in a log, pod status or metrics snapshot
                   [--json] [--lang en|zh]; exit 1 when a failure was found, 0 when none
  advise   --input FILE.json: a memory configuration with a reason per key (see advise --help)
  diff     --config A [--config B] --from-version X --to-version Y (see diff --help)
  network  --job FILE.json: will the job's network buffers fit? verdict, first failing pool,
           Flink's message and verified fixes (see 'network' below)

Options (tm, jm):
  --config FILE        config.yaml, flink-conf.yaml, -D list, FlinkDeployment or a JSON map
                       (detected; - reads standard input; at most 1,000,000 characters)
  -D key=value         a configuration entry (repeatable; also -Dkey=value); wins over --config
  --flink-version V    ${FLINK_VERSIONS[0]} … ${NEWEST_VERSION} or a full version like 1.20.1 (default ${NEWEST_VERSION}).
                       Each minor is modelled as its last patch release; a full version selects
                       the known differences of earlier patches (1.10.0, 1.10.0–1.10.1 local mode,
                       1.11.0–1.11.2, 1.12.0–1.12.4)
  --mode M             ${DEPLOYMENT_MODES.join(' | ')} (default standalone)
  --json               machine-readable output (exact integers)
  --lang en|zh         language of explanations (default en)

A refusal lists verified fixes; with --json: "fixes": [{"set": {key: value}, "text"}], and
applying any "set" as -D options to the same input gives "ok": true.

network --job FILE.json [--flink-version V] [--mode M] [--json] [--lang en|zh]
  FILE.json: {"vertices": [{"name": "source", "parallelism": 400}, …],
              "edges": [{"from": "source", "to": "sink", "pattern": "all-to-all",
                         "partitionType": "PIPELINED_BOUNDED"}, …],
              "slotsPerTm": 8, "slotSharing": true,
              "config": {"taskmanager.memory.process.size": "1728m", …},
              "flinkVersion": "1.20"}   (config/flinkVersion optional; -D and --config add to config)
  Exit status 1 when the job does not fit.
`;

export { UsageError };

export interface Args {
  command: string;
  positional: string[];
  dynamic: [string, string][];
  configFile?: string;
  /** `network --job FILE.json`. */
  jobFile?: string;
  /** The version was given on the command line (a job file's own version then yields). */
  versionGiven?: boolean;
  version: FlinkVersion;
  /** The patch the reader named (`1.10.0` → 0), else undefined = the last patch. */
  patch?: number | undefined;
  mode: DeploymentMode;
  json: boolean;
  lang: Lang;
}

function splitKv(s: string): [string, string] {
  const i = s.indexOf('=');
  if (i <= 0) throw new UsageError(`-D expects key=value, got '${s}'`);
  return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

function parseArgs(argv: string[]): Args {
  // `flink-memory --help` / `--version`: an option in first place means no command.
  const first = argv[0];
  const command = first === undefined || first.startsWith('-') ? 'help' : first;
  const rest = command === first ? argv.slice(1) : argv;
  const a: Args = { command, positional: [], dynamic: [], version: NEWEST_VERSION, mode: 'standalone', json: false, lang: 'en' };
  walkArgs(rest, (t, next) => {
    if (t === '-D') a.dynamic.push(splitKv(next()));
    else if (t.startsWith('-D')) a.dynamic.push(splitKv(t.slice(2)));
    else if (t === '--config' || t === '-c') a.configFile = next();
    else if (t === '--job') a.jobFile = next();
    else if (t === '--flink-version' || t === '-v') {
      const raw = next();
      const rel = parseFlinkRelease(raw);
      if (!rel) throw new UsageError(`unknown Flink version '${raw}'; supported: ${FLINK_VERSIONS.join(', ')}`);
      a.version = rel.version;
      a.patch = rel.patch;
      a.versionGiven = true;
    } else if (t === '--mode' || t === '-m') {
      const m = next();
      if (!(DEPLOYMENT_MODES as readonly string[]).includes(m))
        throw new UsageError(`unknown mode '${m}'; use one of ${DEPLOYMENT_MODES.join(', ')}`);
      a.mode = m as DeploymentMode;
    } else if (t === '--json') a.json = true;
    else if (t === '--lang') a.lang = langArg(next());
    else if (t === '--help' || t === '-h') a.command = 'help';
    else if (t === '--version') a.command = 'version';
    else if (t.startsWith('--')) throw new UsageError(`unknown option ${t}`);
    else a.positional.push(t);
  });
  return a;
}

export async function loadConfig(a: Args, out: string[]): Promise<Record<string, string>> {
  const r = await loadConfigInput({ configFile: a.configFile, dynamic: a.dynamic, version: a.version, lang: a.lang });
  if (!r.ok) throw new UsageError(r.message);
  out.push(...r.notes);
  return r.config;
}

function keyNotes(config: Record<string, string>, a: Args, out: string[]): void {
  const texts = configTexts(a.lang);
  for (const e of reportKeys(config, a.version)) {
    if (e.status === 'memory' || e.status === 'not-memory') continue;
    let line = `note: ${e.key}: ${fillConfigText(texts[e.id], { version: a.version, ...e.params })}`;
    if (e.suggestion) line += ` — ${fillConfigText(texts['report.didYouMean'], { suggestion: e.suggestion })}`;
    out.push(line);
  }
}

function logLines(log: readonly LogEntry[]): string[] {
  return log.map((l) => `${l.level} ${l.message}`);
}

function refusal(error: FlinkError, lang: Lang): string[] {
  const lines = [`${error.className}: ${error.message}`];
  for (const c of error.causes) lines.push(`  Caused by: ${c.className}: ${c.message}`);
  const x = explain(error.id, lang, error.params);
  if (x) lines.push('', x.title, x.explanation, (lang === 'zh' ? '修复：' : 'Fix: ') + x.fix);
  return lines;
}

function withExplanation(r: TaskManagerResult | JobManagerResult, lang: Lang): unknown {
  if (r.ok) return r;
  return { ...r, explanation: explain(r.error.id, lang, r.error.params) ?? null };
}

async function runProcess(a: Args, which: 'tm' | 'jm'): Promise<number> {
  const out: string[] = [];
  const config = await loadConfig(a, out);
  const opts = { version: a.version, mode: a.mode, patch: a.patch };
  const r = which === 'tm' ? deriveTaskManager(config, opts) : deriveJobManager(config, opts);
  const advice = r.ok ? undefined : fixesFor(which === 'tm' ? 'taskmanager' : 'jobmanager', config, opts);
  if (a.json) {
    const body: Record<string, unknown> = {
      flinkVersion: a.version,
      ...releaseJson(a),
      mode: a.mode,
      config,
      ok: r.ok,
      result: withExplanation(r, a.lang),
    };
    const local = r.ok && which === 'tm' ? localModeView(r as Extract<TaskManagerResult, { ok: true }>, r.log) : undefined;
    if (local) body['local'] = local;
    if (advice) {
      body['fixes'] = fixesJson(advice, a.lang);
      body['noSingleFix'] = advice.noSingleFix;
    }
    process.stdout.write(stringifyExact(body) + '\n');
    return r.ok ? 0 : 1;
  }
  out.push(releaseNote(a));
  keyNotes(config, a, out);
  out.push(...logLines(r.log));
  if (!r.ok) {
    out.push(...refusal(r.error, a.lang), ...fixesLines(advice!, a.lang));
    process.stdout.write(out.join('\n') + '\n');
    return 1;
  }
  out.push(`Flink ${a.version}, mode ${a.mode}, path ${r.path}`, '');
  if (which === 'tm') {
    const t = r as Extract<TaskManagerResult, { ok: true }>;
    const local = localModeView(t, t.log);
    if (local) out.push(...localLines(local, a.lang));
    else out.push(...taskManagerLogBlock(t), '', `CPU cores: ${javaDoubleToString(t.cpuCores)}   slots: ${t.numSlots}`);
  } else if (r.path === 'legacy-1.10') {
    out.push(
      'Flink 1.10 has no JobManager memory model: bin/jobmanager.sh turns jobmanager.heap.size into -Xms/-Xmx (whole MiB).',
      `JVM heap: ${toHumanReadable(r.jvmHeap)}`,
    );
  } else {
    out.push(...jobManagerLogBlock(r as Extract<JobManagerResult, { ok: true }>));
  }
  if (r.jvmParams === '' && r.dynamicConfigs === '' && a.mode === 'local') {
    out.push('', 'Local execution: the MiniCluster runs in the current JVM; no JVM flags or -D string are generated.');
  } else {
    out.push(
      '',
      'JVM parameters:',
      r.jvmParams,
      '',
      'Dynamic configs:',
      r.dynamicConfigs === '' ? '(none in this version)' : r.dynamicConfigs,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

/** Local execution: what the MiniCluster really limits, instead of "2.002tb" and "1000000 CPU cores". */
function localLines(v: LocalModeView, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines = [zh ? '本地执行（MiniCluster）：' : 'Local execution (MiniCluster):'];
  if (v.unlimited.length)
    lines.push(
      `  ${zh ? '不受限制（Flink 填入“最大可能值”）' : 'unlimited (Flink fills in "the maximal possible value")'}: ${v.unlimited.join(', ')}`,
    );
  lines.push(
    `  ${zh ? '不适用（MiniCluster 运行在调用方的 JVM 中）' : "not applicable (the MiniCluster runs inside the caller's JVM)"}: ${v.notApplicable.join(', ')}`,
  );
  if (v.ignoredInputs.length)
    lines.push(`  ${zh ? '本地执行忽略的输入' : 'inputs local execution ignores'}: ${v.ignoredInputs.join(', ')}`);
  for (const f of v.filled) lines.push(`  ${zh ? '已填入' : 'filled'}: ${f.key} = ${f.value}`);
  return lines;
}

/** Which release the figures are those of: named in every output (issue: "say so"). */
export function releaseNote(a: Args): string {
  const diffs = modelledPatches(a.version, a.patch);
  if (a.patch === undefined) return `note: Flink ${a.version} is modelled as its last patch release.`;
  if (diffs.length)
    return `note: Flink ${a.version}.${a.patch}: its differences from the last ${a.version} patch are modelled (${diffs.join(', ')}); all else is the last patch's.`;
  return `note: Flink ${a.version}.${a.patch}: no known difference from the last ${a.version} patch; the figures are those of the last patch.`;
}

export function releaseJson(a: Args): Record<string, unknown> {
  return {
    patch: a.patch ?? null,
    patchDifferences: modelledPatches(a.version, a.patch),
    modelledAs: a.patch === undefined ? 'last-patch' : `${a.version}.${a.patch}`,
  };
}

function runSize(a: Args): number {
  const text = a.positional.join(' ');
  if (a.positional.length === 0) throw new UsageError('size needs a TEXT argument, e.g. size 1728m');
  const r = parseMemorySize(text);
  if (a.json) {
    const body: Record<string, unknown> = r.ok
      ? { ok: true, bytes: r.value, toString: memorySizeToString(r.value), humanReadable: toHumanReadable(r.value) }
      : { ok: false, error: r.className, message: r.message, explanation: explain(r.id, a.lang) ?? null };
    process.stdout.write(stringifyExact(body) + '\n');
    return r.ok ? 0 : 1;
  }
  if (!r.ok) {
    process.stdout.write(refusal({ className: r.className, message: r.message, causes: [], id: r.id }, a.lang).join('\n') + '\n');
    return 1;
  }
  process.stdout.write(`${r.value}\n${memorySizeToString(r.value)}\n${toHumanReadable(r.value)}\n`);
  return 0;
}

async function runConform(): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    let c: VectorCase;
    try {
      c = parseExact(line) as VectorCase;
    } catch {
      out.push(stringifyExact({ id: null, actual: { error: 'invalid JSON line' } }));
      continue;
    }
    if (typeof c !== 'object' || c === null) {
      out.push(stringifyExact({ id: null, actual: { error: 'a case must be a JSON object' } }));
      continue;
    }
    out.push(stringifyExact({ id: c.id ?? null, actual: conformCase(c) }));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'advise') return await runAdvise(argv.slice(1));
  if (argv[0] === 'diff') return await runDiff(argv.slice(1));
  try {
    const a = parseArgs(argv);
    switch (a.command) {
      case 'tm':
        return await runProcess(a, 'tm');
      case 'jm':
        return await runProcess(a, 'jm');
      case 'size':
        return runSize(a);
      case 'conform':
        return await runConform();
      case 'diagnose':
        return await runDiagnose(a.positional, a.json, a.lang);
      case 'network':
        return await runNetwork(a, {
          loadConfig,
          releaseNote,
          releaseJson,
          usage: (message: string): never => {
            throw new UsageError(message);
          },
        });
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case 'version':
        process.stdout.write(`flink-memory ${TOOL_VERSION} (models Flink ${FLINK_VERSIONS[0]} to ${NEWEST_VERSION})\n`);
        return 0;
      default:
        throw new UsageError(`unknown command '${a.command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof DiagnoseInputError) {
      process.stderr.write(`flink-memory: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`flink-memory: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
