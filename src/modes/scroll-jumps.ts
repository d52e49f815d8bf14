import type { Deck } from '../deck/reveal-types.ts';

/** The scroll position that shows slide `indexh` at step `fragment` (-1: before its first step). */
function pageScrollTop(deck: Deck, indexh: number, fragment: number): number | undefined {
  const viewport = deck.getViewportElement();
  const section = deck.getSlidesElement()?.querySelector(`.scroll-page section[data-index-h="${indexh}"]`);
  const page = section?.closest('.scroll-page');
  if (!viewport || !page) return undefined;
  const top = page.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
  // Each step of a slide is one more screen of scrolling within its page (reveal's "full" layout).
  return top + Math.max(0, fragment + 1) * viewport.offsetHeight;
}

/** Scrolls the scroll view to a slide and step; false when not in the scroll view. */
export function scrollToStep(deck: Deck, indexh: number, fragment = -1): boolean {
  if (!deck.isScrollView()) return false;
  const top = pageScrollTop(deck, indexh, fragment);
  if (top === undefined) return false;
  deck.getViewportElement()!.scrollTop = top;
  return true;
}

/**
 * reveal.js 6.0.2's scroll view scrolls to a slide at a share of the whole scroll height
 * that falls short of the slide's page in the second half of the deck, and the scroll
 * snapping then settles on an earlier page; Home and End do nothing there. Every jump to a
 * slide (links, the contents, Home, End) is made here instead, to the top of its own page.
 */
export function setupScrollJumps(deck: Deck): void {
  deck.on('beforeslidechange', (event) => {
    const { indexh } = event as Event & { indexh?: number };
    if (typeof indexh === 'number' && scrollToStep(deck, indexh)) event.preventDefault();
  });
}
