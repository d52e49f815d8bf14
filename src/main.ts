import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import { startDeck } from './deck/start-deck.ts';

// The composition root. Work that changes the slides' DOM or the config runs before
// reveal.js starts; features that follow the deck's events are set up after.
const deck = await startDeck();
void deck;
