/**
 * Mounts a chapter's embedded calculator in the browser, on the reader's request. A chapter ships
 * only the card (`CalculatorEmbed.astro`: the preset, a "calculate here" button, the link to the
 * full calculator) and no JavaScript before that click, so it stays within the prose page's
 * weight. On the click this chunk brings Preact, the calculator, its model and its stylesheet;
 * the model computes the preset's figures here instead of the server (no serialised props).
 */
import './calculators.css';
import { h, render, type ComponentType } from 'preact';
import { EXTRAS, startPreset } from './start-preset';
import { stateFromPreset } from './useCalcState';
import type { CalculatorName } from './fields';
import type { IslandOwnProps } from './Shell';
import { fetchIslandData, type IslandDataRef } from './island-data';
import type { WithHuman } from './human';

type Mountable = ComponentType<IslandOwnProps & IslandDataRef & { initial: WithHuman<unknown> }>;

/** The calculator and its model, per calculator: one chunk each, loaded side by side. */
const PARTS: Record<CalculatorName, () => Promise<[Mountable, (s: ReturnType<typeof stateFromPreset>) => WithHuman<unknown>]>> = {
  taskmanager: () => Promise.all([import('./TaskManagerCalculator').then((m) => m.default as Mountable), import('./compute-tm').then((m) => m.computeTm)]),
  jobmanager: () => Promise.all([import('./JobManagerCalculator').then((m) => m.default as Mountable), import('./compute-jm').then((m) => m.computeJm)]),
  network: () => Promise.all([import('./NetworkCalculator').then((m) => m.default as Mountable), import('./compute-network').then((m) => m.computeNetwork)]),
  rocksdb: () => Promise.all([import('./RocksDbCalculator').then((m) => m.default as Mountable), import('./compute-rocksdb').then((m) => m.computeRocksDb)]),
};

function isName(x: string | undefined): x is CalculatorName {
  return x !== undefined && Object.hasOwn(PARTS, x);
}

/** The flat preset of a link our `encodeState` wrote (`?v=2.0&taskmanager.memory.process.size=4g`). */
function presetOf(href: string): Record<string, string> | null {
  const preset: Record<string, string> = {};
  try {
    for (const part of new URL(href).search.slice(1).split('&')) {
      const i = part.indexOf('=');
      if (i > 0) preset[decodeURIComponent(part.slice(0, i))] = decodeURIComponent(part.slice(i + 1));
    }
  } catch {
    return null;
  }
  return preset;
}

/**
 * Reads a card written at build time: the calculator (`data-embed`), its table (`data-table`)
 * and its link to the full calculator, whose state is the embed's starting state too (the same
 * preset and defaults as that page: `startPreset`). The language is the page's. Anything else is
 * refused, not guessed.
 */
export function readCard(card: HTMLElement, index = 0): { name: CalculatorName; props: IslandOwnProps & IslandDataRef } | null {
  const name = card.dataset['embed'];
  const table = card.dataset['table'];
  const link = card.querySelector<HTMLAnchorElement>('.calc-link__actions a[href]');
  const preset = link ? presetOf(link.href) : null;
  if (!isName(name) || !table || !link || !preset) return null;
  return {
    name,
    props: {
      lang: document.documentElement.lang.startsWith('zh') ? 'zh' : 'en',
      preset: startPreset(name, preset),
      explanations: {},
      // Distinct per card, so two embeds on one page never share an element id.
      uid: `${name}-embed-${index}`,
      syncUrl: false,
      pageHref: new URL(link.href).pathname,
      dataUrl: table,
    },
  };
}

/**
 * Renders the calculator into the card's live slot with the preset's figures. Resolves once the
 * calculator is on the page; rejects when a chunk could not be loaded (the card says so).
 */
export async function mount(card: HTMLElement, slot: HTMLElement): Promise<void> {
  const c = readCard(card, [...document.querySelectorAll('[data-embed]')].indexOf(card));
  if (!c) throw new Error('not a calculator card');
  // The table first, so the calculator's first render is the whole calculator (focus can go in).
  const [[Calculator, compute]] = await Promise.all([PARTS[c.name](), fetchIslandData(c.props.dataUrl)]);
  const initial = compute(stateFromPreset(c.props.preset, EXTRAS[c.name]));
  render(h(Calculator, { ...c.props, initial }), slot);
}
