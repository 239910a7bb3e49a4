/**
 * Every built page, both languages: loads with no console error, no failed request (favicon
 * included) and no CSP violation, and axe-core finds no serious/critical violation — in the light
 * and in the dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, listPages, openPage, runAxe, startSite, type Site } from './harness';

const pages = listPages();
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** The axe rules a colour theme can change (everything else depends on the DOM, which is the same). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe('built pages', () => {
  it('include both languages and the root pages', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    for (const l of ['en', 'zh']) {
      expect(paths).toContain(`/${l}/`);
      expect(paths).toContain(`/${l}/404/`);
      expect(paths).toContain(`/${l}/overview/`);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(pages.map((p) => p.path))(`%s loads cleanly and passes axe (${theme})`, async (path) => {
      const { page, problems } = await openPage(site, path, { theme });
      try {
        if (path === '/') await page.waitForURL(/\/en\/$/); // meta refresh 0 → /en/
        expectClean(problems);
        if (path !== '/') {
          expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(theme);
        }
        // The themes differ only in colours: every axe rule in light, the colour rules in dark.
        expect(await runAxe(page, theme === 'dark' ? { rules: COLOUR_RULES } : {})).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
