/**
 * Import/export for the calculators. Loaded only through `import()` when a reader opens the
 * import or export panel: it pulls in the config parsers (and the `yaml` package).
 */
import { parseConfigText, reportKeys } from '~/model/config';
import type { DetectedContext } from '~/model/config/types';
import { optionFor } from '~/model/options';
import { parseMemorySize } from '~/model/memorysize';
import { calculator, isCalculatorName } from '../registry';
import { exportConfig as exportAs, EXPORT_FORMATS } from '~/model/config/export';
import { configTexts, fillConfigText } from '~/i18n/config';
import type { FlinkVersion, DeploymentMode } from '~/model/types';
import { calcStrings } from '~/i18n/calculators';

export interface IgnoredKey {
  key: string;
  reason: string;
}

export interface ImportOutcome {
  ok: boolean;
  /** Keys to put in the form (only the calculator's own keys). */
  config: Record<string, string>;
  ignored: IgnoredKey[];
  /** Parser notes, as text in the page's language. */
  notes: string[];
  /** Why nothing could be read, in the page's language. */
  error?: string;
  /** The version / mode the text names (a FlinkDeployment's `spec.flinkVersion`, Kubernetes). */
  detected?: DetectedContext;
}

/** What the import worker receives. */
export interface ImportRequest {
  text: string;
  lang: 'en' | 'zh';
  v: FlinkVersion;
  allowedKeys: readonly string[];
  kind: string;
}

/** Text longer than this is refused before it is parsed (or put in the page). */
export { MAX_TEXT_CHARS } from '~/model/config/limits';

/**
 * Parses in a worker where the browser allows one (else on the main thread, after a frame so the
 * "reading" message shows first); same outcome and messages either way.
 */
export function importConfigOffThread(req: ImportRequest): Promise<ImportOutcome> {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) return new Promise((r) => setTimeout(() => r(importConfig(req.text, req)), 0));
  const w = worker;
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<ImportOutcome>) => {
      w.terminate();
      resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      // A worker that cannot start (CSP, old browser): read it here instead.
      resolve(importConfig(req.text, req));
    };
    w.postMessage({ ...req, allowedKeys: [...req.allowedKeys] });
  });
}

export interface ExportBlock {
  format: 'config-yaml' | 'flink-conf' | 'dynamic' | 'java' | 'flink-deployment';
  text: string;
}

/**
 * A size as a reader writes it in a configuration: `2 gb` (Flink's `MemorySize.toString`, which
 * the operator stores for `resource.memory: 2g`) becomes `2048m`; whole mebibytes in `m`, else
 * kibibytes in `k`, else bytes. A size already written without spaces is kept as written.
 */
export function compactSize(value: string): string {
  if (!/\s/.test(value.trim())) return value;
  const p = parseMemorySize(value);
  if (!p.ok) return value;
  const b = p.value;
  if (b % 1048576n === 0n) return `${b / 1048576n}m`;
  if (b % 1024n === 0n) return `${b / 1024n}k`;
  return `${b}b`;
}

/**
 * Fallback keys of the calculator's own non-memory inputs (`state.backend` for
 * `state.backend.type`), which the option registry does not hold.
 */
function jobOptionFallbacks(kind: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!isCalculatorName(kind)) return out;
  for (const o of calculator(kind).jobOptions ?? []) for (const f of o.fallbackKeys ?? []) out.set(f.key, o.key);
  return out;
}

/**
 * Parses any of the four formats and keeps every option this calculator reads in `v` — memory
 * options and the calculator's own inputs such as `state.backend.type` (a deprecated key stands
 * for its main key when that is absent, as Flink reads it). Sizes come back as readers write
 * them (`compactSize`). Every other key is listed with the reason from the key report, in the
 * page's language. A FlinkDeployment's version and mode come back in `detected`.
 */
