import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { inspect } from 'node:util';
import type { Seminar } from '../content/model.ts';

const REQUIRED = ['presenter', 'organisation', 'date', 'contact', 'url', 'interests', 'sponsor'] as const;
const OPTIONAL = ['venue', 'paper'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

/**
 * The longest each detail may be: at these lengths each still fits one line of the title
 * slide (tests/browser/seminar.test.ts builds the deck with values this long and checks it).
 * A shorter address is also quicker to type and makes a QR code easier to scan.
 */
export const MAX_LENGTH: Record<Exclude<keyof Seminar, 'date' | 'paper'>, number> = {
  presenter: 40,
  organisation: 40,
  venue: 40,
  contact: 50,
  url: 70,
  interests: 120,
  sponsor: 80,
};

/** What to write in a field that was left out, where that is not obvious. */
const MISSING_HINT: Partial<Record<keyof Seminar, string>> = {
  interests: ' Write the presenter\'s interests in this topic (payments, roles, links to a centre or company), or "None".',
  sponsor: ' Write who sponsors this seminar, or "None".',
};

/**
 * A seminar details file that cannot be used. Printed, it is its message alone: the build
 * shows one line that names the file and the field, not a trace through Vite.
 */
export class SeminarConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
  [inspect.custom](): string {
    return this.message;
  }
}
SeminarConfigError.prototype.name = 'SeminarConfigError';

/** Reads and checks the seminar details; any problem throws one line naming the file and the field. */
export function loadSeminar(file: string): Seminar {
  const near = relative(process.cwd(), file);
  const shown = near && !near.startsWith('..') && !isAbsolute(near) ? near : file;
  const fail = (problem: string): never => {
    throw new SeminarConfigError(`Seminar details in ${shown}: ${problem}`);
  };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail('the file cannot be read. Check the path given in SEMINAR_CONFIG.');
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte order mark; it is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message}).`);
  }
  return checkSeminar(data, fail);
}

/** Checks parsed seminar details and returns a clean copy with only the known fields, trimmed. */
export function checkSeminar(data: unknown, fail: (problem: string) => never): Seminar {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('must be a JSON object with the keys ' + KNOWN.join(', ') + '.');
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN.includes(key)) fail(`field "${key}" is not a seminar detail (known: ${KNOWN.join(', ')}).`);
  }
  const clean: Partial<Record<keyof Seminar, string>> = {};
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value = record[key];
    if (value === undefined) {
      if ((REQUIRED as readonly string[]).includes(key)) fail(`field "${key}" is missing.${MISSING_HINT[key] ?? ''}`);
      continue;
    }
    if (typeof value !== 'string') return fail(`field "${key}" must be text in quotes.`);
    const text = value.trim();
    if (text === '') fail(`field "${key}" is empty.`);
    // Control characters (line breaks, tabs) have no place on one line of a slide.
    if (/[\u0000-\u001f\u007f]/.test(text)) fail(`field "${key}" must be one line of text, without line breaks or tabs.`);
    if (key !== 'date' && key !== 'paper' && text.length > MAX_LENGTH[key]) {
      fail(`field "${key}" is ${text.length} characters long; keep it to ${MAX_LENGTH[key]} so it fits on the slides.`);
    }
    clean[key] = text;
  }
  if (clean.paper !== undefined && clean.paper !== 'a4' && clean.paper !== 'letter') fail(`field "paper": "${clean.paper}" is "a4" or "letter".`);
  const date = clean.date!;
  if (!isCalendarDate(date)) fail(`field "date": "${date}" is not a date written YYYY-MM-DD.`);

  let url: URL | undefined;
  try {
    url = new URL(clean.url!);
  } catch {
    /* reported below */
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    fail(`field "url": "${clean.url}" is not an http:// or https:// address.`);
  }
  return clean as Seminar;
}

/** "2027-02-13" is; "2027-02-30", "13/02/2027" and "2027-2-13" are not. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(0);
  parsed.setUTCFullYear(y, m - 1, d);
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}
