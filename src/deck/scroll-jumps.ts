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
 *
 * A link that opens the deck on a phone (`#/thanks`) is lost the same way, as the scroll view
 * starts before reveal.js reads the link: `openingHash`, the link as the page was opened,
 * is followed here once the deck is ready.
 */
export function setupScrollJumps(deck: Deck, openingHash: string): void {
  deck.on('beforeslidechange', (event) => {
    const { indexh } = event as Event & { indexh?: number };
    if (typeof indexh === 'number' && scrollToStep(deck, indexh)) event.preventDefault();
  });
  const opening = stepFromLink(deck, openingHash);
  const { h, f = -1 } = deck.getIndices();
  if (opening && (opening.h !== h || opening.f !== f)) scrollToStep(deck, opening.h, opening.f);
}

/** The slide and step a link names, as reveal.js writes them: `#/myelin`, `#/procedure/2`, `#/3`. */
export function stepFromLink(deck: Deck, hash: string): { h: number; f: number } | undefined {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return undefined;
  const step = (text: string | undefined): number => (text !== undefined && /^-?\d+$/.test(text) ? Number(text) : -1);
  if (/^\d+$/.test(parts[0]!)) return { h: Number(parts[0]), f: step(parts[2]) };
  let id: string;
  try {
    id = decodeURIComponent(parts[0]!);
  } catch {
    return undefined;
  }
  const slide = document.getElementById(id)?.closest('.slides section');
  return slide ? { h: deck.getIndices(slide as HTMLElement).h, f: step(parts[1]) } : undefined;
}
