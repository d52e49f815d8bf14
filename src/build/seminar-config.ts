import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Seminar } from '../content/model.ts';

const REQUIRED = ['presenter', 'organisation', 'date', 'contact', 'url'] as const;
const OPTIONAL = ['venue'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

export class SeminarConfigError extends Error {
  override name = 'SeminarConfigError';
}

/** Reads and checks the seminar details; any problem throws one line naming the file and the field. */
export function loadSeminar(file: string): Seminar {
  const shown = relative(process.cwd(), file) || file;
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
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message}).`);
  }
  return checkSeminar(data, fail);
}

export function checkSeminar(data: unknown, fail: (problem: string) => never): Seminar {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('must be a JSON object with the keys ' + KNOWN.join(', ') + '.');
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN.includes(key)) fail(`field "${key}" is not a seminar detail (known: ${KNOWN.join(', ')}).`);
  }
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value = record[key];
    if (value === undefined) {
      if ((REQUIRED as readonly string[]).includes(key)) fail(`field "${key}" is missing.`);
      continue;
    }
    if (typeof value !== 'string') fail(`field "${key}" must be text in quotes.`);
    if ((value as string).trim() === '') fail(`field "${key}" is empty.`);
  }
  const date = record.date as string;
  const [y, m, d] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || parsed.getUTCFullYear() !== y || parsed.getUTCMonth() + 1 !== m || parsed.getUTCDate() !== d) {
    fail(`field "date": "${date}" is not a date written YYYY-MM-DD.`);
  }
  let url: URL | undefined;
  try {
    url = new URL(record.url as string);
  } catch {
    /* reported below */
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(`field "url": "${String(record.url)}" is not an http:// or https:// address.`);
  }
  return record as unknown as Seminar;
}
