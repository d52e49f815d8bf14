import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import { startDeck } from './deck/start-deck.ts';

void startDeck();
