/**
 * What a chapter's "calculate here" click loads next to the calculator's island: reads the card
 * and mounts the calculator in it. See `embed.ts`.
 */
import { startPreset } from './start-preset';
import { calculator, isCalculatorName, type CalculatorName } from '../registry';
import type { IslandDataRef, IslandOwnProps, MountIn } from './types';
import { decodeState } from './query';

/**
 * Reads a card written at build time: the calculator (`data-embed`), its table (`data-table`)
 * and its link to the full calculator, whose state is the embed's starting state too (the same
 * preset and defaults as that page: `startPreset`). The language is the page's. Anything else is
 * refused, not guessed.
 */
export function readCard(name: CalculatorName, card: HTMLElement, index = 0): (IslandOwnProps & IslandDataRef) | null {
  const table = card.dataset['table'];
  const link = card.querySelector<HTMLAnchorElement>('.calc-link__actions a[href]');
  if (!table || !link) return null;
  // The calculators' own link codec: the card's link is an ordinary calculator link.
  const d = decodeState(new URL(link.href).search, { allowedKeys: () => true, extraKeys: calculator(name).extras });
  const preset = { ...(d.version ? { v: d.version } : {}), ...(d.mode ? { mode: d.mode } : {}), ...d.config, ...d.extras };
  return {
    lang: document.documentElement.lang.startsWith('zh') ? 'zh' : 'en',
    preset: startPreset(name, preset),
    explanations: {},
    // Distinct per card, so two embeds on one page never share an element id.
    uid: `${name}-embed-${index}`,
    syncUrl: false,
    pageHref: new URL(link.href).pathname,
    dataUrl: table,
  };
}

/**
 * Mounts the card's calculator (its island component, which carries `mount`) in `slot` with the
 * preset's figures. Rejects when the card is not one we wrote, or a chunk or the table failed.
 */
export function mountCard(Island: { mount: MountIn }, card: HTMLElement, slot: HTMLElement): Promise<void> {
  const name = card.dataset['embed'];
  const props = isCalculatorName(name)
    ? readCard(name, card, [...document.querySelectorAll('[data-embed]')].indexOf(card))
    : null;
  return props && isCalculatorName(name)
    ? Island.mount(props, slot, calculator(name).extras)
    : Promise.reject(new Error('not a calculator card'));
}
