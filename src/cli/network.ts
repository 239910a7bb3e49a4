/**
 * `flink-memory network --job FILE.json`: the network calculator's job estimate on the command
 * line — verdict, the first pool that fails, Flink's message and the model's verified fixes.
 */
import { estimateJobOnTm } from '~/model/network/tm';
import type { JobDescription } from '~/model/network/job';
import { networkFixesFor } from '~/model/advice/network';
import { parseFlinkRelease } from '~/model/release';
import { en as netEn, zh as netZh } from '~/i18n/explanations-network';
import { explain } from '~/i18n/explanations';
import { stringifyExact } from './json';
import { readBounded, type BoundedText } from './read';
import { MAX_TEXT_CHARS } from '~/model/config/limits';
import { fixesJson, fixesLines } from './fixes';
import type { Args } from './flink-memory';

export interface NetworkCliDeps {
  loadConfig(a: Args, out: string[]): Promise<Record<string, string>>;
  releaseNote(a: Args): string;
  releaseJson(a: Args): Record<string, unknown>;
  usage(message: string): never;
}

interface JobFile extends Partial<JobDescription> {
  config?: Record<string, unknown>;
  flinkVersion?: string;
}

async function readJob(a: Args, deps: NetworkCliDeps): Promise<{ job: JobDescription; config: Record<string, string> }> {
  if (a.jobFile === undefined) deps.usage('network needs --job FILE.json');
  let read: BoundedText;
  try {
    read = await readBounded(a.jobFile, MAX_TEXT_CHARS);
  } catch (e) {
    deps.usage(`cannot read ${a.jobFile}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (read.more) deps.usage(`${a.jobFile} is too large (more than ${MAX_TEXT_CHARS} characters)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch (e) {
    deps.usage(`cannot read ${a.jobFile}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    deps.usage(`${a.jobFile}: expected a JSON object with vertices and edges`);
  const f = parsed as JobFile;
  if (!a.versionGiven && typeof f.flinkVersion === 'string') {
    const rel = parseFlinkRelease(f.flinkVersion);
    if (!rel) deps.usage(`${a.jobFile}: unknown flinkVersion '${f.flinkVersion}'`);
    a.version = rel.version;
    a.patch = rel.patch;
  }
  const fileConfig: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.config ?? {})) fileConfig[k] = String(v);
  const config = { ...fileConfig, ...(await deps.loadConfig(a, [])) };
  const slots = f.slotsPerTm ?? Number(config['taskmanager.numberOfTaskSlots'] ?? '1');
  if (!Array.isArray(f.vertices) || !Array.isArray(f.edges)) deps.usage(`${a.jobFile}: "vertices" and "edges" must be arrays`);
  config['taskmanager.numberOfTaskSlots'] ??= String(slots);
  const job: JobDescription = { vertices: f.vertices, edges: f.edges, slotsPerTm: slots };
  if (f.slotSharing !== undefined) (job as { slotSharing?: boolean }).slotSharing = f.slotSharing;
  return { job, config };
}

/** Runs the subcommand; exit status 0 = fits, 1 = does not fit or the TaskManager is refused. */
export async function runNetwork(a: Args, deps: NetworkCliDeps): Promise<number> {
  const { job, config } = await readJob(a, deps);
  const opts = { version: a.version, mode: a.mode === 'local' ? ('standalone' as const) : a.mode };
  const est = estimateJobOnTm(job, config, opts);
  const lang = a.lang;
  if (!est.ok) {
    if (est.inputError) {
      const t = (lang === 'zh' ? netZh : netEn) as Record<string, { title: string; explanation: string } | undefined>;
      const words = t[est.inputError.id];
      const text = words ? `${words.title}: ${fill(words.explanation, est.inputError.params)}` : est.inputError.id;
      deps.usage(`${a.jobFile}: ${text}`);
    }
    const error = est.error!;
    if (a.json) {
      process.stdout.write(
        stringifyExact({
          flinkVersion: a.version,
          ...deps.releaseJson(a),
          ok: false,
          taskManagerRefused: true,
          error,
          explanation: explain(error.id, lang, error.params) ?? null,
          fixes: [],
        }) + '\n',
      );
    } else {
      process.stdout.write(
        [
          deps.releaseNote(a),
          `${error.className}: ${error.message}`,
          lang === 'zh'
            ? '（TaskManager 配置本身被 Flink 拒绝：先用 tm 命令修正它。）'
            : '(Flink refuses the TaskManager configuration itself: fix it with the tm command first.)',
        ].join('\n') + '\n',
      );
    }
    return 1;
  }
  const v = est.value;
  const advice = networkFixesFor(job, config, opts, est);
  if (a.json) {
    process.stdout.write(
      stringifyExact({
        flinkVersion: a.version,
        ...deps.releaseJson(a),
        ok: v.verdict.ok,
        numNetworkBuffers: v.numNetworkBuffers,
        networkBufferSize: v.network.networkBufferSize,
        networkMemory: v.network.networkMemory,
        requiredPerTm: v.requiredPerTm,
        targetPerTm: v.targetPerTm,
        numTms: v.numTms,
        firstFailingPool: v.verdict.ok ? null : { tm: v.verdict.tm ?? null, ...(v.verdict.pool ?? {}) },
        error: v.verdict.error ?? null,
        fixes: fixesJson(advice, lang),
        noSingleFix: advice.noSingleFix,
      }) + '\n',
    );
    return v.verdict.ok ? 0 : 1;
  }
  const zh = lang === 'zh';
  const out = [deps.releaseNote(a)];
  out.push(
    zh
      ? `每个 TaskManager 有 ${v.numNetworkBuffers} 个网络缓冲区（${v.network.networkBufferSize} 字节）；最繁忙的 TaskManager 需要 ${v.requiredPerTm} 个。`
      : `${v.numNetworkBuffers} network buffers of ${v.network.networkBufferSize} bytes per TaskManager; the busiest TaskManager needs ${v.requiredPerTm}.`,
  );
  if (v.verdict.ok) {
    out.push(zh ? '结论：作业的网络缓冲区放得下。' : "Verdict: the job's network buffers fit.");
  } else {
    const p = v.verdict.pool;
    out.push(zh ? '结论：放不下。' : 'Verdict: does not fit.');
    if (p)
      out.push(
        zh
          ? `第一个失败的缓冲池：TaskManager ${v.verdict.tm} 上的 ${p.kind}（${p.subtask}，${p.edge}），请求 ${p.request} 个缓冲区。`
          : `First pool that fails: ${p.kind} on TaskManager ${v.verdict.tm} (${p.subtask}, ${p.edge}), requesting ${p.request} buffers.`,
      );
    if (v.verdict.error) out.push(`${v.verdict.error.className}: ${v.verdict.error.message}`);
  }
  out.push(...fixesLines(advice, lang));
  process.stdout.write(out.join('\n') + '\n');
  return v.verdict.ok ? 0 : 1;
}

function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}
