import '../theme/modes/room.css';
import { LiveStatus } from '../panels/live-status.ts';
import { QuestionsPanel } from '../panels/questions.ts';
import type { Navigator } from '../views/place.ts';
import { RoomConnection } from './connection.ts';
import type { Live } from './messages.ts';

/** A move the reader makes within this long of their own input (a scroll, a key, a tap) is theirs. */
const INPUT_MS = 1500;
const VOTER_STORAGE = 'ms-seminar-deck:room-voter';

/** A random name for this reader's visit, so that a vote counts once even after a reload. */
function voterName(): string {
  const made = (): string => {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  try {
    const kept = sessionStorage.getItem(VOTER_STORAGE);
    if (kept && /^[A-Za-z0-9_-]{16}$/.test(kept)) return kept;
    const name = made();
    sessionStorage.setItem(VOTER_STORAGE, name);
    return name;
  } catch {
    return made();
  }
}

const titleOf = (slide: string): string => document.getElementById(slide)?.querySelector('h1, h2')?.textContent?.trim() ?? '';

/**
 * A page of the audience: it follows the presenter's slide and step while the reader lets it,
 * and stops following as soon as the reader scrolls or moves elsewhere themselves ("Back to
 * live" brings them back). On joining again after a lost connection it goes back to live.
 * Works on any view's Navigator; in the reader view a step shown keeps its figure in sight.
 */
export function follow(navigator: Navigator, view: 'reader' | 'slides'): RoomConnection {
  const connection = new RoomConnection({ client: 'follower', voter: voterName() });
  let live: Live | null = null;
  let following = true;
  let connected = false;
  let applying = 0;
  let lastInput = -Infinity;

  const show = (): void => status.show({ following, paused: live?.paused ?? false, connected, started: live !== null }, live ? titleOf(live.slide) : '');
  const goLive = (): void => {
    if (!live) return;
    const here = navigator.place();
    if (here.slide === live.slide && here.step === live.step) return;
    const sameSlide = here.slide === live.slide;
    window.cancelAnimationFrame(applying);
    applying = -1;
    navigator.go({ slide: live.slide, step: live.step }, { exactStep: true });
    if (view === 'reader' && sameSlide) document.getElementById(live.slide)?.querySelector('figure[data-figure]')?.scrollIntoView({ block: 'nearest' });
    // The reader view notices a scroll a frame later: that move is ours too.
    applying = window.requestAnimationFrame(() => (applying = window.requestAnimationFrame(() => (applying = 0))));
  };
  const status = new LiveStatus(() => {
    following = true;
    goLive();
    show();
  });

  // In the reader view the Questions button sits in the bar at the foot of the screen, with
  // the live marker, leaving the tool bar at the top as it was.
  const panel = new QuestionsPanel(
    {
      ask: async (text) => {
        const answer = await connection.request('ask', { text });
        return answer.ok ? { result: 'ok', id: answer.id } : { result: answer.reason };
      },
      vote: (id) => connection.send('vote', { id }),
    },
    view === 'reader' ? status.tools : undefined,
  );
  const counted = (): void => panel.counted();

  for (const type of ['wheel', 'touchstart', 'touchmove', 'keydown', 'pointerdown']) {
    window.addEventListener(type, () => (lastInput = performance.now()), { passive: true, capture: true });
  }
  navigator.onMove(() => {
    if (applying !== 0 || !live || !following) return;
    if (performance.now() - lastInput > INPUT_MS) return;
    if (navigator.place().slide !== live.slide) {
      following = false;
      show();
    }
  });

  connection.onStatus((now) => {
    connected = now === 'connected';
    show();
  });
  connection.on('welcome', (welcome) => {
    panel.questions.reset(welcome.questions);
    counted();
    // Back after sleep or a lost network: to where the talk is now.
    following = true;
    if (welcome.live) live = welcome.live;
    goLive();
    show();
  });
  connection.on('live', (message) => {
    live = message.live;
    if (following) goLive();
    show();
  });
  connection.on('question', (question) => {
    panel.questions.upsert(question);
    counted();
  });
  connection.on('unlisted', ({ id }) => {
    panel.questions.remove(id);
    counted();
  });
  show();
  return connection;
}
