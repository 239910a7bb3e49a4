/** Mounts the JobManager calculator in a chapter's card, through the island's own chunk (`embed.ts`). */
import Island from './JobManagerCalculator';
import { mountCard } from './embed-mount';

export const mount = (card: HTMLElement, slot: HTMLElement): Promise<void> => mountCard(Island, 'jobmanager', card, slot);
