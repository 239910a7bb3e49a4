/**
 * The compare view's result as strings: parse both pasted configurations (any import format),
 * compare them with the model, and word the result in the page's language. Loaded lazily.
 */
import { compareConfigs, type FigureDelta } from '~/model/compare';
import { parseConfigText } from '~/model/config';
import { toHumanReadable } from '~/model/memorysize';
import { toFlinkVersion } from '~/model/version';
import { DEPLOYMENT_MODES, NEWEST_VERSION, type DeploymentMode, type FlinkVersion } from '~/model/types';
import { compareText, refusalText, type CompareTextKey } from '~/i18n/compare';
import { configTexts, fillConfigText } from '~/i18n/config';
import type { CompareForm } from './urlstate';

export { DEFAULT_COMPARE, decodeCompare, encodeCompare, type CompareForm } from './urlstate';

type Lang = 'en' | 'zh';

export interface CompareView {
  error: string | null;
  from: string;
  to: string;
  sections: {
    id: 'taskmanager' | 'jobmanager';
    title: string;
    refusal: string;
    change: string;
    beforeError: string | null;
    afterError: string | null;
    rows: {
      name: string;
      label: string;
      before: string;
      after: string;
      delta: string;
      dir: 'up' | 'down' | 'same' | 'na';
      bytesBefore: string;
      bytesAfter: string;
    }[];
    jvmBefore: string;
    jvmAfter: string;
  }[];
  defaults: { key: string; before: string; after: string; note: string }[];
  keys: { key: string; text: string }[];
  valueChanges: { key: string; before: string; after: string }[];
}

function sizeText(b: bigint | null, count: boolean): string {
  if (b === null) return '-';
  // The exact bytes travel in data attributes; the cell shows Flink's short form only.
  return count ? String(b) : toHumanReadable(b < 0n ? -b : b).replace(/ \(\d+ bytes\)$/, '');
}

function row(f: FigureDelta, lang: Lang): CompareView['sections'][number]['rows'][number] {
  const t = compareText[lang];
  const count = f.name === 'numNetworkBuffers' || f.name === 'numSlots';
  const dir = f.delta === null ? 'na' : f.delta > 0n ? 'up' : f.delta < 0n ? 'down' : 'same';
  const abs = f.delta === null ? null : f.delta < 0n ? -f.delta : f.delta;
  return {
    name: f.name,
    label: t[`fig.${f.name}` as CompareTextKey] ?? f.name,
    before: sizeText(f.before, count),
    after: sizeText(f.after, count),
    delta: dir === 'na' ? '-' : dir === 'same' ? t.unchanged : `${dir === 'up' ? '+' : '−'}${sizeText(abs, count)}`,
    dir,
    bytesBefore: f.before === null ? '' : String(f.before),
    bytesAfter: f.after === null ? '' : String(f.after),
  };
}

/** Compares the form's configurations and words the result. */
export function compareView(form: CompareForm, lang: Lang): CompareView {
  const t = compareText[lang];
  const ct = configTexts(lang);
  const from: FlinkVersion = toFlinkVersion(form.from) ?? NEWEST_VERSION;
  const to: FlinkVersion = toFlinkVersion(form.to) ?? from;
  const mode: DeploymentMode =
    (DEPLOYMENT_MODES as readonly string[]).includes(form.mode) && form.mode !== 'local'
      ? (form.mode as DeploymentMode)
      : 'standalone';
  const empty: CompareView = { error: null, from, to, sections: [], defaults: [], keys: [], valueChanges: [] };
  const parse = (text: string, v: FlinkVersion): Record<string, string> | string => {
    const r = parseConfigText(text, { version: v });
    return r.ok ? { ...r.config } : `${t.parseError}: ${fillConfigText(ct[r.error.id], r.error.params)}`;
  };
  const a = parse(form.a, from);
  if (typeof a === 'string') return { ...empty, error: a };
  let b: Record<string, string> | undefined;
  if (form.b.trim() !== '') {
    const pb = parse(form.b, to);
    if (typeof pb === 'string') return { ...empty, error: pb };
    b = pb;
  }
  const c = compareConfigs({ a, b, from, to, mode });
  const sections: CompareView['sections'] = [];
  for (const [id, p] of [
    ['taskmanager', c.tm],
    ['jobmanager', c.jm],
  ] as const) {
    if (!p) continue;
    sections.push({
      id,
      title: t[id],
      refusal: refusalText(p.refusal, lang),
      change: p.refusal,
      beforeError: p.before.ok ? null : `${p.before.error?.className}: ${p.before.error?.message}`,
      afterError: p.after.ok ? null : `${p.after.error?.className}: ${p.after.error?.message}`,
      rows: p.figures.map((f) => row(f, lang)),
      jvmBefore: p.before.jvmParams || '-',
      jvmAfter: p.after.jvmParams || '-',
    });
  }
  return {
    error: null,
    from,
    to,
    sections,
    defaults: c.defaults.map((d) => ({
      key: d.key,
      before: d.readBefore ? (d.before ?? t.noDefault) : t.notRead,
      after: d.readAfter ? (d.after ?? t.noDefault) : t.notRead,
      note: d.setInConfig ? (d.readAfter ? t.setInConfig : t.setButGone) : '',
    })),
    keys: c.keys.map((k) => ({ key: k.key, text: fillConfigText(ct[k.report.id], { ...k.report.params }) })),
    valueChanges: c.valueChanges.map((v) => ({ key: v.key, before: v.before ?? '-', after: v.after ?? '-' })),
  };
}
