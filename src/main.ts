import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/theme.css';
import './theme/figures.css';
import './theme/figure-steps.css';
import './theme/modes.css';
import './theme/print.css';
import { applyDeckStyles, firstPaint, showStartFailure } from './deck/boot.ts';
import { nextTask } from './deck/next-task.ts';
import { startDeck } from './deck/start-deck.ts';
import { bindFigures, drawFigures } from './figures/figure-host.ts';
import { fitDeckArea, followWindowSize } from './modes/deck-area.ts';
import { prepareContents, setupContents } from './modes/contents.ts';
import { deckMode, showsReaderTools } from './modes/deck-mode.ts';
import { prepareGlossary, setupGlossary } from './modes/glossary.ts';
import { startHandout } from './modes/handout.ts';
import { deckKeysAllowed } from './modes/key-guard.ts';
import { setupKeyboardHelp } from './modes/keyboard-help.ts';
import { prepareNarration, setupNarration } from './modes/narration.ts';
import { setupReplay } from './modes/replay.ts';
import { setupResume } from './modes/resume.ts';
import { setupScrollJumps } from './modes/scroll-jumps.ts';
import { setupScrollNarration } from './modes/scroll-narration.ts';
import { setupSpeakerView } from './modes/speaker-view.ts';
import { applyTrack } from './modes/track.ts';

// The composition root. The page paints its start cover (the talk's title) first, and the
// deck's style sheet is switched on after that. Work that changes the slides' DOM or the
// config runs before reveal.js starts; features that follow the deck's events are set up
// after. The cover goes once the deck is up.
await firstPaint();
await applyDeckStyles().catch((error: unknown) => {
  showStartFailure();
  throw error;
});
const mode = deckMode();
const openingHash = location.hash;
const forReaders = showsReaderTools(mode);
applyTrack();
prepareGlossary(mode);
if (forReaders) {
  prepareContents();
  prepareNarration();
}
fitDeckArea();
// Print view lays out its pages on window load: every picture must be there before it.
if (mode.print) await drawFigures();

await nextTask();
const deck = await startDeck({ keyboardCondition: deckKeysAllowed });
bindFigures(deck);
// The reader's tools and narration come with the first view of the deck, not a frame after:
// on a phone the narration is most of the first screen.
if (forReaders) {
  setupContents(deck);
  setupNarration(deck);
  setupScrollNarration(deck);
}
document.querySelector('.start-cover')?.remove();
// ?print-pdf: the print view, laid out as the take-home handout.
if (deck.isPrintView()) void startHandout(deck);
await nextTask();
followWindowSize(deck);
setupScrollJumps(deck, openingHash);
setupKeyboardHelp(deck);
setupSpeakerView(deck, mode, () => fitDeckArea(deck));
setupGlossary(deck);
setupReplay(deck);
if (forReaders) setupResume(deck);
