import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { Deck } from '../deck/reveal-types.ts';
import type { DeckMode } from './deck-mode.ts';
import { bindKey } from './keyboard-help.ts';
import { showNotice } from './notice.ts';

const S_KEY = 83;
/** The window name reveal.js's notes plugin opens; opening it first lets the plugin reuse it. */
const SPEAKER_WINDOW = 'reveal.js - Notes';
const SPEAKER_WINDOW_FEATURES = 'width=1100,height=700';

export const FILE_COPY_MESSAGE =
  'The speaker view needs the deck on a web address (http), not a file on this computer. Open it from a web server to use it.';
export const POPUP_BLOCKED_MESSAGE = 'The speaker view could not open. Allow pop-ups for this page, then press S again.';

/**
 * S opens reveal.js's speaker view: notes, next slide, clock, timer and pacing. The notes
 * plugin bundles a Markdown parser the first paint does not need, so it is imported the first
 * time S is pressed. The browser lets a page open a window only during the key press, so the
 * window is opened at once and the plugin, when loaded, takes it over by its name.
 */
export function setupSpeakerView(deck: Deck, mode: DeckMode): void {
  if (mode.receiver || mode.print) return;
  bindKey(deck, S_KEY, { key: 'S', description: 'Speaker view: notes, next slide and timer' }, () => openSpeakerView(deck, mode));
}

export function openSpeakerView(deck: Deck, mode: DeckMode): void {
  if (mode.fromFile) {
    showNotice(FILE_COPY_MESSAGE);
    return;
  }
  const loaded = deck.getPlugin('notes') as NotesPlugin | undefined;
  if (loaded) {
    loaded.open();
    return;
  }
  const popup = window.open('', SPEAKER_WINDOW, SPEAKER_WINDOW_FEATURES);
  if (!popup) {
    showNotice(POPUP_BLOCKED_MESSAGE);
    return;
  }
  popup.document.title = 'Speaker view';
  popup.document.body.textContent = 'Loading the speaker view…';
  import('reveal.js/plugin/notes').then(
    ({ default: Notes }) => {
      if (!deck.hasPlugin('notes')) deck.registerPlugin(Notes());
      // Closed while loading: opening it again now would be blocked, and the plugin would alert.
      if (!popup.closed) (deck.getPlugin('notes') as NotesPlugin).open();
    },
    () => {
      popup.close();
      showNotice('The speaker view could not load. Check the connection, then press S again.');
    },
  );
}