export function importConfig(
  text: string,
  opts: { lang: 'en' | 'zh'; v: FlinkVersion; allowedKeys: readonly string[]; kind: string },
): ImportOutcome {
  const t = calcStrings[opts.lang];
  const texts = configTexts(opts.lang) as Readonly<Record<string, string>>;
  const say = (id: string, params?: Readonly<Record<string, string>>) => fillConfigText(texts[id] ?? id, params);
  const r = parseConfigText(text, { version: opts.v });
  const notes = r.notes.map((n) => (n.key ? `${n.key}: ` : '') + say(n.id, n.params));
  if (!r.ok) return { ok: false, config: {}, ignored: [], notes, error: say(r.error.id, r.error.params) };
  // The version the file is for decides what its keys mean (a FlinkDeployment names it).
  const v = r.detected?.version ?? opts.v;
  const allowed = new Set(opts.allowedKeys);
  const fallbacks = jobOptionFallbacks(opts.kind);
  const config: Record<string, string> = {};
  const ignored: IgnoredKey[] = [];
  const put = (key: string, value: string) => {
    config[key] = optionFor(key)?.type === 'memory' ? compactSize(value) : value;
  };
  for (const e of reportKeys(r.config, v)) {
    if (allowed.has(e.key) && (e.status === 'memory' || e.status === 'not-memory')) {
      put(e.key, e.value);
    } else if (
      e.status === 'deprecated' &&
      e.option !== undefined &&
      allowed.has(e.option) &&
      !e.shadowedBy &&
      !(e.option in r.config)
    ) {
      put(e.option, e.value);
      notes.push(`${e.key}: ${say(e.id, e.params)}`);
    } else if (fallbacks.has(e.key) && allowed.has(fallbacks.get(e.key)!)) {
      const main = fallbacks.get(e.key)!;
      if (main in r.config) ignored.push({ key: e.key, reason: fillConfigText(t['ignored.shadowed'], { key: main }) });
      else {
        put(main, e.value);
        notes.push(`${e.key}: ${fillConfigText(t['import.fallback'], { key: main })}`);
      }
    } else if (e.status === 'memory' || e.status === 'deprecated') {
      ignored.push({ key: e.key, reason: e.shadowedBy ? say(e.id, e.params) : t['ignored.notMemory'] });
    } else {
      ignored.push({ key: e.key, reason: say(e.id, e.params) });
    }
  }
  const out: ImportOutcome = { ok: true, config, ignored, notes };
  if (r.detected) out.detected = r.detected;
  return out;
}

/** The five export formats of the explicitly set options (entries a format cannot carry are omitted by it). */
export function exportConfig(
  config: Readonly<Record<string, string>>,
  opts: { v: FlinkVersion; mode: DeploymentMode; kind: string; lang: 'en' | 'zh' },
): ExportBlock[] {
  return EXPORT_FORMATS.map((format) => ({ format, text: exportAs(config, format, { version: opts.v }).text }));
}

/**
 * The options that choose how Flink sizes a process (total process, total Flink, or its heap and
 * managed parts; the legacy heap keys): a file that sets one of them replaces the form's choice.
 */
const SIZING_KEYS: ReadonlySet<string> = new Set([
  'taskmanager.memory.process.size',
  'taskmanager.memory.flink.size',
  'taskmanager.memory.task.heap.size',
  'taskmanager.memory.managed.size',
  'taskmanager.heap.size',
  'taskmanager.heap.mb',
  'jobmanager.memory.process.size',
  'jobmanager.memory.flink.size',
  'jobmanager.memory.heap.size',
  'jobmanager.heap.size',
  'jobmanager.heap.mb',
]);

/**
 * An import merges into the form: the file's options win, the form's other options stay. When the
 * file sizes the process itself (any sizing key), the form's own sizing keys go, so that a file
 * with `taskmanager.memory.flink.size` is not refused for the form's process size beside it.
 */
export function mergeImported(
  current: Readonly<Record<string, string>>,
  imported: Readonly<Record<string, string>>,
): Record<string, string> {
  const sizes = Object.keys(imported).some((k) => SIZING_KEYS.has(k));
  const kept = Object.entries(current).filter(([k]) => !(sizes && SIZING_KEYS.has(k)));
  return { ...Object.fromEntries(kept), ...imported };
}
