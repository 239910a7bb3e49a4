/** Mounts the RocksDb calculator in a chapter's card, through the island's own chunk (`embed.ts`). */
import Island from './RocksDbCalculator';
import { mountCard } from './embed-mount';

export const mount = (card: HTMLElement, slot: HTMLElement): Promise<void> => mountCard(Island, 'rocksdb', card, slot);
