import '../theme/modes/reader-tools.css';
import '../theme/modes/remote.css';
import { button, element } from '../panels/panel.ts';
import { QuestionList } from '../panels/questions.ts';
import { RoomConnection } from './connection.ts';
import type { Clock, Live } from './messages.ts';
import { paceAt, paceWords, plannedSlides } from './pace.ts';

export const NO_KEY_MESSAGE = 'This remote needs the address with the presenter\'s key. Scan the remote\'s code that npm run room printed.';
const NO_DECK_MESSAGE = 'The slides are not open on the laptop. Open the presenter address there first.';
const OFFLINE_MESSAGE = 'Not sent: no connection to the room just now.';

const stepCount = (section: Element | null): number =>
  section ? new Set([...section.querySelectorAll('.fragment')].map((fragment) => fragment.getAttribute('data-fragment-index'))).size : 0;

/** What a paragraph shows on screen: without the words kept for screen readers ("Source" before "[2]"). */
function shownText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The speaker's notes of a slide, as plain paragraphs. */
function notesOf(slide: string): HTMLElement[] {
  const notes = document.getElementById(slide)?.querySelector(':scope > aside.notes');
  return [...(notes?.querySelectorAll(':scope > p') ?? [])].map((p) => element('p', { text: shownText(p) }));
}

/**
 * The phone remote: a page of the room for the presenter's phone. Big Back, Next and Black
 * screen buttons drive the deck on the laptop; under them, the slide shown with its step, the
 * time against the plan, the notes, and the room's questions to mark answered or hide. The
 * page is the deck's own (the notes and the plan come from its slides), with the talk hidden.
 */
export function startRemote(key: string | undefined): void {
  const main = element('main', { id: 'remote', className: 'remote', attrs: { 'aria-labelledby': 'remote-title' } });
  const connection = element('p', { className: 'remote-connection', attrs: { role: 'status' }, text: 'Connecting…' });
  main.append(element('header', { className: 'remote-head' }, element('h1', { id: 'remote-title', text: 'Remote' }), connection));
  document.body.prepend(main);
  document.title = 'Remote';

  if (!key) {
    connection.textContent = NO_KEY_MESSAGE;
    return;
  }

  const time = element('span', { className: 'remote-time' });
  const against = element('strong', { className: 'remote-against' });
  const slideTitle = element('h2', { className: 'remote-slide', attrs: { 'aria-live': 'polite' } });
  const step = element('p', { className: 'remote-step' });
  const paused = element('p', { className: 'remote-paused', text: 'The screen is black. The audience sees a "paused" note.' });
  const back = button('Back', { className: 'remote-back', attrs: { 'aria-label': 'Back: the step or slide before' } });
  const next = button('Next', { className: 'remote-next', attrs: { 'aria-label': 'Next: the next step or slide' } });
  const blackout = button('Black screen', { className: 'remote-blackout', attrs: { 'aria-pressed': 'false' } });
  const said = element('p', { className: 'remote-said', attrs: { role: 'status' } });
  const notes = element('div', { className: 'remote-notes-text' });
  const room = new RoomConnection({ key, client: 'remote' });
  const questions = new QuestionList('presenter', { moderate: (id, status) => room.send('moderate', { id, status }) });

  main.append(
    element('section', { className: 'remote-now', attrs: { 'aria-label': 'Now' } }, element('p', { className: 'remote-pace' }, time, ' ', against), slideTitle, step, paused),
    element('div', { className: 'remote-drive', attrs: { role: 'group', 'aria-label': 'Move the slides' } }, back, next, blackout, said),
    element('section', { className: 'remote-notes', attrs: { 'aria-labelledby': 'remote-notes-title' } }, element('h2', { id: 'remote-notes-title', text: 'Notes' }), notes),
    element('section', { className: 'remote-questions', attrs: { 'aria-labelledby': 'remote-questions-title' } }, element('h2', { id: 'remote-questions-title', text: 'Questions' }), questions.list),
  );

  const plan = plannedSlides();
  let live: Live | null = null;
  let clock: { clock: Clock; at: number } = { clock: null, at: performance.now() };

  const showTime = (): void => {
    const pace = live && paceAt(plan, live.track, live.slide, clock.clock?.from);
    if (!pace) {
      time.textContent = '';
      against.textContent = '';
      return;
    }
    const elapsed = clock.clock === null ? null : clock.clock.elapsedMs + performance.now() - clock.at;
    const words = paceWords(elapsed, pace);
    time.textContent = `${words.time}.`;
    against.textContent = `${words.against}.`;
  };
  const show = (): void => {
    if (!live) {
      slideTitle.textContent = 'Waiting for the slides to open on the laptop';
      step.textContent = '';
      paused.hidden = true;
      return;
    }
    const section = document.getElementById(live.slide);
    const pace = paceAt(plan, live.track, live.slide);
    const title = section?.querySelector('h1, h2')?.textContent?.trim() ?? live.slide;
    slideTitle.textContent = pace ? `${pace.number} of ${pace.count}: ${title}` : title;
    const steps = stepCount(section);
    step.textContent = steps > 0 ? (live.step < 0 ? `${steps} steps, none shown yet` : `Step ${live.step + 1} of ${steps}`) : '';
    step.hidden = steps === 0;
    paused.hidden = !live.paused;
    blackout.setAttribute('aria-pressed', String(live.paused));
    blackout.textContent = live.paused ? 'Show slides' : 'Black screen';
    back.disabled = live.paused;
    next.disabled = live.paused;
    notes.replaceChildren(...notesOf(live.slide));
    showTime();
  };

  const drive = (action: 'next' | 'back' | 'blackout'): void => {
    said.textContent = '';
    void room.request('drive', { action }).then((answer) => {
      if (!answer.ok) said.textContent = answer.reason === 'no-deck' ? NO_DECK_MESSAGE : OFFLINE_MESSAGE;
    });
  };
  back.addEventListener('click', () => drive('back'));
  next.addEventListener('click', () => drive('next'));
  blackout.addEventListener('click', () => drive('blackout'));

  room.onStatus((status) => {
    connection.textContent =
      status === 'connected' ? 'Connected to the room'
      : status === 'refused' ? 'This remote\'s key is not from the room running now. Scan the code npm run room printed last.'
      : 'Connecting to the room…';
    connection.classList.toggle('is-problem', status !== 'connected');
  });
  room.on('welcome', (welcome) => {
    live = welcome.live;
    clock = { clock: welcome.clock, at: performance.now() };
    questions.reset(welcome.questions);
    show();
  });
  room.on('live', (message) => {
    live = message.live;
    clock = { clock: message.clock, at: performance.now() };
    show();
  });
  room.on('question', (question) => questions.upsert(question));
  window.setInterval(showTime, 1000);
  show();
}

