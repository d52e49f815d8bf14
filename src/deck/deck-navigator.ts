import type { Navigator } from '../views/place.ts';
import type { Deck } from './reveal-types.ts';

/** The reader's place in the slides, as reveal.js keeps it. */
export function deckNavigator(deck: Deck): Navigator {
  return {
    place: () => ({ slide: deck.getCurrentSlide()?.id ?? '', step: deck.getIndices().f ?? -1 }),
    go({ slide, step }) {
      const { h, v } = deck.getIndices(document.getElementById(slide) ?? undefined);
      deck.slide(h, v, step);
    },
    onMove(listener) {
      for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, listener);
    },
  };
}
