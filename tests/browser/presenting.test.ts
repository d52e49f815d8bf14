import { describe, expect } from 'vitest';
import { library } from '../../slides/index.ts';
import { openDeckIn, settle, type DeckPage } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { currentSlideId, position } from '../support/modes.ts';
import { squash } from '../support/text.ts';

const slides = library.talk.slides;
const shortTalk = slides.filter((slide) => !slide.optional);
const seconds = (list: typeof slides): number => list.reduce((sum, slide) => sum + slide.seconds, 0);

/** One deck for the keys, kept open between tests; closed with the file's browser, its problems checked last. */
let deck: DeckPage;
deckTest.beforeAll(async ({ browser }) => {
  deck = await openDeckIn(browser, { query: '?transition=none' });
});

const later = (a: [number, number], b: [number, number]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

describe('presenting with a clicker', () => {
  deckTest('moves on with Page Down, right, down and Space, and back with Page Up, left and up', async () => {
    const { page } = deck;
    await page.evaluate(() => window.Reveal!.slide(0, 0, -1));
    for (const [forward, back] of [
      ['PageDown', 'PageUp'],
      ['ArrowRight', 'ArrowLeft'],
      ['ArrowDown', 'ArrowUp'],
      [' ', 'PageUp'],
    ] as const) {
      const start = await position(page);
      await page.keyboard.press(forward === ' ' ? 'Space' : forward);
      const moved = await position(page);
      expect(later(moved, start), `${forward} moves on from ${start}`).toBe(true);
      await page.keyboard.press(back);
      expect(await position(page), `${back} comes back`).toEqual(start);
    }
  });

  deckTest('goes to the last slide with End and the first with Home', async () => {
    const { page } = deck;
    await page.keyboard.press('End');
    expect(await currentSlideId(page)).toBe(slides.at(-1)!.id);
    await page.keyboard.press('Home');
    expect(await currentSlideId(page)).toBe(slides[0]!.id);
  });

  deckTest.each([['b'], ['.']])('blacks out the whole screen with "%s" and comes back with the same key', async (key) => {
    const { page } = deck;
    await page.evaluate(() => window.Reveal!.slide(1));
    await page.keyboard.press('n'); // the narration panel too must go black
    await page.keyboard.press(key);
    await settle(page);
    const screen = await page.evaluate(() => {
      const { innerWidth: w, innerHeight: h } = window;
      const points = [[w / 2, h / 2], [4, 4], [w - 4, 4], [4, h - 4], [w - 4, h - 4], [w - 100, h / 2]];
      const hits = points.map(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.pause-overlay') !== null);
      const overlay = document.querySelector('.pause-overlay')!;
      const button = overlay.querySelector('.resume-button');
      return {
        paused: window.Reveal!.isPaused(),
        hits,
        background: getComputedStyle(overlay).backgroundColor,
        opacity: getComputedStyle(overlay).opacity,
        buttonShows: button ? getComputedStyle(button).opacity !== '0' : false,
        fading: document.getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest('.pause-overlay, #reader-tools, #narration')).length,
      };
    });
    expect(screen).toEqual({ paused: true, hits: [true, true, true, true, true, true], background: 'rgb(0, 0, 0)', opacity: '1', buttonShows: false, fading: 0 });
    const before = await position(page);
    await page.keyboard.press('PageDown');
    expect(await position(page), 'the deck stays put while black').toEqual(before);
    await page.keyboard.press(key);
    expect(await page.evaluate(() => window.Reveal!.isPaused())).toBe(false);
    await page.keyboard.press('n');
  });

  deckTest('lists our own keys in the keyboard help, and N no longer as "next slide"', async () => {
    const { page } = deck;
    await page.keyboard.press('Shift+Slash');
    const cells = await page.evaluate(() => [...document.querySelectorAll('.r-overlay-help tr')].map((row) => [...row.children].map((cell) => cell.textContent!)));
    const rows = cells.map((row) => row.map(squash));
    const keysFor = (pattern: RegExp): string | undefined => rows.find(([, action]) => pattern.test(action ?? ''))?.[0];
    expect(keysFor(/next/i)).toMatch(/Page Down/);
    expect(keysFor(/next/i)?.split(' ')).not.toContain('N');
    expect(keysFor(/show or hide what the speaker says/i)).toBe('N');
    expect(keysFor(/read what the speaker says aloud/i)).toBe('L');
    expect(keysFor(/contents/i)).toBe('M');
    expect(keysFor(/speaker view/i)).toBe('S');
    expect(keysFor(/black/i)).toMatch(/B or \./);
    await page.keyboard.press('Escape');
    expect(await page.locator('.r-overlay-help').count()).toBe(0);
  });

  deckTest('logged no console error', () => {
    expect(deck.problems).toEqual([]);
  });
});

describe('two talks from one deck', () => {
  deckTest('gives the full talk every slide, paced to the sum of their timings', async () => {
    const { page } = deck;
    const shown = await page.evaluate(() => ({
      ids: window.Reveal!.getSlides().map((s) => s.id),
      total: window.Reveal!.getConfig().totalTime,
    }));
    expect(shown.ids).toEqual(slides.map((s) => s.id));
    expect(shown.total).toBe(seconds(slides));
  });

  deckTest('leaves the optional slides out of the short talk (?track=short), with pacing, numbers and progress to match', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?track=short', reducedMotion: 'reduce' });
    const shown = await page.evaluate(() => ({
      ids: window.Reveal!.getSlides().map((s) => s.id),
      optional: document.querySelectorAll('.slides section[data-optional]').length,
      total: window.Reveal!.getConfig().totalTime,
      timings: window.Reveal!.getSlides().reduce((sum, s) => sum + Number(s.dataset.timing), 0),
    }));
    expect(shown.ids).toEqual(shortTalk.map((s) => s.id));
    expect(shown.optional).toBe(0);
    expect(shown.total).toBe(shown.timings);
    expect(shown.total).toBe(seconds(shortTalk));
    expect(shown.total).toBeLessThan(seconds(slides));

    await page.keyboard.press('End');
    await settle(page);
    const chrome = await page.evaluate(() => ({
      number: document.querySelector('.slide-number')!.textContent!.replace(/\s+/g, ''),
      progress: document.querySelector<HTMLElement>('.progress span')!.getBoundingClientRect().width / document.querySelector<HTMLElement>('.progress')!.getBoundingClientRect().width,
    }));
    expect(chrome.number).toBe(`${shortTalk.length}/${shortTalk.length}`);
    expect(chrome.progress).toBeCloseTo(1, 2);
  });
});
