/** Mounts the TaskManager calculator in a chapter's card, through the island's own chunk (`embed.ts`). */
import Island from './TaskManagerCalculator';
import { mountCard } from './embed-mount';

export const mount = (card: HTMLElement, slot: HTMLElement): Promise<void> => mountCard(Island, 'taskmanager', card, slot);
