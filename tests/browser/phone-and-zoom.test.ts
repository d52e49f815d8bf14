import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { FigureType } from '../../src/content/model.ts';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { topLayerContrast } from '../support/contrast.ts';
import { openDeckIn, settle, type DeckPage } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { box, coveredContent, notesWords, overlap, shownWords } from '../support/modes.ts';
import { words } from '../support/text.ts';
import {
  READER_SIZES,
  cutOffText,
  drawAllFigures,
  figureShows,
  hiddenTextShowing,
  landmarkProblems,
  missingOrRepeated,
  overlapsNext,
  overrideTextSpacing,
  readerTypeSizes,
  scrollToSection,
  sidewaysScroll,
  smallLabels,
  talkSlides,
} from '../support/reader.ts';

/**
 * The reader view, read alone on a small phone, a phone and a desktop window (`?view=reader`),
 * at the browser's default text size and at 200%: the talk as a document that reflows, with
 * nothing lost, nothing too small, nothing to scroll sideways. The 200% is the browser's own
 * text size setting (Chromium's default font size, set over the DevTools protocol before the
 * page loads: see `textSize` in browser.ts), which the reader view's rem sizes follow.
 */

const ids = talkSlides.map((slide) => slide.id);

/** Figures drawn, by their slide and kind. */
const figures = talkSlides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' ? [{ id: `${slide.id}-figure`, slide: slide.id, kind: block.figure.type as FigureType }] : [])),
);

/** Body text is 18 px at the browser's default size, 16 px allowed at 320 px (the design guide). */
const minimums = (width: number, textSize: number) => ({
  body: (width < 390 ? 16 : 18) * (textSize / 100),
  floor: 16 * (textSize / 100),
  heading: 22 * (textSize / 100),
});

const textSizes = [100, 200] as const;

for (const [name, viewport] of READER_SIZES) for (const textSize of textSizes) {
  describe(`the reader view at ${name}, text at ${textSize}%`, () => {
    const narrow = viewport.width < 600;
    let deck: DeckPage;
    const page = (): Page => deck.page;
    deckTest.beforeAll(async ({ browser }) => {
      deck = await openDeckIn(browser, { query: '?view=reader', viewport, textSize, hasTouch: narrow, isMobile: narrow });
    });
    deckTest.afterAll(async () => {
      await deck.page.context().close();
    });

    deckTest('shows every slide once, in order: its title as a heading, its words and its narration', async () => {
      expect(await page().evaluate(() => document.documentElement.classList.contains('reader-view') && !('Reveal' in window))).toBe(true);
      expect(await missingOrRepeated(page())).toEqual([]);
    });

    deckTest('draws every word at reading size, as measured on screen', async () => {
      const sizes = await readerTypeSizes(page(), minimums(viewport.width, textSize));
      expect(sizes.smallBody, 'reading text under the minimum').toEqual([]);
      expect(sizes.tooSmall, 'any text under the floor').toEqual([]);
      expect(sizes.smallHeadings, 'titles under the minimum').toEqual([]);
      console.log(`reader ${viewport.width}px at ${textSize}%: smallest body ${sizes.smallest.body.toFixed(1)}px, other ${sizes.smallest.other.toFixed(1)}px, titles ${sizes.smallest.heading.toFixed(1)}px`);
    });

    deckTest('never scrolls sideways, before and after its figures are drawn; tables scroll inside their own frame', async () => {
      expect(await sidewaysScroll(page()), 'as it opens').toEqual([]);
      await drawAllFigures(page());
      expect(await sidewaysScroll(page()), 'with every figure drawn').toEqual([]);
      const frames = await page().evaluate(() =>
        [...document.querySelectorAll('.table-frame')].map((frame) => ({ fits: frame.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5, focusable: (frame as HTMLElement).tabIndex >= 0, scrolls: frame.scrollWidth > frame.clientWidth })),
      );
      expect(frames.every((frame) => frame.fits)).toBe(true);
    });

    deckTest('keeps the words meant for screen readers out of sight, in the step words too', async () => {
      // A step's words are copied from the figure's list, citations and all.
      await scrollToSection(page(), 'comparison');
      await scrollToSection(page(), 'procedure');
      await page().locator('#procedure .step-next').click();
      expect(await page().locator('#procedure .step-words .visually-hidden').count()).toBeGreaterThan(0);
      expect(await hiddenTextShowing(page())).toEqual([]);
      await page().locator('#procedure .step-back').click();
    });

    for (const { id, kind, slide } of figures) describe(`the ${kind} figure on "${slide}"`, () => {
      deckTest(`is drawn in its ${narrow ? 'narrow' : 'wide'} layout, and shows${kind === 'comparison' && narrow ? ' as its table' : ''}`, async () => {
        await drawAllFigures(page());
        const { layout, shows } = await figureShows(page(), id);
        expect(layout).toBe(narrow ? 'narrow' : 'wide');
        expect(shows).toEqual([kind === 'comparison' && narrow ? 'table' : 'picture']);
      });

      deckTest('draws its words at 14px or more', async () => {
        await drawAllFigures(page());
        expect(await smallLabels(page(), 14, `[id="${id}"]`)).toEqual({});
      });
    });

    deckTest('passes axe, with the contents open and with a word\'s popover open; a main, a navigation, no application', async () => {
      await drawAllFigures(page());
      await page().evaluate(() => window.scrollTo(0, 0));
      expect(await landmarkProblems(page())).toEqual([]);
      expect(await axeFindingsScrolled(page(), '.table-frame'), 'the whole document, and each table scrolled across').toEqual([]);
      await page().locator('#contents-button').click();
      expect(await page().locator('nav#contents').isVisible()).toBe(true);
      expect(await axeFindings(page(), 'nav#contents'), 'the contents').toEqual([]);
      await page().keyboard.press('Escape');
      await scrollToSection(page(), 'what-is-ms');
      await page().locator('#what-is-ms .word-button').first().click();
      await settle(page());
      expect(await page().locator('.term-popover:popover-open').count()).toBe(1);
      expect(await axeFindings(page(), '.term-popover:popover-open'), 'the popover').toEqual([]);
      expect(await topLayerContrast(page()), 'the popover\'s contrast').toEqual([]);
      await page().keyboard.press('Escape');
    });

    deckTest('loses nothing with text spacing overridden (WCAG 1.4.12): nothing cut off, nothing over the next part, nothing sideways', async () => {
      await overrideTextSpacing(page());
      await drawAllFigures(page());
      expect(await cutOffText(page()), 'cut off').toEqual([]);
      expect(await overlapsNext(page()), 'overlapping').toEqual([]);
      expect(await sidewaysScroll(page()), 'sideways').toEqual([]);
      expect(await missingOrRepeated(page())).toEqual([]);
    });

    deckTest('logged no console error and sent no request off its origin', () => {
      expect(deck.problems).toEqual([]);
    });
  });
}

