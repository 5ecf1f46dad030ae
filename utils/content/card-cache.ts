/**
 * The cards this page has asked the background for, kept while the data is unchanged: moving back
 * and forth over names asks once per entry. A failed request is forgotten, so the next hover asks
 * again.
 */
import type { CardData } from '../messaging/protocol';

export interface CardCache {
  load(id: string): Promise<CardData | null>;
  /** Forgets every card (the data changed: an import was added, replaced or removed). */
  clear(): void;
}

export function createCardCache(ask: (id: string) => Promise<CardData | null>): CardCache {
  const cards = new Map<string, Promise<CardData | null>>();
  return {
    load(id) {
      let card = cards.get(id);
      if (!card) {
        card = ask(id);
        const asked = card;
        card.catch(() => {
          if (cards.get(id) === asked) cards.delete(id);
        });
        cards.set(id, card);
      }
      return card;
    },
    clear: () => cards.clear(),
  };
}
