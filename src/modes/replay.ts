import type { Deck } from '../deck/reveal-types.ts';
import { replayFigure, stopReplay } from '../figures/figure-host.ts';
import { bindKey } from '../panels/keyboard-help.ts';

const R_KEY = 82;

/**
 * For readers without a clicker: a "Play steps" button on every drawn figure, or R, plays the
 * figure's steps again. Any other key stops a replay in progress.
 */
export function setupReplay(deck: Deck): void {
  bindKey(deck, R_KEY, { key: 'R', description: 'Play the steps of a picture again' }, () => replayFigure(deck));
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('.figure-replay')) replayFigure(deck);
  });
  document.addEventListener('keydown', (event) => {
    if (event.keyCode !== R_KEY) stopReplay();
  });
}
