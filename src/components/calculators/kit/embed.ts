/**
 * A chapter's embedded calculator, mounted in its card on the reader's click. The chapter ships
 * only the card (`CalculatorEmbed.astro`: the preset, a "calculate here" button, the link to the
 * full calculator) and this click handler, so it weighs about what a prose chapter weighs. On the
 * click, the calculator's island module (`<name>/Island.tsx`, the same chunk its page hydrates)
 * and `embed-card.ts` load; the model and the table load from there, and the model computes the
 * preset's figures here instead of the server.
 */
import { importOnce, type Lazy } from './import-once';
import type { IslandModule } from './types';

/** Every calculator's island, by folder: a new calculator's folder is found without a list. */
const islands = import.meta.glob<IslandModule>('../*/Island.tsx');
const loaders = new Map<string, Lazy<IslandModule>>();
const loadCard = importOnce(() => import('./embed-card'));

function island(name: string | undefined): Promise<IslandModule> {
  const load = name === undefined || /[^a-z]/.test(name) ? undefined : islands[`../${name}/Island.tsx`];
  if (!load) return Promise.reject(new Error(`no calculator ${name}`));
  let l = loaders.get(name!);
  if (!l) loaders.set(name!, (l = importOnce(load)));
  return l();
}

/** The page's click handler: a "calculate here" button mounts its card's calculator once. */
export function onEmbedClick(e: Event): void {
  const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>('[data-embed-open]');
  const card = button?.closest<HTMLElement>('[data-embed]');
  if (!button || !card || button.getAttribute('aria-busy')) return;
  button.setAttribute('aria-busy', 'true');
  const slot = document.createElement('div');
  slot.className = 'calc-embed__live';
  const actions = card.querySelector('.calc-link__actions');
  actions?.before(slot);
  Promise.all([island(card.dataset['embed']), loadCard()])
    .then(([m, c]) => c.mountCard(m.default, card, slot))
    .then(
      () => {
        // Its job is done: the calculator is in the card, and focus goes into it.
        slot.querySelector<HTMLElement>('select, input, button')?.focus();
        button.remove();
      },
      () => {
        slot.remove();
        button.removeAttribute('aria-busy');
        let status = card.querySelector<HTMLElement>('[role="status"]');
        if (!status) {
          status = document.createElement('p');
          status.setAttribute('role', 'status');
          actions?.before(status);
        }
        status.textContent = button.dataset['failed'] ?? '';
      },
    );
}
