import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';

/**
 * A replay keeps its pace with the page's own timers. These tests open the deck with
 * Playwright's clock installed and stop it before they start a replay; from then on the test
 * moves the page's time on by hand: the same steps at the same moments on every run, with no
 * waiting in real time.
 */
async function stopClock(page: Page): Promise<void> {
  // A moment ahead, since the clock runs until then.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

const shownSteps = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('#procedure-figure .figure-steps > .visible').length);

interface Change {
  /** Milliseconds of the page's time since the watch began. */
  at: number;
  /** How many of the procedure figure's steps show. */
  shown: number;
}

/**
 * Runs the page's clock on for `ms` and returns each change in the procedure figure's steps
 * shown on the way, after the steps shown at the start.
 */
async function stepsOver(page: Page, ms: number): Promise<Change[]> {
  const changes = await page.evaluateHandle(() => {
    const steps = document.querySelector('#procedure-figure .figure-steps')!;
    const shown = (): number => steps.querySelectorAll(':scope > .visible').length;
    const start = performance.now();
    const seen: Change[] = [{ at: 0, shown: shown() }];
    new MutationObserver(() => {
      if (shown() !== seen.at(-1)!.shown) seen.push({ at: performance.now() - start, shown: shown() });
    }).observe(steps, { subtree: true, attributeFilter: ['class'] });
    return seen;
  });
  await page.clock.runFor(ms);
  return changes.jsonValue();
}

const shownOver = (changes: Change[]): number[] => changes.map((change) => change.shown);

describe('playing a figure again', () => {
  deckTest('steps back to the start and forward to where the reader was, within 5 seconds, from the button', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure/2', clock: true });
    const button = page.locator('#procedure .figure-replay');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toContain('Play steps');
    expect(await shownSteps(page)).toBe(3);
    await stopClock(page);
    await button.click();
    const changes = await stepsOver(page, 6500);
    expect(shownOver(changes)).toEqual([0, 1, 2, 3]);
    expect(changes.at(-1)!.at, 'done within 5 s').toBeLessThanOrEqual(5200);
  });

  deckTest('plays every step from the start with R, and R is in the keyboard help', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure', clock: true });
    await stopClock(page);
    await page.keyboard.press('r');
    expect(shownOver(await stepsOver(page, 5600))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await page.keyboard.press('Shift+Slash');
    expect(await page.locator('.r-overlay-help').textContent()).toContain('Play the steps of a picture again');
  });

  deckTest('stops when the reader moves on', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure', clock: true });
    await stopClock(page);
    await page.locator('#procedure .figure-replay').click();
    await page.clock.runFor(900);
    await page.keyboard.press('PageDown');
    const left = await page.evaluate(() => window.Reveal!.getCurrentSlide().id);
    await page.clock.runFor(2500);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe(left);
    expect(await shownSteps(page)).toBeLessThan(7);
  });

  deckTest('in the reader view, plays every step from the first with the figure\'s Play button, within 5 seconds', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true, clock: true, hash: '#/procedure/2' });
    expect(await shownSteps(page)).toBe(3);
    const play = page.locator('#procedure .step-play');
    const box = (await play.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await stopClock(page);
    await play.tap();
    const changes = await stepsOver(page, 6500);
    expect(shownOver(changes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(changes.at(-1)!.at, 'done within 5 s').toBeLessThanOrEqual(5000);
    expect(await page.locator('#procedure .step-words > strong:first-child').textContent()).toBe('Step 7 of 7. ');
    expect(await page.locator('#procedure .step-next').isDisabled()).toBe(true);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/procedure/6');
  });

  deckTest('in the reader view, stops playing when the reader touches the page or presses a key', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true, clock: true, hash: '#/procedure' });
    await stopClock(page);
    for (const interrupt of [() => page.locator('#procedure-title').tap(), () => page.keyboard.press('Tab')]) {
      await page.locator('#procedure .step-play').tap();
      await page.clock.runFor(1200);
      await interrupt();
      const stopped = await shownSteps(page);
      expect(stopped).toBeGreaterThan(0);
      await page.clock.runFor(5000);
      expect(await shownSteps(page)).toBe(stopped);
    }
  });
});
