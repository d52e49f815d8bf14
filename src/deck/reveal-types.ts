import type { RevealApi, RevealConfig } from 'reveal.js';

/**
 * reveal.js 6.0.2's declarations, corrected: `isPrintView`, `isScrollView` and `toggleScrollView`
 * exist at run time but are not declared; `isPrintingPDF` is declared but does not exist.
 */
export type Deck = Omit<RevealApi, 'isPrintingPDF' | 'initialize' | 'configure' | 'getConfig'> & {
  initialize(options?: DeckConfig): Promise<Deck>;
  isPrintView(): boolean;
  isScrollView(): boolean;
  toggleScrollView(active?: boolean): void;
  configure(options: DeckConfig): void;
  getConfig(): DeckConfig;
  /** The keyboard controller; its `shortcuts` fill the help overlay (?). */
  keyboard?: { shortcuts: Record<string, string> };
};

/** The config type, with the values reveal.js accepts but its declaration rejects. */
export type DeckConfig = Omit<RevealConfig, 'showNotes' | 'defaultTiming'> & {
  showNotes?: boolean | 'separate-page';
  defaultTiming?: number | null;
  /** The talk's length in seconds; the speaker view paces against it. */
  totalTime?: number;
  /** Seconds below which a slide's timing is flagged in the speaker view. */
  minimumTimePerSlide?: number;
};

declare global {
  interface Window {
    /** The running deck, where tools made for reveal.js decks look for it. */
    Reveal?: Deck;
  }
}
