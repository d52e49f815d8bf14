import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { plainText } from '../../src/content/inline.ts';
import { launchBrowser, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { builtScript, entryScript } from '../support/site.ts';

const slides = library.talk.slides;
const firstWords = (id: string): string => plainText(slides.find((s) => s.id === id)!.notes[0]!).slice(0, 40);
const currentId = (page: Page): Promise<string> => page.evaluate(() => window.Reveal!.getCurrentSlide().id);

// Playwright turns the pop-up blocker off by default; a presenter's browser has it on.
deckTest.override('launchOptions', { ignoreDefaultArgs: ['--disable-popup-blocking'] });

describe('the speaker view (S)', () => {
  const notesChunk = builtScript('reveal-notes');

  deckTest('keeps the notes plugin out of the first load, fetches it when S is pressed, and clears the readers\' tools while presenting', async ({ openDeck }) => {
    expect(notesChunk.name).not.toBe(entryScript());
    const { page, requests } = await openDeck({ hash: '#/what-is-ms' });
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.endsWith(notesChunk.name))).toEqual([]);
    const popup = page.context().waitForEvent('page');
    const chunk = page.waitForRequest((request) => request.url().endsWith(notesChunk.name));
    expect(await page.locator('#reader-tools').isVisible()).toBe(true);
    await page.keyboard.press('s');
    await chunk;
    expect(await page.locator('#reader-tools').isVisible(), 'no reader tools on the projected deck').toBe(false);
    await (await popup).close();
    expect(requests.filter((url) => url.endsWith(notesChunk.name))).toHaveLength(1);
    // Coming back to the deck's window once the speaker view has gone brings the tools back.
    const comeBack = async (): Promise<boolean> => {
      await page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
      return page.locator('#reader-tools').isVisible();
    };
    await expect.poll(comeBack, { message: 'the tools are back when the speaker view has closed' }).toBe(true);
  });

  deckTest('opens with the pop-up blocker on, shows the notes and the pacing timer, and drives the deck', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: '#/what-is-ms' });
    // A slow venue network: the plugin arrives after the key press's permission to open a window has run out.
    await page.context().route(`**/${notesChunk.name}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      await route.fallback();
    });
    const popupEvent = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const popup = await popupEvent;
    await popup.waitForFunction(
      (words) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(words),
      firstWords('what-is-ms'),
    );
    await popup.waitForFunction(() => {
      const pacing = document.querySelector<HTMLElement>('.speaker-controls-time .pacing');
      return pacing !== null && pacing.offsetParent !== null && /\d\d:\d\d/.test(pacing.textContent ?? '');
    });
    expect(await popup.locator('.pacing-title').isVisible()).toBe(true);

    // A key pressed in the speaker view goes to its preview, which moves the main deck.
    await popup.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#current-slide iframe')?.contentWindow?.document.querySelector('.reveal.ready'));
    await popup.keyboard.press('PageDown');
    await page.waitForFunction(() => window.Reveal!.getCurrentSlide().id === 'myelin');
    await popup.waitForFunction(
      (words) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(words),
      firstWords('myelin'),
    );
    // Moving the main deck moves the speaker view along.
    await page.keyboard.press('PageUp');
    await popup.waitForFunction(
      (words) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(words),
      firstWords('what-is-ms'),
    );
    expect(await currentId(page)).toBe('what-is-ms');

    // Closed and asked for again, with the plugin loaded by now, it opens again.
    await popup.close();
    await page.waitForTimeout(500); // Chromium lets go of a closed window's name a moment later
    const again = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    await (await again).waitForFunction(
      (words) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(words),
      firstWords('what-is-ms'),
    );
  });

  deckTest('opened mid-figure, keeps the deck at the figure\'s step, and the preview shows that step', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: '#/procedure' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    const at = await page.evaluate(() => window.Reveal!.getIndices());
    expect(at.f).toBe(2);
    const popupEvent = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const popup = await popupEvent;
    const preview = (): Promise<number | undefined> =>
      popup.evaluate(() => (document.querySelector<HTMLIFrameElement>('#current-slide iframe')?.contentWindow as (Window & { Reveal?: { getIndices(): { f?: number } } }) | null)?.Reveal?.getIndices().f);
    await expect.poll(preview, { message: 'the preview shows the step the deck is at', timeout: 10_000 }).toBe(2);
    // The loading preview's own first state (the slide before its steps) once came back as a move.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.Reveal!.getIndices())).toEqual(at);
    expect(await preview()).toBe(2);
    // Once connected, a move made in the speaker view still moves the deck.
    await popup.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => window.Reveal!.getIndices().f), { timeout: 5000 }).toBe(1);
    await popup.close();
  });

  deckTest('previews the short talk in the short talk, without the readers\' extras, paced to its total', async ({ openDeck }) => {
    const shortTalk = slides.filter((slide) => !slide.optional);
    const { page } = await openDeck({ query: '?track=short&narration=on' });
    await page.evaluate(() => localStorage.setItem('ms-seminar-deck:position', JSON.stringify({ slide: 'myelin', fragment: -1 })));
    const popupEvent = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const popup = await popupEvent;
    await popup.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#current-slide iframe')?.contentWindow?.document.querySelector('.reveal.ready'));
    const frame = popup.frames().find((f) => f.url().includes('postMessageEvents'))!;
    expect(frame.url()).toMatch(/track=short/);
    const inPreview = await frame.evaluate(() => ({
      slides: window.Reveal!.getTotalSlides(),
      totalTime: window.Reveal!.getConfig().totalTime,
      extras: [...document.querySelectorAll('#reader-tools, #narration, #contents, #resume-offer')].map((el) => el.id),
    }));
    expect(inPreview).toEqual({ slides: shortTalk.length, totalTime: shortTalk.reduce((sum, s) => sum + s.seconds, 0), extras: [] });
  });

  deckTest('says on screen that it needs http when the deck is opened from a file', async () => {
    const fileBrowser = await launchBrowser({ args: ['--allow-file-access-from-files'] });
    try {
      const page = await fileBrowser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(pathToFileURL(join(inject('siteDir'), 'index.html')).href);
      await waitForDeck(page);
      let popups = 0;
      page.context().on('page', () => popups++);
      await page.keyboard.press('s');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toMatch(/speaker view needs .*http/i);
      expect(popups).toBe(0);
      await page.getByRole('button', { name: 'OK' }).click();
      expect(await alert.count()).toBe(0);
      await page.keyboard.press('s');
      expect(await alert.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await alert.count(), 'Escape closes the message').toBe(0);
      expect(await page.evaluate(() => window.Reveal!.isOverview()), 'and only the message').toBe(false);
    } finally {
      await fileBrowser.close();
    }
  });
});
