/**
 * One explanation table keyed by the model's ids: the calculators, the CLI (`explain`), the
 * diagnosis page and the troubleshooting component all read the same entries.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_IDS } from '~/model/messages';
import { en, zh, explain, explanationTable } from '~/i18n/explanations';
import { en as networkEn, zh as networkZh } from '~/i18n/explanations-network';
import { enDiagnoses, zhDiagnoses } from '~/i18n/explanations-diagnose';
import { diagnoseText } from '~/i18n/diagnose';
import { explanationsFor } from '~/components/calculators/kit/explanations';

describe('the explanation table', () => {
  it.each(['en', 'zh'] as const)('holds every derivation and network message id (%s), each entry the source object', (lang) => {
    const table = explanationTable(lang) as Readonly<Record<string, unknown>>;
    const derivation = (lang === 'zh' ? zh : en) as Readonly<Record<string, unknown>>;
    const network = (lang === 'zh' ? networkZh : networkEn) as Readonly<Record<string, unknown>>;
    for (const id of MESSAGE_IDS) expect(table[id], id).toBe(derivation[id]);
    for (const id of Object.keys(network)) expect(table[id], id).toBe(network[id]);
    expect(Object.keys(table).length).toBe(MESSAGE_IDS.length + Object.keys(network).length);
  });

  it('is what the calculators, the CLI and the diagnosis page read', () => {
    for (const lang of ['en', 'zh'] as const) expect(explanationsFor(lang)).toBe(explanationTable(lang));
    // The CLI's and the diagnosis page's `explain` covers network messages too.
    expect(explain('network.insufficientBuffers', 'en')?.title).toBe(networkEn['network.insufficientBuffers'].title);
    expect(explain('no.such.id', 'en')).toBeUndefined();
    expect(explain('toString', 'en')).toBeUndefined();
    expect(diagnoseText.en.diagnoses).toBe(enDiagnoses);
    expect(diagnoseText.zh.diagnoses).toBe(zhDiagnoses);
  });
});
