/**
 * Calculators embedded in chapters: the preset's figures are in the HTML (JavaScript off), the
 * embed hydrates and re-derives when typed into without touching the chapter's URL, and its
 * "open the full calculator" link carries the preset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, openPage, readPage, startSite, type Site, calculatorsLive } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(async () => {
  await site?.close();
});

const SIZE_KEY: Record<string, string> = {
  taskmanager: 'taskmanager.memory.process.size',
  jobmanager: 'jobmanager.memory.process.size',
  network: 'taskmanager.memory.process.size',
  rocksdb: 'taskmanager.memory.process.size',
};

describe('calculator embeds in chapters', () => {
  const pages = listPages().filter((p) => !p.path.includes('/calculators/'));

  it('exist in both languages', async () => {
    const found: string[] = [];
    for (const p of pages) {
      if (readPage(p.path).includes('data-embed=')) found.push(p.path);
    }
    expect(found.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(found.some((p) => p.startsWith('/zh/'))).toBe(true);
  });

  it('render figures without JavaScript and re-derive locally once hydrated', async () => {
    const withEmbed = pages.filter((p) => readPage(p.path).includes('data-embed=')).slice(0, 8);
    expect(withEmbed.length).toBeGreaterThan(0);
    for (const p of withEmbed) {
      const html = readPage(p.path);
      expect(html, p.path).toMatch(/data-figure="[\w.]+" data-(bytes|value)="\d+"|data-flink-message=/);
      const { page, problems } = await openPage(site, p.path);
      const embed = page.locator('[data-embed]').first();
      const name = (await embed.getAttribute('data-embed')) ?? '';
      await calculatorsLive(page);
      const snap = () => embed.locator('[data-calculator]').evaluate((el) => el.textContent ?? '');
      const before = await snap();
      const input = embed.locator(`input[name="${SIZE_KEY[name]}"]`).first();
      await input.fill('3g');
      await expect.poll(snap, { timeout: 10000 }).not.toBe(before);
      expect(new URL(page.url()).search, p.path).toBe('');
      const href = (await embed.locator('a[href*="/calculators/"]').last().getAttribute('href')) ?? '';
      expect(href).toContain(`/calculators/${name}/`);
      expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
      await page.close();
    }
  }, 180000);
});
