import type { Deck } from '../deck/reveal-types.ts';
import { QuestionList } from '../panels/questions.ts';
import { RoomConnection } from './connection.ts';
import type { Navigator } from '../views/place.ts';
import type { Clock, Live } from './messages.ts';
import { showQuestionsInSpeakerView } from './speaker-questions.ts';

const ROOM_ID_STORAGE = 'ms-seminar-deck:room-id';

export const WRONG_KEY_MESSAGE =
  'This presenter address is not from the room running now, so the audience does not follow this deck. Open the presenter address that npm run room printed.';

function storedRoomId(): string | undefined {
  try {
    return sessionStorage.getItem(ROOM_ID_STORAGE) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The presenter's deck, opened with the secret: it drives the room. Each move, blackout and
 * return is sent as the deck's live place; the remote's buttons come back as the deck's own
 * keys would act (nothing moves while the screen is black); the questions show in the speaker
 * view. The deck keeps the room's questions too, so that after a restart of the server it
 * can give the new one the room as it was.
 */
/** What the slides view lends the room: its speaker view's window, its notice, and a way to forget the key. */
export interface PresenterHooks {
  speakerWindow(): Window | null;
  notice(text: string): void;
  forgetKey(): void;
}

export function linkPresenter(deck: Deck, navigator: Navigator, key: string, hooks: PresenterHooks): RoomConnection {
  const connection = new RoomConnection({ key, client: 'deck' });
  const questions = new QuestionList('presenter', { moderate: (id, status) => connection.send('moderate', { id, status }) });
  let roomId = storedRoomId();
  let clock: { clock: Clock; at: number } = { clock: null, at: performance.now() };
  const clockNow = (): Clock => clock.clock && { ...clock.clock, elapsedMs: Math.round(clock.clock.elapsedMs + performance.now() - clock.at) };

  const liveNow = (): Live | undefined => {
    const { slide, step } = navigator.place();
    if (!slide) return undefined;
    return { slide, step, paused: deck.isPaused(), track: document.documentElement.dataset.track === 'short' ? 'short' : 'full' };
  };
  const publish = (): void => {
    const live = liveNow();
    if (live) connection.send('show', live);
  };
  navigator.onMove(publish);
  deck.on('paused', publish);
  deck.on('resumed', publish);

  connection.on('welcome', (welcome) => {
    const live = liveNow();
    // A new room id with no place yet: the server has started again, and knows nothing of the talk.
    if (roomId !== undefined && welcome.roomId !== roomId && welcome.live === null && live) {
      connection.send('restore', { live, questions: questions.all(), clock: clockNow() });
      for (const question of welcome.questions) questions.upsert(question);
    } else {
      questions.reset(welcome.questions);
      if (welcome.clock) clock = { clock: welcome.clock, at: performance.now() };
      publish();
    }
    roomId = welcome.roomId;
    try {
      sessionStorage.setItem(ROOM_ID_STORAGE, roomId);
    } catch {
      /* a reload then starts the room's questions from the server's copy, which it has */
    }
  });
  connection.on('live', (message) => {
    if (message.clock) clock = { clock: message.clock, at: performance.now() };
  });
  connection.on('question', (question) => questions.upsert(question));
  connection.on('drive', ({ action }) => {
    if (action === 'blackout') deck.togglePause();
    else if (!deck.isPaused()) (action === 'next' ? deck.next() : deck.prev());
  });
  connection.onStatus((status) => {
    if (status !== 'refused') return;
    hooks.forgetKey();
    connection.close();
    hooks.notice(WRONG_KEY_MESSAGE);
  });
  showQuestionsInSpeakerView(questions, hooks.speakerWindow);
  return connection;
}
