import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, DIAGNOSIS_IDS } from '~/model/diagnose';
import { PATTERNS } from '~/model/diagnose/patterns';
import { diagnoseText, fill, largeCount, whatOf } from '~/i18n/diagnose';

const dir = new URL('../../fixtures/diagnose/', import.meta.url);
const files = (d: URL): URL[] =>
  readdirSync(d).flatMap((f) => {
    const u = new URL(f, d);
    return statSync(u).isDirectory() ? files(new URL(`${f}/`, d)) : [u];
  });
const all = files(dir).map((u) => diagnose(readFileSync(u, 'utf8')));

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
    it(`${lang}: fixes of every fixture, filled without gaps`, () => {
      const fixes = all.flatMap((d) => [...d.findings.flatMap((f) => f.fixes), ...(d.snapshot?.fixes ?? [])]);
      expect(new Set(fixes.map((x) => x.id)).size).toBeGreaterThan(20);
      for (const x of fixes) {
        const text = (t.fixes as Record<string, string>)[x.id];
        expect(text, x.id).toBeTruthy();
        expect(fill(text!, x.params), x.id).not.toMatch(/\{|\}|NaN|undefined|Infinity|\*\*| \(\)|（）/);
      }
      for (const d of all) {
        for (const f of d.findings) expect(fill(t.diagnoses[f.id].what, f.params), f.id).not.toMatch(/\{|\}|undefined|\(\)|（）/);
      }
    });
  }
  it("explains a JobManager's pool in JobManager terms", () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const id of ['java-heap-space', 'gc-overhead-limit', 'direct-buffer-memory', 'metaspace'] as const) {
        const d = diagnoseText[lang].diagnoses[id];
        expect(whatOf(d, 'jobmanager')).toMatch(/JobManager/);
        expect(whatOf(d, 'jobmanager')).not.toMatch(/task heap|任务堆内存/);
        expect(whatOf(d, 'taskmanager')).toBe(d.what);
      }
    }
  });
  it('fills placeholders and chooses the part for a missing value', () => {
    expect(fill('a{x, select, undefined {.} other { {x}!}}', {})).toBe('a.');
    expect(fill('a{x, select, undefined {.} other { {x}!}}', { x: '1' })).toBe('a 1!');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and ');
  });
  it("says a large paste's size naturally in each language", () => {
    expect(fill(diagnoseText.zh.ui['largePaste']!, { size: largeCount(12_200_000, 'zh') })).toMatch(/^已粘贴 1220 万个字符；/);
    expect(fill(diagnoseText.en.ui['largePaste']!, { size: largeCount(12_200_000, 'en') })).toMatch(
      /^Pasted 12\.2 million characters;/,
    );
  });
});
