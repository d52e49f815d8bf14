import type { Deck } from '../deck/reveal-types.ts';

/**
 * On a phone, reveal.js's scroll view shows each slide on its own page, one screen tall,
 * with the slide scaled to the screen's width at the top of it (see modes.css). The slide's
 * narration goes in the rest of that page, inside its sticky area: the page keeps its
 * height, so reveal.js's mapping from scroll position to slides and fragments still holds.
 *
 * reveal.js builds the pages when the scroll view starts and throws them away when it ends
 * (restoring the slides' saved HTML), so pages are looked up afresh whenever they change.
 */
export function setupScrollNarration(deck: Deck): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const addNarration = (): void => {
    if (!deck.isScrollView()) return;
    for (const page of slides.querySelectorAll<HTMLElement>('.scroll-page')) {
      const content = page.querySelector('.scroll-page-content');
      const notes = page.querySelector('section aside.notes');
      if (!content || !notes || content.querySelector(':scope > .page-narration')) continue;
      content.append(pageNarration(notes));
    }
    markScrollableNarration(slides);
  };
  new MutationObserver(addNarration).observe(slides, { childList: true });
  deck.on('resize', () => markScrollableNarration(slides));
  addNarration();
}

function pageNarration(notes: Element): HTMLElement {
  const narration = document.createElement('div');
  narration.className = 'page-narration';
  const label = document.createElement('p');
  label.className = 'page-narration-label';
  label.textContent = 'The speaker says';
  narration.append(label, ...[...notes.children].map((child) => child.cloneNode(true)));
  return narration;
}

/** Where a narration is longer than its page has room for, it scrolls, and the keyboard can reach it. */
function markScrollableNarration(slides: HTMLElement): void {
  for (const narration of slides.querySelectorAll<HTMLElement>('.page-narration')) {
    if (narration.scrollHeight > narration.clientHeight + 1) narration.tabIndex = 0;
    else narration.removeAttribute('tabindex');
  }
}
