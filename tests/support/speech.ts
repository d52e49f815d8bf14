import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The browser's speech synthesis replaced at its boundary by a recorder that behaves like it:
 * `speechSynthesis.speak()` queues an utterance, which starts (a `start` event), says its
 * words (a `boundary` event at each), and ends (`end`) when the test says so, or by itself
 * after `autoEndMs`; `cancel()` drops the queue, the one being said reporting an `error` of
 * "canceled" as Chromium does. Everything said is recorded with its speed, voice and language.
 */

export interface RecorderOptions {
  /** The voices the browser has; none: a browser with no voice at all. */
  voices?: { name: string; lang: string; localService: boolean; default?: boolean }[];
  /** The voices arrive this long after the page asks, with a `voiceschanged` event. */
  voicesAfterMs?: number;
  /** Each utterance ends by itself this long after it starts; undefined: when the test calls finish(). */
  autoEndMs?: number;
}

export interface Spoken {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

export const TEST_VOICES: RecorderOptions['voices'] = [
  { name: 'Far away English', lang: 'en-GB', localService: false, default: true },
  { name: 'On this device, French', lang: 'fr-FR', localService: true },
  { name: 'On this device, English', lang: 'en-GB', localService: true },
];

const RECORDER = join(import.meta.dirname, 'speech-recorder.js');

/**
 * Installs the recorder in every page of the context, before the page's own scripts. The
 * recorder is plain JavaScript in its own file (speech-recorder.js), given to the page as it
 * is written; its options come first, as a global it reads.
 */
export async function recordSpeech(context: BrowserContext, options: RecorderOptions = {}): Promise<void> {
  await context.addInitScript({ content: `window.__speechOptions = ${JSON.stringify(options)};` });
  await context.addInitScript({ path: RECORDER });
}

type Log = { spoken: Spoken[]; cancels: number; speaking(): string | null; finish(): void };

/** Everything said so far, in order. */
export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __speech: Log }).__speech.spoken);
}

/** What the voice is saying now, if anything. */
export function speaking(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __speech: Log }).__speech.speaking());
}

/** How many times the page stopped the voice. */
export function cancels(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __speech: Log }).__speech.cancels);
}

/** Ends the sentence being said, as the voice would after its last word. */
export async function finishSentence(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __speech: Log }).__speech.finish());
}
