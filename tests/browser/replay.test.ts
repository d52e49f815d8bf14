import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';

/** The procedure figure's step, sampled every 100 ms for `ms`. */
async function stepsOver(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const start = performance.now();
        const sample = (): void => {
          seen.push(document.querySelectorAll('#procedure-figure .figure-steps > .visible').length);
          if (performance.now() - start < duration) setTimeout(sample, 100);
          else resolve(seen);
        };
        sample();
      }),
    ms,
  );
}

/** The distinct values in order: 3,3,0,0,1,2,3 becomes 3,0,1,2,3. */
const runs = (values: number[]): number[] => values.filter((v, i) => i === 0 || v !== values[i - 1]);

describe('playing a figure again', () => {
  deckTest('steps back to the start and forward to where the reader was, within 5 seconds, from the button', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure/2' });
    const button = page.locator('#procedure .figure-replay');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toContain('Play steps');
    expect(await page.evaluate(() => document.querySelectorAll('#procedure-figure .figure-steps > .visible').length)).toBe(3);
    await button.click();
    const seen = await stepsOver(page, 6500);
    expect(runs(seen)).toEqual([0, 1, 2, 3]);
    const finished = seen.indexOf(3);
    expect(finished * 100, 'done within 5 s').toBeLessThanOrEqual(5200);
  });

  deckTest('plays every step from the start with R, and R is in the keyboard help', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure' });
    await page.keyboard.press('r');
    const seen = await stepsOver(page, 5600);
    expect(runs(seen)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await page.keyboard.press('Shift+Slash');
    expect(await page.locator('.r-overlay-help').textContent()).toContain('Play the steps of a picture again');
  });

  deckTest('stops when the reader moves on', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure' });
    await page.locator('#procedure .figure-replay').click();
    await page.waitForTimeout(900);
    await page.keyboard.press('PageDown');
    const left = await page.evaluate(() => window.Reveal!.getCurrentSlide().id);
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe(left);
    expect(await page.evaluate(() => document.querySelectorAll('#procedure-figure .figure-steps > .visible').length)).toBeLessThan(7);
  });

  deckTest('has a full-size button on the figure\'s phone page that plays it', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    const top = await page.evaluate(() => document.getElementById('procedure')!.closest<HTMLElement>('.scroll-page')!.offsetTop);
    await page.evaluate((y) => document.querySelector('.reveal-viewport')!.scrollTo(0, y), top);
    await page.waitForTimeout(300);
    const button = page.locator('.scroll-page-content:has(> #procedure) .page-replay');
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.tap();
    const seen = await stepsOver(page, 5600);
    expect(runs(seen).slice(-3)).toEqual([5, 6, 7]);
    const label = page.locator('.scroll-page-content:has(> #procedure) .page-figure-step .page-narration-label');
    expect(await label.textContent()).toBe('Step 7 of 7');
  });
});
