import Reveal from 'reveal.js';
import { SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from './canvas.ts';
import type { Deck, DeckConfig } from './reveal-types.ts';
import { motionAllowed } from '../views/display-settings.ts';

/** How slides change: a fade, or at once where the reader or the device wants no motion. */
export const slideTransition = (): 'fade' | 'none' => (motionAllowed() ? 'fade' : 'none');

export function deckConfig(): DeckConfig {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: SLIDE_MARGIN,
    center: false,
    hash: true,
    respondToHashChanges: true,
    fragmentInURL: true,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    transition: slideTransition(),
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    // Narrow screens get the reader view (src/views/reader/), never reveal.js's scroll view.
    scrollActivationWidth: 0,
    // Slides change by a fade, so only the neighbours need laying out ahead of time; reveal's
    // default (three each side) makes starting the deck lay out seven slides.
    viewDistance: 1,
    mobileViewDistance: 1,
    pdfSeparateFragments: false,
  };
}

/** The talk's length in seconds: the time budgets of the slides that will be shown. */
export function talkSeconds(root: ParentNode = document): number {
  return [...root.querySelectorAll<HTMLElement>('.slides > section:not([data-visibility="hidden"])')].reduce(
    (sum, section) => sum + Number(section.dataset.timing ?? 0),
    0,
  );
}

/** Starts reveal.js on the rendered slides and exposes it as window.Reveal. */
export async function startDeck(overrides: DeckConfig = {}): Promise<Deck> {
  const deck = Reveal as unknown as Deck;
  window.Reveal = deck;
  await deck.initialize({ ...deckConfig(), totalTime: talkSeconds(), ...overrides });
  return deck;
}
