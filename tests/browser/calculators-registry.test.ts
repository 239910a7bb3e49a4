/**
 * Every registered calculator, in both languages, from the registry (not a copied list): the
 * index page and every page's sidebar link to it, its page is built, hydrates, goes live with its
 * own test hook and server figures, and re-derives from the model on interaction.
 */
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '~/components/calculators/registry';
import { calculatorsLive, expectClean, openPage, readPage, useSite } from './harness';

const site = useSite();

for (const def of CALCULATORS) {
  describe.each(['en', 'zh'] as const)(`${def.name} (%s)`, (lang) => {
    const path = `/${lang}/calculators/${def.name}/`;

    it('is linked from the calculators index and from the sidebar of every page type', () => {
      for (const from of [`/${lang}/calculators/`, `/${lang}/`, path]) {
        const html = readPage(from);
        expect(html, from).toContain(`/${lang}/calculators/${def.name}/"`);
      }
      const index = readPage(`/${lang}/calculators/`);
      expect(index.match(/<ul class="calc-index">[\s\S]*?<\/ul>/)?.[0] ?? '').toContain(`/${lang}/calculators/${def.name}/`);
    });

    it('renders its figures on the server, goes live and loads its model on interaction', async () => {
      const html = readPage(path);
      expect(html).toContain(`data-calculator="${def.name}"`);
      expect(html).toMatch(/data-figure="[^"]+"/);
      const { page, problems } = await openPage(site, path);
      await calculatorsLive(page);
      const root = page.locator(`[data-calculator="${def.name}"][data-live]`);
      expect(await root.count()).toBe(1);
      expect(await root.getAttribute('data-source')).toBe('server');
      await root.locator('select[name="v"]').focus();
      await expect.poll(() => root.getAttribute('data-source'), { timeout: 15000 }).toBe('model');
      expect(await root.locator('[data-figure]').count()).toBeGreaterThan(0);
      expectClean(problems);
      await page.close();
    }, 30000);
  });
}
