/**
 * The configuration a `tm` / `jm` run works on: `--config FILE` (or `-` for standard input; any
 * format `parseConfigText` detects, JSON maps included) read with a bounded read, then the `-D`
 * entries on top. Keys land in a prototype-free map, so `__proto__`, `constructor` and
 * `prototype` are ordinary keys — kept, each with the same note, wherever they come from.
 */
import { parseConfigText } from '~/model/config';
import { MAX_TEXT_CHARS, UNSAFE_KEYS } from '~/model/config/limits';
import { emptyConfig } from '~/model/config/util';
import type { FlinkVersion } from '~/model/types';
import { configTexts, fillConfigText } from '~/i18n/config';
import { readBounded } from './read';

/** The merged configuration and the notes to print, or why the input cannot be used (exit 2). */
export type ConfigInput = { ok: true; config: Record<string, string>; notes: string[] } | { ok: false; message: string };

export interface ConfigInputOptions {
  /** `--config` value: a path, or `-` for standard input. */
  configFile?: string | undefined;
  /** `-D` entries in command-line order (later wins). */
  dynamic: readonly (readonly [string, string])[];
  version: FlinkVersion;
  lang: 'en' | 'zh';
}

/** Reads `--config` (bounded) and applies `-D` on top. Never throws. */
export async function loadConfigInput(o: ConfigInputOptions): Promise<ConfigInput> {
  const texts = configTexts(o.lang);
  const config = emptyConfig();
  const notes: string[] = [];
  if (o.configFile !== undefined) {
    const name = o.configFile === '-' ? 'standard input' : o.configFile;
    let read;
    try {
      read = await readBounded(o.configFile, MAX_TEXT_CHARS);
    } catch (e) {
      return { ok: false, message: `cannot read ${name}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (read.more) {
      // The real length is unknown (the rest was never read): say "more than" the cap.
      const chars = `>${MAX_TEXT_CHARS}`;
      return {
        ok: false,
        message: `${name}: ${fillConfigText(texts['config.tooLarge'], { chars, max: String(MAX_TEXT_CHARS) })}`,
      };
    }
    const r = parseConfigText(read.text, { version: o.version });
    if (!r.ok) {
      const where =
        r.error.line !== undefined ? ` (${name}:${r.error.line}${r.error.column !== undefined ? `:${r.error.column}` : ''})` : '';
      return { ok: false, message: fillConfigText(texts[r.error.id], r.error.params) + where };
    }
    for (const n of r.notes)
      notes.push(`note: ${n.line !== undefined ? `line ${n.line}: ` : ''}${fillConfigText(texts[n.id], n.params)}`);
    for (const k of Object.keys(r.config)) config[k] = r.config[k] ?? '';
  }
  for (const [k, v] of o.dynamic) {
    if (UNSAFE_KEYS.has(k)) notes.push(`note: -D ${k}: ${fillConfigText(texts['config.unsafeKey'], { key: k })}`);
    config[k] = v;
  }
  return { ok: true, config, notes };
}
