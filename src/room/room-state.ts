import { QUESTION_LENGTH, type Clock, type Live, type Question, type QuestionStatus } from './messages.ts';

/**
 * The room as the server keeps it, as plain data changed only by the pure functions below
 * (each returns a new state, never changes the one it is given): where the presenter is, when
 * the talk began, and the questions with who voted for each. Nothing here reads a clock or a
 * random number: the server passes them in.
 */

export interface RoomQuestion extends Question {
  /** The voters' names for this visit (Hello.voter), so each counts once; never sent out. */
  voters: readonly string[];
}

export interface RoomState {
  live: Live | null;
  /** How many changes of `live` there have been. */
  seq: number;
  /** When the presenter first moved on (on the server's clock, in ms), and from which slide: the talk's clock starts then. */
  started: { at: number; from: string } | null;
  questions: readonly RoomQuestion[];
  /** How many questions have been asked, for each one's place in the order asked. */
  asked: number;
}

export type Refusal = 'wait' | 'full' | 'empty' | 'repeat' | 'unknown';

export type Outcome = { state: RoomState; question: RoomQuestion } | { state: RoomState; refused: Refusal };

export function emptyRoom(): RoomState {
  return { live: null, seq: 0, started: null, questions: [], asked: 0 };
}

const samePlace = (a: Live, b: Live): boolean => a.slide === b.slide && a.step === b.step;
const sameLive = (a: Live, b: Live): boolean => samePlace(a, b) && a.paused === b.paused && a.track === b.track;

/** The presenter shows `live`: a change counts (seq) only if something changed; the first move on starts the clock. */
export function show(state: RoomState, live: Live, now: number): { state: RoomState; changed: boolean } {
  if (state.live && sameLive(state.live, live)) return { state, changed: false };
  const started = state.started ?? (state.live !== null && !samePlace(state.live, live) ? { at: now, from: state.live.slide } : null);
  return { state: { ...state, live, seq: state.seq + 1, started }, changed: true };
}

/** The talk's clock now, or null before the presenter has moved on. */
export function clock(state: RoomState, now: number): Clock {
  return state.started && { elapsedMs: Math.max(0, Math.round(now - state.started.at)), from: state.started.from };
}

/**
 * A question as it will be shown: one line of plain text, its runs of spaces and line breaks
 * made single spaces, control characters gone. It is shown as text, never as HTML, so
 * nothing else needs taking out.
 */
export function cleanQuestion(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const sameWords = (a: string, b: string): boolean => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** A follower asks: the question counts the asker's vote. */
export function ask(state: RoomState, text: string, voter: string, id: string, maxQuestions: number): Outcome {
  const clean = cleanQuestion(text);
  if (clean === '' || clean.length > QUESTION_LENGTH) return { state, refused: 'empty' };
  if (state.questions.length >= maxQuestions) return { state, refused: 'full' };
  if (state.questions.some((question) => sameWords(question.text, clean))) return { state, refused: 'repeat' };
  const question: RoomQuestion = { id, text: clean, votes: 1, status: 'open', order: state.asked, voters: [voter] };
  return { state: { ...state, questions: [...state.questions, question], asked: state.asked + 1 }, question };
}

function change(state: RoomState, id: string, edit: (question: RoomQuestion) => RoomQuestion | Refusal): Outcome {
  const found = state.questions.find((question) => question.id === id);
  if (!found) return { state, refused: 'unknown' };
  const edited = edit(found);
  if (typeof edited === 'string') return { state, refused: edited };
  return { state: { ...state, questions: state.questions.map((question) => (question === found ? edited : question)) }, question: edited };
}

/** One vote from one voter; a hidden question takes none. */
export function vote(state: RoomState, id: string, voter: string): Outcome {
  return change(state, id, (question) => {
    if (question.status === 'hidden') return 'unknown';
    if (question.voters.includes(voter)) return 'repeat';
    return { ...question, votes: question.votes + 1, voters: [...question.voters, voter] };
  });
}

/** The presenter marks a question answered, hides it, or opens it again. */
export function moderate(state: RoomState, id: string, status: QuestionStatus): Outcome {
  return change(state, id, (question) => ({ ...question, status }));
}

/**
 * After a restart of the server, the presenter's deck sends the room as it knew it. What the
 * new server has already (a question asked since, a newer place) stays; the rest comes back,
 * within the cap on questions. Who voted is not known again: each question keeps its count.
 */
export function restore(
  state: RoomState,
  snapshot: { live: Live; questions: readonly Question[]; clock: Clock },
  now: number,
  maxQuestions: number,
): RoomState {
  const known = new Set(state.questions.map((question) => question.id));
  const back = snapshot.questions
    .filter((question) => !known.has(question.id) && !state.questions.some((kept) => sameWords(kept.text, question.text)))
    .slice(0, Math.max(0, maxQuestions - state.questions.length))
    .map((question) => ({ ...question, text: cleanQuestion(question.text), voters: [] }));
  const questions = [...back, ...state.questions].map((question, order) => ({ ...question, order }));
  return {
    live: state.live ?? snapshot.live,
    seq: state.live ? state.seq : state.seq + 1,
    started: state.started ?? (snapshot.clock && { at: now - snapshot.clock.elapsedMs, from: snapshot.clock.from }),
    questions,
    asked: questions.length,
  };
}

const STATUS_ORDER: Record<QuestionStatus, number> = { open: 0, answered: 1, hidden: 2 };

/** Most votes first among those still open, then the answered, then the hidden; ties in the order asked. */
export function sortQuestions<T extends Question>(questions: readonly T[]): T[] {
  return [...questions].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.votes - a.votes || a.order - b.order);
}

/** A question as the pages get it: without its voters. */
export function publicQuestion({ voters: _voters, ...question }: RoomQuestion): Question {
  return question;
}

/** The questions a follower sees: not the hidden ones. */
export function visibleQuestions(state: RoomState): Question[] {
  return sortQuestions(state.questions.filter((question) => question.status !== 'hidden')).map(publicQuestion);
}

/** Every question, for the presenter. */
export function allQuestions(state: RoomState): Question[] {
  return sortQuestions(state.questions).map(publicQuestion);
}
