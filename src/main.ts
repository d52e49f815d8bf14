import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import './theme/modes.css';
import { startDeck } from './deck/start-deck.ts';
import { deckMode } from './modes/deck-mode.ts';
import { deckKeysAllowed } from './modes/key-guard.ts';
import { setupKeyboardHelp } from './modes/keyboard-help.ts';
import { setupSpeakerView } from './modes/speaker-view.ts';
import { applyTrack } from './modes/track.ts';

// The composition root. Work that changes the slides' DOM or the config runs before
// reveal.js starts; features that follow the deck's events are set up after.
const mode = deckMode();
applyTrack();

const deck = await startDeck({ keyboardCondition: deckKeysAllowed });
setupKeyboardHelp(deck);
setupSpeakerView(deck, mode);
