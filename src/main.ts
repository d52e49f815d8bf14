import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import './theme/figures.css';
import './theme/figure-steps.css';
import './theme/print.css';
import { startDeck } from './deck/start-deck.ts';
import { bindFigures, drawFigures } from './figures/figure-host.ts';
import { startHandout } from './modes/handout.ts';

// The composition root. Work that changes the slides' DOM or the config runs before
// reveal.js starts; features that follow the deck's events are set up after.
drawFigures();
const deck = await startDeck();
bindFigures(deck);
// ?print-pdf: the print view, laid out as the take-home handout.
if (deck.isPrintView()) void startHandout(deck);
