import { deckNavigator } from '../deck/deck-navigator.ts';
import { fitDeckArea } from '../deck/deck-area.ts';
import { setupScrollJumps } from '../deck/scroll-jumps.ts';
import { Contents } from '../panels/contents.ts';
import { Glossary, prepareGlossary } from '../panels/glossary.ts';
import { KeyboardHelp, bindKey } from '../panels/keyboard-help.ts';
import { Narration } from '../panels/narration.ts';
import { ResumeOffer } from '../panels/resume.ts';
import { showsReaderTools } from './deck-mode.ts';
import type { DeckFeature } from './feature.ts';
import { startHandout } from './handout.ts';
import { setupReplay } from './replay.ts';
import { setupScrollNarration } from './scroll-narration.ts';
import { setupSpeakerView } from './speaker-view.ts';
import { applyTrack } from './track.ts';

const KEY = { M: 77, N: 78 } as const;
const always = (): boolean => true;

/** The short talk: before reveal.js starts, so numbering and pacing follow the slides shown. */
const track: DeckFeature = { appliesTo: always, prepare: () => void applyTrack() };

const glossary: DeckFeature = {
  appliesTo: always,
  prepare: (mode) => prepareGlossary(mode),
  later: (deck, mode) => {
    if (!mode.print) new Glossary().follow(deckNavigator(deck));
  },
};

/** The contents (M): its button is there for the first layout, which leaves room for the tools. */
const contents = ((): DeckFeature => {
  let panel: Contents | undefined;
  return {
    appliesTo: showsReaderTools,
    prepare: () => {
      panel = new Contents();
    },
    start: (deck) => {
      panel!.follow(deckNavigator(deck));
      bindKey(deck, KEY.M, { key: 'M', description: 'Contents: jump to a part of the talk' }, () => panel!.toggle());
    },
  };
})();

/** The narration (N): made before reveal.js starts, so the first layout leaves room for it. */
const narration = ((): DeckFeature => {
  let panel: Narration | undefined;
  return {
    appliesTo: showsReaderTools,
    prepare: () => {
      panel = new Narration();
    },
    start: (deck) => {
      panel!.follow(deckNavigator(deck), () => fitDeckArea(deck));
      bindKey(deck, KEY.N, { key: 'N', description: 'Show or hide what the speaker says' }, () => panel!.toggle());
    },
  };
})();

const phoneNarration: DeckFeature = { appliesTo: showsReaderTools, start: (deck) => setupScrollNarration(deck) };

/** ?print-pdf: the print view, laid out as the take-home handout. */
const handout: DeckFeature = {
  appliesTo: (mode) => mode.print,
  start: (deck) => {
    if (deck.isPrintView()) void startHandout(deck);
  },
};

const scrollJumps = ((): DeckFeature => {
  const openingHash = location.hash;
  return { appliesTo: always, later: (deck) => setupScrollJumps(deck, openingHash) };
})();

const keyboardHelp: DeckFeature = { appliesTo: always, later: (deck) => void new KeyboardHelp(deck) };

const speakerView: DeckFeature = {
  appliesTo: (mode) => !mode.receiver && !mode.print,
  later: (deck, mode) => setupSpeakerView(deck, mode, () => fitDeckArea(deck)),
};

const replay: DeckFeature = { appliesTo: always, later: (deck) => setupReplay(deck) };

const resume: DeckFeature = { appliesTo: showsReaderTools, later: (deck) => new ResumeOffer(deckNavigator(deck)).activate() };

/** Every part of the slides view, in the order each step of the lifecycle runs them. */
export const FEATURES: readonly DeckFeature[] = [track, glossary, contents, narration, phoneNarration, handout, scrollJumps, keyboardHelp, speakerView, replay, resume];
