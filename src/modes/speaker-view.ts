import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { Deck } from '../deck/reveal-types.ts';
import type { DeckMode } from './deck-mode.ts';
import { bindKey, type KeyHelp } from '../panels/keyboard-help.ts';
import { showNotice } from '../panels/notice.ts';

const S_KEY = 83;
const S_HELP: KeyHelp = { key: 'S', description: 'Speaker view: notes, next slide and timer' };
/** The window name reveal.js's notes plugin opens; opening it first lets the plugin reuse it. */
const SPEAKER_WINDOW = 'reveal.js - Notes';
const SPEAKER_WINDOW_FEATURES = 'width=1100,height=700';

export const FILE_COPY_MESSAGE =
  'The speaker view needs the deck on a web address (http), not a file on this computer. Open it from a web server to use it.';
export const POPUP_BLOCKED_MESSAGE = 'The speaker view could not open. Allow pop-ups for this page, then press S again.';
const LOAD_FAILED_MESSAGE = 'The speaker view could not load. Check the connection, then press S again.';

let openWindow: Window | null = null;
let speakerConnected = false;

function notesMessage(raw: unknown): { namespace?: unknown; type?: unknown; method?: unknown } | null {
  if (typeof raw !== 'string') return null;
  try {
    const data: unknown = JSON.parse(raw);
    return typeof data === 'object' ? (data as { namespace?: unknown }) : null;
  } catch {
    return null;
  }
}

/**
 * reveal.js's notes plugin sends the speaker view's moves back to the deck. While the speaker
 * view loads, its preview of the current slide opens at the slide without the figure's step,
 * and reports that as a move: pressing S mid-figure sent the figure back to its start (and a
 * room's followers with it). So its moves count only once it says it is connected, again
 * after each reload. Set up before reveal.js starts, so this hears each message first.
 */
export function acceptSpeakerMovesOnceConnected(): void {
  window.addEventListener('message', (event) => {
    const popup = openWindow;
    if (!popup || event.source !== popup) return;
    const data = notesMessage(event.data);
    if (data?.namespace === 'reveal-notes' && data.type === 'connected') {
      speakerConnected = true;
      popup.addEventListener('pagehide', () => (speakerConnected = false), { once: true });
    } else if (!speakerConnected && data?.method === 'setState') event.stopImmediatePropagation();
  });
}

/** The speaker view's window while it is open, for what else it shows (a room's questions). */
export function speakerWindow(): Window | null {
  return openWindow && !openWindow.closed ? openWindow : null;
}

/**
 * S opens reveal.js's speaker view: notes, next slide, clock, timer and pacing. The notes
 * plugin bundles a Markdown parser the first paint does not need, so it is imported the first
 * time S is pressed. A page may open a window only during the key press, so the window is
 * opened at once, by the name the plugin uses, and the plugin takes it over once loaded.
 *
 * While the speaker view is open the deck is being presented: `data-presenting` on <html>
 * takes the readers' tools off the projected screen, and `onPresenting` is told.
 */
export function setupSpeakerView(deck: Deck, mode: DeckMode, onPresenting: (presenting: boolean) => void = () => {}): void {
  if (mode.receiver || mode.print) return;
  const presenting = (on: boolean): void => {
    document.documentElement.toggleAttribute('data-presenting', on);
    onPresenting(on);
  };

  const open = (): void => {
    if (mode.fromFile) {
      showNotice(FILE_COPY_MESSAGE);
      return;
    }
    // With an empty address, an open speaker window is returned as it is, not reloaded.
    const popup = window.open('', SPEAKER_WINDOW, SPEAKER_WINDOW_FEATURES);
    if (!popup) {
      showNotice(POPUP_BLOCKED_MESSAGE);
      return;
    }
    if (popup !== openWindow) speakerConnected = false;
    openWindow = popup;
    presenting(true);
    const loaded = deck.getPlugin('notes') as NotesPlugin | undefined;
    if (loaded) {
      loaded.open();
      return;
    }
    popup.document.title = 'Speaker view';
    popup.document.body.textContent = 'Loading the speaker view…';
    import('reveal.js/plugin/notes').then(
      ({ default: Notes }) => {
        if (!deck.hasPlugin('notes')) {
          deck.registerPlugin(Notes());
          // The plugin binds S to itself; S stays ours, to keep the checks above.
          bindKey(deck, S_KEY, S_HELP, open);
        }
        // Closed while loading: opening it again now would be blocked, and the plugin would alert.
        if (!popup.closed) (deck.getPlugin('notes') as NotesPlugin).open();
      },
      () => {
        popup.close();
        showNotice(LOAD_FAILED_MESSAGE);
      },
    );
  };

  bindKey(deck, S_KEY, S_HELP, open);
  // Back in this window with the speaker view closed: the deck is for reading again.
  window.addEventListener('focus', () => {
    if (openWindow?.closed) {
      openWindow = null;
      presenting(false);
    }
  });
}
