import type { Deck } from '../deck/reveal-types.ts';
import type { DeckMode } from './deck-mode.ts';

/**
 * One part of the slides view: a way of using the deck (presenting, reading alone, the
 * handout) or a panel it offers. main.ts walks one list of them through one lifecycle.
 */
export interface DeckFeature {
  /** Whether it belongs in this copy of the deck (a speaker view preview, print, ...). */
  appliesTo(mode: DeckMode): boolean;
  /** Before reveal.js starts: DOM and layout its first view must already see. */
  prepare?(mode: DeckMode): void;
  /** With the deck's first view, before the start cover goes. */
  start?(deck: Deck, mode: DeckMode): void;
  /** A task later: what the first view does not need. */
  later?(deck: Deck, mode: DeckMode): void;
}
