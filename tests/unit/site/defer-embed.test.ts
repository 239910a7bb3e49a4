/** scripts/defer-embed.mjs: a chapter's calculator card loads its click handler on the first click. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deferEmbedLoader } from '../../../scripts/defer-embed.mjs';

const LOADER =
  '<script type="module" src="/base/_astro/CalculatorEmbed.astro_astro_type_script_index_0_lang.Ab-9_x.js"></script>';
const CARD =
  '<div data-embed="taskmanager"><button type="button" class="js-only" data-embed-open data-failed="x">Calculate here</button></div>';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fmg-defer-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('deferEmbedLoader', () => {
  it('moves the loader onto <html> of a page with a card, and leaves other pages alone', () => {
    const prose = '<html lang="en"><head><script>var s="[data-embed-open]"</script></head><body>prose</body></html>';
    const dir = site({
      'en/chapter/index.html': `<html lang="en"><head>${LOADER}</head><body>${CARD}${CARD}</body></html>`,
      'en/prose/index.html': prose,
    });
    expect(deferEmbedLoader(dir)).toBe(1);
    const out = readFileSync(join(dir, 'en/chapter/index.html'), 'utf8');
    expect(out).not.toContain('<script type="module"');
    expect(out).toMatch(
      /^<html data-embed-loader="\/base\/_astro\/CalculatorEmbed\.astro_astro_type_script_index_0_lang\.Ab-9_x\.js" lang="en">/,
    );
    expect(out.match(/data-embed-open/g)).toHaveLength(2);
    expect(readFileSync(join(dir, 'en/prose/index.html'), 'utf8')).toBe(prose);
  });

  it('refuses a card whose loader is missing (a button that would do nothing)', () => {
    const dir = site({ 'x/index.html': `<html><body>${CARD}</body></html>` });
    expect(() => deferEmbedLoader(dir)).toThrow(/0 loader scripts/);
  });
});
