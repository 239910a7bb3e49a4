import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, DIAGNOSIS_IDS } from '~/model/diagnose';
import { PATTERNS } from '~/model/diagnose/patterns';
import { diagnoseText, fill } from '~/i18n/diagnose';

const dir = new URL('../../fixtures/diagnose/', import.meta.url);
const all = readdirSync(dir).map((f) => diagnose(readFileSync(new URL(f, dir), 'utf8')));

describe('every id the diagnosis returns has words in both languages', () => {
  for (const lang of ['en', 'zh'] as const) {
    const t = diagnoseText[lang];
    it(`${lang}: diagnoses`, () => {
      for (const id of DIAGNOSIS_IDS) expect(t.diagnoses[id].title.length).toBeGreaterThan(3);
    });
    it(`${lang}: causes of every pattern and of every fixture`, () => {
      const causes = new Set([...PATTERNS.flatMap((p) => p.causes), ...all.flatMap((d) => d.findings.flatMap((f) => f.causes))]);
      for (const c of causes) expect((t.causes as Record<string, string>)[c], c).toBeTruthy();
    });
    it(`${lang}: suggestion reasons of every fixture`, () => {
      const reasons = new Set(all.flatMap((d) => d.findings.flatMap((f) => f.suggestions.map((s) => s.reason))));
      expect(reasons.size).toBeGreaterThan(5);
      for (const r of reasons) expect((t.suggestions as Record<string, string>)[r], r).toBeTruthy();
    });
  }
  it('fills placeholders and drops optional parts without a value', () => {
    expect(fill(diagnoseText.en.suggestions['jm-heap-more'], {})).toBe('Raise the JobManager heap.');
    expect(fill(diagnoseText.en.suggestions['jm-heap-more'], { value: '1536m' })).toBe('Raise the JobManager heap to about 1536m.');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and ');
  });
});
