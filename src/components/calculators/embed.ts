/**
 * A chapter's embedded calculator, mounted in its card on the reader's click. The chapter ships
 * only the card (`CalculatorEmbed.astro`: the preset, a "calculate here" button, the link to the
 * full calculator) and this click handler, so it weighs about what a prose chapter weighs. On the
 * click, `mount-<name>.ts` brings the calculator's own chunk (the island's, on calculator pages),
 * and `embed-mount.ts` reads the card; the model and the table load from there, and the model
 * computes the preset's figures here instead of the server (no serialised island props).
 *
 * Everything shared with the calculator islands is reached through those chunks, so this entry
 * changes neither how the calculator pages' JavaScript is split nor what they load.
 */
import type { CalculatorName } from './fields';

type Mount = (card: HTMLElement, slot: HTMLElement) => Promise<void>;

const PARTS: Record<CalculatorName, () => Promise<Mount>> = {
  taskmanager: () => import('./mount-taskmanager').then((m) => m.mount),
  jobmanager: () => import('./mount-jobmanager').then((m) => m.mount),
  network: () => import('./mount-network').then((m) => m.mount),
  rocksdb: () => import('./mount-rocksdb').then((m) => m.mount),
};

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
  const name = card.dataset['embed'];
  const parts = name !== undefined && Object.hasOwn(PARTS, name) ? PARTS[name as CalculatorName]() : Promise.reject(new Error(`no calculator ${name}`));
  parts
    .then((mount) => mount(card, slot))
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
