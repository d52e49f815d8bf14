import Reveal from 'reveal.js';
import type { Deck, DeckConfig } from './reveal-types.ts';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export function deckConfig(): DeckConfig {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    hash: true,
    respondToHashChanges: true,
    fragmentInURL: true,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    transition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    scrollActivationWidth: 435,
    pdfSeparateFragments: false,
  };
}

export async function startDeck(): Promise<Deck> {
  const deck = Reveal as unknown as Deck;
  window.Reveal = deck;
  await deck.initialize(deckConfig());
  return deck;
}
