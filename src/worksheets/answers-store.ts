/**
 * Where the reader's worksheet answers are kept: this browser's local storage on this device,
 * under one name, as one versioned record. Nothing here sends them anywhere, and nothing else
 * reads them: the handout never loads this module.
 *
 * The record is `{ "version": 1, "answers": { name: value } }`, each name a control group of the
 * worksheets (`values.worse`, `leaning`, `questions`...; see answerName in
 * src/content/worksheet-content.ts) and each value a choice, a list of ticked questions, or the
 * reader's own words. A record of another version, or one that cannot be read, counts as none.
 */

export const ANSWERS_STORAGE_KEY = 'ms-seminar-deck:worksheets';
export const ANSWERS_VERSION = 1;
/** The most a piece of the reader's own writing keeps, in characters. */
export const MAX_TEXT = 4000;

export type Answer = string | string[];
export type Answers = Record<string, Answer>;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The answers in a stored record; none for a missing, broken or other-version record. */
export function parseAnswers(text: string | null): Answers {
  if (!text) return {};
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof record !== 'object' || record === null || (record as { version?: unknown }).version !== ANSWERS_VERSION) return {};
  const stored = (record as { answers?: unknown }).answers;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const answers: Answers = {};
  for (const [name, value] of Object.entries(stored)) {
    if (typeof value === 'string' && value !== '') answers[name] = value.slice(0, MAX_TEXT);
    else if (Array.isArray(value)) {
      const list = value.filter((item): item is string => typeof item === 'string' && item !== '');
      if (list.length > 0) answers[name] = list;
    }
  }
  return answers;
}

/** The record as stored: answers left empty are not kept. */
export function serialiseAnswers(answers: Answers): string {
  const kept: Answers = {};
  for (const [name, value] of Object.entries(answers)) {
    if (typeof value === 'string' ? value.trim() !== '' : value.length > 0) kept[name] = typeof value === 'string' ? value.slice(0, MAX_TEXT) : value;
  }
  return JSON.stringify({ version: ANSWERS_VERSION, answers: kept });
}

/** This page's local storage, or null where the browser refuses it (storage turned off). */
function localStore(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class AnswersStore {
  constructor(private readonly storage: Store | null = localStore()) {}

  read(): Answers {
    try {
      return parseAnswers(this.storage?.getItem(ANSWERS_STORAGE_KEY) ?? null);
    } catch {
      return {};
    }
  }

  /** Keeps the answers, or removes the record when none are left; false where the browser would not keep them. */
  write(answers: Answers): boolean {
    if (!this.storage) return false;
    try {
      if (Object.values(answers).every((value) => (typeof value === 'string' ? value.trim() === '' : value.length === 0))) {
        this.storage.removeItem(ANSWERS_STORAGE_KEY);
      } else {
        this.storage.setItem(ANSWERS_STORAGE_KEY, serialiseAnswers(answers));
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Removes every answer from this device. */
  clear(): void {
    try {
      this.storage?.removeItem(ANSWERS_STORAGE_KEY);
    } catch {
      // Nothing was kept where nothing can be.
    }
  }
}
