import { describe, expect, inject } from 'vitest';
import { library } from '../../slides/index.ts';
import { axeFindings } from '../support/axe.ts';
import { NO_SCRIPT_TEXT, START_FAILURE_TEXT } from '../../src/render/start-cover.ts';
import { entryScript } from '../support/site.ts';
import { DESKTOP, fragmentCount, openDeckIn, PHONE, showStep, type DeckPage } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { spills, typeSizes } from '../support/layout.ts';
import { lowContrastSvgText } from '../support/contrast.ts';
import { hiddenTextShowing, isReaderView, missingOrRepeated, readerTypeSizes, sidewaysScroll } from '../support/reader.ts';

const slides = library.talk.slides;
/** One deck for the walk through every slide, kept open between tests; closed with the file's browser, its problems checked last. */
let deck: DeckPage;
deckTest.beforeAll(async ({ browser }) => {
  deck = await openDeckIn(browser, { query: '?transition=none' });
});

describe('the deck in Chromium at 1280x720', () => {
  deckTest('starts with every slide of the talk, in order, and exposes window.Reveal', async () => {
    const ids = await deck.page.evaluate(() => window.Reveal!.getSlides().map((slide) => slide.id));
    expect(ids).toEqual(slides.map((slide) => slide.id));
    expect(await deck.page.evaluate(() => typeof window.Reveal?.getConfig === 'function' && window.Reveal.getConfig().width)).toBe(1280);
  });

  deckTest.each(slides.map((slide, index) => [slide.id, index] as const))(
    'slide "%s": every step passes axe, fits the canvas and keeps type large',
    async (id, index) => {
      await showStep(deck.page, index, -1);
      const steps = await fragmentCount(deck.page);
      for (let step = -1; step < steps; step++) {
        await showStep(deck.page, index, step);
        const where = `slide "${id}" step ${step + 1} of ${steps}`;
        expect(await axeFindings(deck.page), `${where}: axe`).toEqual([]);
        expect(await lowContrastSvgText(deck.page), `${where}: figure text under 7:1`).toEqual([]);
        expect(await spills(deck.page), `${where}: spills outside the canvas`).toEqual([]);
        const sizes = await typeSizes(deck.page);
        expect(sizes.tooSmall, `${where}: text under 28px`).toEqual([]);
        expect(sizes.smallHeadings, `${where}: headings under 48px`).toEqual([]);
        expect(sizes.smallBody, `${where}: body text under 32px`).toEqual([]);
      }
    },
  );

  deckTest('opens a slide from its address', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/myelin' });
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe('myelin');
  });

  deckTest('on a desktop, shows the talk title from the page alone, where the title slide then puts it', async ({ browser, openDeck }) => {
    const viewport = DESKTOP;
    const context = await browser.newContext({ viewport });
    const waiting = await context.newPage();
    await waiting.route(/\.(js|css)$/, (route) => route.abort());
    await waiting.goto(inject('siteUrl'));
    const cover = waiting.locator('.start-cover-title');
    expect(await cover.textContent()).toBe(library.talk.title);
    expect(await cover.isVisible()).toBe(true);
    expect(await waiting.locator('.reveal').isVisible(), 'no slide shows unstyled').toBe(false);
    const covered = await cover.boundingBox();

    const { page } = await openDeck({ viewport });
    expect(await page.locator('.start-cover').count(), 'the cover is gone once the deck is up').toBe(0);
    const title = await page.locator('#title h1').boundingBox();
    expect(Math.abs(covered!.x - title!.x), 'left edge').toBeLessThan(4);
    expect(Math.abs(covered!.y - title!.y), 'top edge').toBeLessThan(8);
    expect(Math.abs(covered!.height - title!.height) / title!.height, 'size').toBeLessThan(0.1);
    await context.close();
  });

  deckTest('on a phone, the reader view paints the whole talk from the page alone, readable, with scripts and style sheets blocked', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route(/\.(js|css)$/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(inject('siteUrl'));
    await page.evaluate(() => document.fonts.ready);
    expect(blocked.length, 'the page asked for its script').toBeGreaterThan(0);
    expect(await isReaderView(page)).toBe(true);
    expect(await page.locator('.start-cover').isVisible(), 'no cover over the words').toBe(false);
    expect(await page.locator('h1').textContent()).toBe(library.talk.title);
    expect(await missingOrRepeated(page, { scripted: false })).toEqual([]);
    const sizes = await readerTypeSizes(page, { body: 18, floor: 16, heading: 22 });
    expect([...sizes.smallBody, ...sizes.tooSmall, ...sizes.smallHeadings]).toEqual([]);
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await hiddenTextShowing(page)).toEqual([]);
    await context.close();
  });

  deckTest('lets nothing but the page itself hold up its first paint', async () => {
    const blocking = await deck.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus: string }).renderBlockingStatus !== 'non-blocking')
        .map((entry) => entry.name),
    );
    expect(blocking).toEqual([]);
    const fetched = await deck.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.some((name) => name.endsWith('.css')), "the deck's style sheet was fetched").toBe(true);
  });

  deckTest.for([
    ['style sheet', () => /\.css$/],
    ['script', () => new RegExp(`/${entryScript()}$`)],
  ] as const)("says so on the cover when the deck's %s cannot load, and shows no unstyled slide", async ([, failing], { browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.route(failing(), (route) => route.abort());
    await page.goto(inject('siteUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(START_FAILURE_TEXT);
    expect(await page.locator('.start-cover-title').isVisible()).toBe(true);
    expect(await page.locator('.reveal').isVisible()).toBe(false);
    await context.close();
  });

  deckTest('says at once that the slides need JavaScript where scripts are turned off', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'));
    // Playwright's text search skips <noscript>, so the message is found by its place.
    const message = page.locator('.start-cover noscript .start-cover-problem');
    expect(await message.textContent()).toBe(NO_SCRIPT_TEXT);
    expect(await message.isVisible()).toBe(true);
    expect(await page.locator('.start-cover-title').isVisible()).toBe(true);
    expect(await page.getByRole('alert').count(), 'the load failure alert stays hidden').toBe(0);
    await context.close();
  });

  deckTest('logged no console error and sent no request off its origin', () => {
    expect(deck.problems).toEqual([]);
  });
});
