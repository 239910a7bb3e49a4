/**
 * Fuzz in the browser: random values typed into random inputs and random texts pasted into the
 * import box, per calculator, and hostile values typed into every field. Afterwards (and along
 * the way) no console error or page error, no `NaN` / `Infinity` / `undefined` in the rendered
 * text, and the page still answers promptly.
 *
 * The bulk of the random states runs at unit level on the same compute code the islands call
 * (tests/unit/calculators/fuzz-properties.test.ts: every hostile value in every field alone, and
 * random multi-field states in every version and mode). Here the page is proven on top of it:
 * 60 random typings and 24 pastes per calculator (was 220 and 41), and in every field the core
 * hostile values in both languages plus a rotating share of the rest — en and zh take alternate
 * halves of the share each field had per language before, so both together still type every one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { openPage, startSite, type Site, calculatorsLive } from './harness';
import { CALCULATOR_NAMES } from '~/components/calculators/registry';
import { CORE, HOSTILE, TOKENS } from '../support/hostile-values';

const PASTES = [
  'taskmanager.memory.process.size: 2g\ntaskmanager.numberOfTaskSlots: 4\n',
  'taskmanager:\n  memory:\n    process:\n      size: 3g\n    managed:\n      fraction: 0.5\n',
  '-Dtaskmanager.memory.process.size=2g -D jobmanager.memory.process.size=1g -Dfoo=bar',
  'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  taskManager:\n    resource:\n      memory: "2048m"\n',
  'key: [unclosed',
  '&a [*a, *a, *a]',
  '- - - -',
  '\u0000\u0001binary',
  'taskmanager.memory.process.size: ',
  ':::',
  '-D',
  '-D "unclosed',
  'a: &x\n  b: *x\n',
  '{{{{{{{{{{',
  'kind: FlinkDeployment\nspec: 3\n',
  'jobmanager.memory.heap.size: 0\n',
];

function rnd(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function badText(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => {
    const root = document.querySelector(`[data-calculator="${n}"]`) as HTMLElement | null;
    if (!root) return 'calculator missing';
    const text = root.innerText;
    const m = /\b(NaN|Infinity|undefined)\b/.exec(text);
    return m ? text.slice(Math.max(0, m.index - 60), m.index + 60) : null;
  }, name);
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(async () => {
  await site?.close();
});

const NAMES = CALCULATOR_NAMES;

describe('calculator fuzz', () => {
  for (const [i, name] of NAMES.entries()) {
    const lang = i % 2 === 0 ? 'en' : 'zh';
    it(`${name} (${lang}) survives random inputs and pastes`, async () => {
      const { page, problems } = await openPage(site, `/${lang}/calculators/${name}/`);
      await calculatorsLive(page);
      const inputs = await page.$$eval(
        `[data-calculator="${name}"] form input[type="text"], [data-calculator="${name}"] form input:not([type])`,
        (els) => els.map((e) => (e as HTMLInputElement).name).filter((n) => n !== ''),
      );
      expect(inputs.length).toBeGreaterThan(5);
      const random = rnd(1234 + i);
      // Values mixing tokens with fast-check's arbitrary strings (the bulk runs at unit level).
      const arbitrary = fc.sample(fc.string({ maxLength: 24 }), { numRuns: 60, seed: 42 + i });
      const values = [...TOKENS, ...arbitrary];
      for (let k = 0; k < 60; k++) {
        const field = inputs[Math.floor(random() * inputs.length)]!;
        const value = values[Math.floor(random() * values.length)]!;
        const loc = page.locator(`[data-calculator="${name}"] input[name="${field}"]`).first();
        if ((await loc.count()) === 0) continue; // the job editor may have renamed/removed it
        await loc.fill(value);
        if (k % 10 === 0) {
          expect(await badText(page, name), `${field}=${JSON.stringify(value)}`).toBeNull();
        }
      }
      expect(await badText(page, name)).toBeNull();
      await page.locator(`[data-calculator="${name}"] [data-panel="import"] summary`).click();
      const area = page.locator(`[data-calculator="${name}"] [data-panel="import"] textarea`);
      await area.waitFor({ timeout: 10000 });
      const pastes = [...PASTES, ...fc.sample(fc.string({ maxLength: 200 }), { numRuns: 8, seed: 7 + i })];
      for (const text of pastes) {
        await area.fill(text);
        await page.locator(`[data-calculator="${name}"] [data-action="import"]`).click();
        expect(await badText(page, name), JSON.stringify(text)).toBeNull();
      }
      // Export of whatever state the fuzzing left also renders.
      await page.locator(`[data-calculator="${name}"] [data-panel="export"] summary`).click();
      await expect.poll(() => page.locator(`[data-calculator="${name}"] [data-export]`).count(), { timeout: 10000 }).toBe(5);
      // Still responsive: the page renders a frame (a hung page would time the test out).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
      await page.close();
    }, 240000);
  }
});

describe('every field × hostile values', () => {
  for (const name of NAMES) {
    for (const lang of ['en', 'zh'] as const) {
      // Concurrent (their waits are frames, not CPU): the test context's `expect` for expect.poll.
      it.concurrent(
        `${name} (${lang}): no error, no NaN/Infinity/undefined/{placeholder}, never frozen`,
        async ({ expect }) => {
          const { page, problems } = await openPage(site, `/${lang}/calculators/${name}/`);
          await calculatorsLive(page);
          const report = await page.evaluate(
            async ({ n, values, CORE, half }) => {
              const root = document.querySelector(`[data-calculator="${n}"]`) as HTMLElement;
              const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              const set = (el: HTMLInputElement, v: string) => {
                el.value = v;
                el.dispatchEvent(new Event('input', { bubbles: true }));
              };
              // A quoted "NaN" / "Infinity" is an explanation naming Java's token, not a broken figure.
              const bad = /(?<!")\b(NaN|Infinity|undefined)\b(?!")|\{[a-zA-Z]+\}/;
              const names = [...root.querySelectorAll<HTMLInputElement>('input[name]')]
                .filter((e) => e.type !== 'checkbox' && e.type !== 'radio')
                .map((e) => e.name);
              const found: string[] = [];
              let fills = 0;
              // Every field gets the core hostile values plus a rotating share of the rest: of the
              // 16 a field's share holds, this language takes every other one (en even, zh odd).
              const core = values.slice(0, CORE);
              const rest = values.slice(CORE);
              for (const [fi, field] of names.entries()) {
                const share = Array.from({ length: 8 }, (_, j) => rest[(fi * 13 + 2 * j + half) % rest.length]!);
                const mine = [...core, ...share];
                for (const v of mine) {
                  const el = root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(field)}"]`);
                  if (!el) break;
                  const before = el.value;
                  set(el, v);
                  fills++;
                  await frame();
                  // Flink's verbatim messages may say "Infinity" (Java's Float.toString): that is
                  // Flink's text, shown as such; everything around it must not.
                  let text = root.innerText;
                  for (const el of root.querySelectorAll<HTMLElement>(
                    '.calc__flink-message, .calc__causes code, [data-log] details code',
                  )) {
                    if (el.innerText) text = text.split(el.innerText).join('');
                  }
                  text = text.split(v).join('');
                  const m = bad.exec(text);
                  if (m && found.length < 5)
                    found.push(`${field}=${JSON.stringify(v)}: …${text.slice(Math.max(0, m.index - 50), m.index + 50)}…`);
                  const again = root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(field)}"]`);
                  if (again) set(again, before);
                }
                await frame();
              }
              return { found, fills, fields: names.length };
            },
            { n: name, values: HOSTILE, CORE, half: lang === 'en' ? 0 : 1 },
          );
          expect(report.fields).toBeGreaterThan(5);
          expect(report.fills).toBeGreaterThanOrEqual(report.fields * (CORE + 8));
          expect(report.found).toEqual([]);
          // Not frozen: a valid edit still changes the figures.
          const key = name === 'jobmanager' ? 'jobmanager.memory.process.size' : 'taskmanager.memory.process.size';
          const figure = name === 'network' ? 'network' : name === 'rocksdb' ? 'managed' : 'totalProcess';
          const read = () =>
            page.locator(`[data-calculator="${name}"] [data-figure="${figure}"]`).first().getAttribute('data-bytes');
          const input = page.locator(`[data-calculator="${name}"] input[name="${key}"]`).first();
          await input.fill('2g');
          await expect.poll(read, { timeout: 10000 }).not.toBeNull();
          const at2g = await read();
          await input.fill('3g');
          await expect.poll(read, { timeout: 10000 }).not.toBe(at2g);
          expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
          await page.close();
        },
        300000,
      );
    }
  }
});
