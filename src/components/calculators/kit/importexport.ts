/**
 * Import/export for the calculators. Loaded only through `import()` when a reader opens the
 * import or export panel: it pulls in the config parsers (and the `yaml` package).
 */
import { parseConfigText, reportKeys } from '~/model/config';
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
 * Parses any of the four formats and keeps what this calculator reads in `v` (a deprecated key
 * stands for its main key when that is absent, as Flink reads it). Every other key is listed with
 * the reason from the key report, in the page's language.
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
  const allowed = new Set(opts.allowedKeys);
  const config: Record<string, string> = {};
  const ignored: IgnoredKey[] = [];
  for (const e of reportKeys(r.config, opts.v)) {
    if (allowed.has(e.key) && e.status === 'memory') {
      config[e.key] = e.value;
    } else if (
      e.status === 'deprecated' &&
      e.option !== undefined &&
      allowed.has(e.option) &&
      !e.shadowedBy &&
      !(e.option in r.config)
    ) {
      config[e.option] = e.value;
      notes.push(`${e.key}: ${say(e.id, e.params)}`);
    } else if (e.status === 'memory' || e.status === 'deprecated') {
      ignored.push({ key: e.key, reason: e.shadowedBy ? say(e.id, e.params) : t['ignored.notMemory'] });
    } else {
      ignored.push({ key: e.key, reason: say(e.id, e.params) });
    }
  }
  return { ok: true, config, ignored, notes };
}

/** The five export formats of the explicitly set options (entries a format cannot carry are omitted by it). */
export function exportConfig(
  config: Readonly<Record<string, string>>,
  opts: { v: FlinkVersion; mode: DeploymentMode; kind: string; lang: 'en' | 'zh' },
): ExportBlock[] {
  return EXPORT_FORMATS.map((format) => ({ format, text: exportAs(config, format, { version: opts.v }).text }));
}
