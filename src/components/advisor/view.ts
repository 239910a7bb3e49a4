/**
 * The advisor's result as plain strings for the island (and the server render): rows with the
 * reason per key, warnings, input problems, the model's checks, exports and calculator links.
 * Loaded lazily by the island, so the model is not in the first JavaScript the page sends.
 */
import { advise, helmValues, managedUseCases, type Advice } from '~/model/advisor';
import { EXPORT_FORMATS, exportConfig } from '~/model/config/export';
import { toHumanReadable } from '~/model/memorysize';
import { encodeState } from '~/model/urlstate';
import { advisorText, fillAdvisor, problemText, reasonText, warningText } from '~/i18n/advisor';
import { configTexts } from '~/i18n/config';
import { formToInput, type AdvisorForm } from './urlstate';

type Lang = 'en' | 'zh';

export interface AdviceView {
  version: string;
  rows: { key: string; value: string; why: string; assumption: string; source: string; url: string }[];
  warnings: { id: string; text: string }[];
  problems: { id: string; text: string }[];
  checks: { id: string; ok: boolean; label: string; text: string }[];
  exports: { id: string; label: string; text: string }[];
  links: { taskmanager: string; network: string; rocksdb: string | null };
}

const hr = (b: bigint | undefined): string => toHumanReadable(b ?? 0n);

/** Links into the calculators, in their URL convention (`?v=…&mode=…&<flink keys>&<extras>`). */
function calculatorLinks(a: Advice, lang: Lang, base: string): AdviceView['links'] {
  const tmConfig: Record<string, string> = {};
  const rocksConfig: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.config)) {
    if (k.startsWith('taskmanager.')) tmConfig[k] = v;
    if (k.startsWith('state.backend')) rocksConfig[k] = v;
  }
  const page = (name: string): string => `${base}${lang}/calculators/${name}/`;
  const common = { version: a.input.version, mode: a.mode };
  const uses = managedUseCases(a.input);
  return {
    taskmanager: page('taskmanager') + encodeState({ ...common, config: tmConfig }),
    network:
      page('network') +
      encodeState({
        ...common,
        config: tmConfig,
        extras: { job: a.job, slots: tmConfig['taskmanager.numberOfTaskSlots'] ?? '1' },
      }),
    rocksdb:
      a.input.stateBackend === 'hashmap'
        ? null
        : page('rocksdb') +
          encodeState({
            ...common,
            config: { ...tmConfig, ...rocksConfig, 'state.backend.type': 'rocksdb' },
            extras: { uses: uses.join(',') || 'STATE_BACKEND' },
          }),
  };
}

/** Computes the advice for the form and turns it into the island's strings. */
export function adviceView(form: AdvisorForm, lang: Lang, base: string): AdviceView {
  const a = advise(formToInput(form));
  const t = advisorText[lang].ui;
  const c = a.checks;
  const rows = Object.entries(a.config).map(([key, value]) => {
    const r = reasonText(a.reasons[key]!, lang);
    return { key, value, why: r.text, assumption: r.assumption, source: r.source, url: r.url };
  });
  const checks: AdviceView['checks'] = [
    {
      id: 'tm',
      ok: c.tm.ok,
      label: t.checkTm,
      text: c.tm.ok ? `${t.ok}: ${c.tm.jvmParams ?? ''}` : `${t.refused}: ${c.tm.error?.message ?? ''}`,
    },
    {
      id: 'fit',
      ok: c.tm.fits,
      label: t.checkFit,
      text: fillAdvisor(t.container, { process: hr(c.tm.figures?.['totalProcess']), container: hr(c.tm.container) }),
    },
    {
      id: 'jm',
      ok: c.jm.ok && c.jm.fits,
      label: t.checkJm,
      text: c.jm.ok ? `${t.ok}: ${c.jm.jvmParams ?? ''}` : `${t.refused}: ${c.jm.error?.message ?? ''}`,
    },
    {
      id: 'network',
      ok: c.network.fitsWithMargin,
      label: t.checkNetwork,
      text: fillAdvisor(t.buffers, {
        available: String(c.network.numNetworkBuffers),
        required: String(c.network.requiredPerTm),
        wanted: String(c.network.wantedPerTm),
        tms: String(c.network.numTms),
      }),
    },
    {
      id: 'state',
      ok: c.stateBackend.shortBy === 0n,
      label: t.checkState,
      text:
        c.stateBackend.backend === 'hashmap'
          ? fillAdvisor(t.heapPerSlot, { heapPerSlot: hr(c.stateBackend.heapPerSlot) })
          : fillAdvisor(t.perSlot, { perSlot: hr(c.stateBackend.perSlot), needed: hr(c.stateBackend.neededPerSlot) }),
    },
  ];
  if (c.platform.yarnContainerMb !== null)
    checks.push({
      id: 'platform',
      ok: true,
      label: t.cluster,
      text: fillAdvisor(t.yarnContainer, { mb: String(c.platform.yarnContainerMb) }),
    });
  else if (c.platform.deployment !== 'standalone')
    checks.push({
      id: 'platform',
      ok: true,
      label: t.cluster,
      text: fillAdvisor(t.podRequest, { mib: String(c.platform.tmContainer >> 20n) }),
    });
  const ct = configTexts(lang);
  const exports: AdviceView['exports'] = EXPORT_FORMATS.map((f) => ({
    id: f,
    label: ct[`format.${f}`],
    text: exportConfig(a.config, f, { version: a.input.version }).text,
  }));
  exports.push({ id: 'helm', label: t.helm, text: helmValues(a) });
  return {
    version: a.input.version,
    rows,
    warnings: a.warnings.map((w) => ({ id: w.id, text: warningText(w, lang) })),
    problems: a.problems.map((p) => ({ id: p.id, text: problemText(p, lang) })),
    checks,
    exports,
    links: calculatorLinks(a, lang, base),
  };
}
