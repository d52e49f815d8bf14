import * as z from 'zod/mini';

/**
 * Every message of the room, as a schema the server and the pages both check against (zod's
 * small build, so the pages' room code stays light). A message is a socket.io event: its name,
 * then one payload, then, for some, a function for the answer. Anything else is dropped.
 */

/** The longest a question may be, in characters. */
export const QUESTION_LENGTH = 280;
/** The most bytes one message may take as JSON; a longer one is dropped before it is read. */
export const MESSAGE_BYTES = 2048;

const slideId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/));
const questionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,24}$/));
/** A figure's step: -1 before its first, then 0, 1, ... */
const step = z.int().check(z.gte(-1), z.lte(99));

export const Place = z.strictObject({ slide: slideId, step });
export type Place = z.infer<typeof Place>;

export const Track = z.enum(['full', 'short']);

/** What the presenter shows now: the slide and step, whether the screen is black, and which talk. */
export const Live = z.strictObject({ slide: slideId, step, paused: z.boolean(), track: Track });
export type Live = z.infer<typeof Live>;

/** The talk's clock: how long since the presenter first moved on, and from which slide. */
export const Clock = z.nullable(z.strictObject({ elapsedMs: z.int().check(z.gte(0), z.lte(24 * 3600_000)), from: slideId }));
export type Clock = z.infer<typeof Clock>;

export const QuestionStatus = z.enum(['open', 'answered', 'hidden']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Question = z.strictObject({
  id: questionId,
  text: z.string().check(z.minLength(1), z.maxLength(QUESTION_LENGTH)),
  votes: z.int().check(z.gte(0), z.lte(100_000)),
  status: QuestionStatus,
  /** In the order asked: the earlier of two with the same votes comes first. */
  order: z.int().check(z.gte(0)),
});
export type Question = z.infer<typeof Question>;

/** A page's introduction, in socket.io's handshake: a presenter's secret, and which page it is. */
export const Hello = z.strictObject({
  key: z.optional(z.string().check(z.maxLength(64))),
  client: z.optional(z.enum(['deck', 'remote', 'follower'])),
  /** A follower's random name for this visit, so that one reader's vote counts once. */
  voter: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/))),
});
export type Hello = z.infer<typeof Hello>;

/** What the pages send, by event name. */
export const FROM_PAGES = {
  /** Anyone: a question, answered by Answer. */
  ask: z.strictObject({ text: z.string().check(z.maxLength(QUESTION_LENGTH * 2)) }),
  /** Anyone: one vote for a question. */
  vote: z.strictObject({ id: questionId }),
  /** The presenter's deck: where it is now. */
  show: Live,
  /** The presenter's deck, after the server has restarted: the room as the deck knows it. */
  restore: z.strictObject({
    live: Live,
    questions: z.array(Question).check(z.maxLength(1000)),
    clock: Clock,
  }),
  /** The presenter (deck or remote): mark a question answered, hide it or show it again. */
  moderate: z.strictObject({ id: questionId, status: QuestionStatus }),
  /** The remote: move the deck, or black its screen out and back. */
  drive: z.strictObject({ action: z.enum(['next', 'back', 'blackout']) }),
} as const;

export type PageEvent = keyof typeof FROM_PAGES;
export type PageMessage = { [K in PageEvent]: { event: K; payload: z.infer<(typeof FROM_PAGES)[K]> } }[PageEvent];

/** Who may send what: anyone may ask and vote; only the secret's holders drive and moderate. */
export const PRESENTER_ONLY: ReadonlySet<PageEvent> = new Set(['show', 'restore', 'moderate', 'drive']);
/** Of those, what only the deck itself says: where it is, and the room it had. */
export const DECK_ONLY: ReadonlySet<PageEvent> = new Set(['show', 'restore']);

export const Answer = z.union([
  /** A question asked is answered with its id, so the asker's page counts its vote as given. */
  z.strictObject({ ok: z.literal(true), id: z.optional(questionId) }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['wait', 'full', 'empty', 'repeat', 'unknown', 'no-deck']) }),
]);
export type Answer = z.infer<typeof Answer>;

/** What the server sends, by event name. */
export const FROM_SERVER = {
  /** On joining: the room as this page may see it. */
  welcome: z.strictObject({
    roomId: z.string().check(z.maxLength(40)),
    role: z.enum(['presenter', 'follower']),
    live: z.nullable(Live),
    clock: Clock,
    questions: z.array(Question).check(z.maxLength(1000)),
  }),
  /** The presenter moved, blacked out or came back. `seq` counts the changes. */
  live: z.strictObject({ live: Live, seq: z.int().check(z.gte(0)), clock: Clock }),
  /** A question is new or changed (a follower never gets a hidden one: it gets `unlisted`). */
  question: Question,
  /** A question followers no longer see. */
  unlisted: z.strictObject({ id: questionId }),
  /** To the deck: what the remote asked for. */
  drive: z.strictObject({ action: z.enum(['next', 'back', 'blackout']) }),
} as const;

export type ServerEvent = keyof typeof FROM_SERVER;
export type ServerPayload<K extends ServerEvent> = z.infer<(typeof FROM_SERVER)[K]>;

export type Rejection = 'unknown' | 'malformed' | 'oversized';

/**
 * Reads one message a page sent: its event name and arguments as socket.io delivered them.
 * The payload must match its event's schema and fit in MESSAGE_BYTES; an answer function may
 * follow it, nothing else.
 */
export function readPageMessage(event: unknown, args: readonly unknown[]): { message: PageMessage; answer?: (answer: Answer) => void } | { rejected: Rejection } {
  if (typeof event !== 'string' || !Object.hasOwn(FROM_PAGES, event)) return { rejected: 'unknown' };
  const [payload, answer, ...rest] = args;
  if (rest.length > 0 || (answer !== undefined && typeof answer !== 'function')) return { rejected: 'malformed' };
  let bytes: number;
  try {
    bytes = JSON.stringify(payload ?? null).length;
  } catch {
    return { rejected: 'malformed' };
  }
  if (bytes > MESSAGE_BYTES) return { rejected: 'oversized' };
  const parsed = FROM_PAGES[event as PageEvent].safeParse(payload);
  if (!parsed.success) return { rejected: 'malformed' };
  return { message: { event, payload: parsed.data } as PageMessage, answer: answer as ((answer: Answer) => void) | undefined };
}

/** Reads one message from the server; undefined for anything that does not match. */
export function readServerMessage<K extends ServerEvent>(event: K, payload: unknown): ServerPayload<K> | undefined {
  const parsed = FROM_SERVER[event].safeParse(payload);
  return parsed.success ? (parsed.data as ServerPayload<K>) : undefined;
}