describe('the slides at 200% browser zoom (640x360 at twice the pixels), still wider than a phone', () => {
  deckTest('keeps the slides, the tools, the narration and the contents usable', async ({ openDeck }) => {
    const zoomed = { width: 640, height: 360 };
    const { page } = await openDeck({ viewport: zoomed, deviceScaleFactor: 2, query: '?transition=none' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('reader-view'))).toBe(false);
    for (let i = 0; i < ids.length; i++) {
      await page.evaluate((index) => window.Reveal!.slide(index), i);
      await settle(page);
      expect(await coveredContent(page, '#reader-tools')).toEqual([]);
    }
    await page.evaluate(() => window.Reveal!.slide(1));
    await page.keyboard.press('n');
    const panel = (await box(page, '#narration'))!;
    const slide = (await box(page, '.reveal .slides > section.present'))!;
    expect(overlap(panel, slide)).toBe(false);
    expect(slide.top >= 0 && slide.bottom <= zoomed.height && slide.right <= zoomed.width).toBe(true);
    expect(await coveredContent(page, '#reader-tools')).toEqual([]);
    expect(await shownWords(page, '#narration .narration-text')).toBe(words(notesWords(ids[1]!)));

    await page.keyboard.press('m');
    const nav = (await box(page, 'nav#contents'))!;
    expect(nav.top >= 0 && nav.bottom <= zoomed.height && nav.right <= zoomed.width).toBe(true);
    await page.keyboard.press('End');
    const lastLink = (await box(page, 'nav#contents li:last-child a'))!;
    expect(lastLink.bottom, 'the last part of the contents can be reached').toBeLessThanOrEqual(nav.bottom);
    await page.keyboard.press('Escape');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]);
    for (const width of widths) expect(width).toBeLessThanOrEqual(zoomed.width);
  });
});
