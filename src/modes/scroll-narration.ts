import type { Deck } from '../deck/reveal-types.ts';
import { currentStep } from '../figures/figure-host.ts';
import { plainTerm } from '../panels/glossary.ts';

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
      const section = page.querySelector('section');
      const notes = section?.querySelector('aside.notes');
      if (!content || !section || !notes || content.querySelector(':scope > .page-narration')) continue;
      content.append(pageNarration(notes, takeWords(section)));
      showFigureStep(section);
    }
  };
  new MutationObserver(addNarration).observe(slides, { childList: true });
  const followStep = (event: unknown): void => {
    const fragment = (event as { fragment?: Element }).fragment;
    const section = fragment?.closest('section');
    if (deck.isScrollView() && section) showFigureStep(section);
  };
  deck.on('fragmentshown', followStep);
  deck.on('fragmenthidden', followStep);
  addNarration();
}

/**
 * A figure's words for its current step sit under its picture, on the slide: scaled to a
 * phone they are a few pixels tall. The page shows them again at reading size, above the
 * narration, and follows the steps as the reader scrolls. (Screen readers already hear each
 * step from the slide itself, so this copy is for the eyes only.)
 */
function showFigureStep(section: Element): void {
  const figure = section.querySelector<HTMLElement>('figure[data-figure]');
  const page = section.closest('.scroll-page-content');
  if (!figure || !page) return;
  let block = page.querySelector<HTMLElement>('.page-figure-step');
  if (!block) {
    block = document.createElement('div');
    block.className = 'page-figure-step';
    const words = document.createElement('div');
    words.className = 'page-figure-words';
    words.setAttribute('aria-hidden', 'true');
    block.append(words);
    // Shown once the picture is drawn (see modes.css): pictures are drawn when the page is idle.
    const replay = document.createElement('button');
    replay.type = 'button';
    replay.className = 'reader-button page-replay';
    replay.textContent = 'Play steps';
    block.append(replay);
    page.querySelector('.page-narration')?.prepend(block);
  }
  const shown = currentStep(figure);
  const current = figure.querySelectorAll('.figure-steps > *')[shown - 1];
  const label = document.createElement('p');
  label.className = 'page-narration-label';
  label.textContent = shown === 0 ? 'The picture' : `Step ${shown} of ${figure.dataset.stepCount}`;
  const text = document.createElement('p');
  if (!current) text.append(...[...(figure.querySelector('.figure-summary')?.childNodes ?? [])].map((node) => node.cloneNode(true)));
  // A table's step is a row: its cells, in a line.
  else if (figure.querySelector('[data-figure-text="table"]')) text.textContent = [...current.children].map((cell) => cell.textContent?.trim()).join(' · ');
  else text.append(...[...current.childNodes].map((node) => node.cloneNode(true)));
  for (const term of text.querySelectorAll('button.term')) term.replaceWith(plainTerm(term));
  block.querySelector('.page-figure-words')!.replaceChildren(label, text);
}

interface Word {
  /** The term as the glossary writes it. */
  term: string;
  popoverId: string;
}

/**
 * Takes the glossary words off a slide. Scaled to a phone's width, a term on the slide is a
 * few pixels tall: too small to tap. The slide keeps it as plain words, and the words are
 * listed under the slide, above its narration, as full-size buttons that open the same
 * popovers. (Leaving the scroll view restores the slides' own HTML, buttons and all.)
 */
function takeWords(section: Element): Word[] {
  const words: Word[] = [];
  for (const button of section.querySelectorAll('button.term[popovertarget]')) {
    const popoverId = button.getAttribute('popovertarget')!;
    const term = section.querySelector(`[id="${CSS.escape(popoverId)}"] strong`)?.textContent?.replace(/:\s*$/, '') ?? button.textContent ?? '';
    if (!words.some((word) => word.popoverId === popoverId)) words.push({ term, popoverId });
    button.replaceWith(plainTerm(button));
  }
  return words;
}

function pageNarration(notes: Element, words: Word[]): HTMLElement {
  const narration = document.createElement('div');
  narration.className = 'page-narration';
  // A narration longer than its page scrolls, and the keyboard must reach it to scroll it.
  // Which ones do depends on the screen, the zoom and the reader's text size, and measuring
  // would lay out every page: every narration takes focus.
  narration.tabIndex = 0;
  const label = document.createElement('p');
  label.className = 'page-narration-label';
  label.textContent = 'The speaker says';
  if (words.length > 0) {
    const list = document.createElement('div');
    list.className = 'page-words';
    const heading = document.createElement('p');
    heading.className = 'page-narration-label';
    heading.textContent = 'Words:';
    const buttons = words.map(({ term, popoverId }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'reader-button word-button';
      button.setAttribute('popovertarget', popoverId);
      button.textContent = term;
      return button;
    });
    list.append(heading, ...buttons);
    narration.append(list);
  }
  narration.append(label, ...[...notes.children].map((child) => child.cloneNode(true)));
  return narration;
}
