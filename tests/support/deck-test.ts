import { expect, test } from 'vitest';
import type { BrowserContext, LaunchOptions } from 'playwright-core';
import { launchBrowser, openDeckIn, type DeckOptions, type DeckPage } from './browser.ts';

/**
 * Vitest's `test` with the deck at hand. A test asks for:
 * - `openDeck(options)`: the built deck in a new browser context (see DeckOptions: query, hash,
 *   viewport, reducedMotion, clock...). After the test, passed or failed, every context it
 *   opened is closed, and the console errors, uncaught errors and requests off the origin they
 *   recorded must be none. A test that makes problems on purpose takes them with
 *   `takeProblems()` first.
 * - `browser`: one Chromium for the whole file, for pages that are not the deck started
 *   normally. A file launches it otherwise with `deckTest.override('launchOptions', {...})`.
 */
export const deckTest = test
  .extend('launchOptions', { scope: 'file' }, {} as LaunchOptions)
  .extend('browser', { scope: 'file' }, async ({ launchOptions }, { onCleanup }) => {
    const browser = await launchBrowser(launchOptions);
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('openDeck', async ({ browser }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    const decks: DeckPage[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
      const problems = decks.flatMap((deck) => deck.problems);
      expect(problems, 'console errors, uncaught errors and requests off the origin').toEqual([]);
    });
    return async (options?: DeckOptions): Promise<DeckPage> => {
      const deck = await openDeckIn(browser, options, contexts);
      decks.push(deck);
      return deck;
    };
  });
