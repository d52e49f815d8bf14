import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { topLayerContrast } from '../support/contrast.ts';
import { DESKTOP, PHONE, settle, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { box, coveredContent, currentSlideId, notesWords, overlap, shownWords } from '../support/modes.ts';
import { squash, words } from '../support/text.ts';

const slides = library.talk.slides;
const ids = slides.map((s) => s.id);

/** The first slide whose content steps in click by click: a figure. */
const stepSlide = slides.find((s) => s.blocks.some((b) => b.kind === 'figure'))!;

const scrollTo = async (page: Page, top: number): Promise<void> => {
  await page.evaluate((y) => document.querySelector('.reveal-viewport')!.scrollTo(0, y), top);
  await settle(page);
  await settle(page);
};
const pageTop = (page: Page, id: string): Promise<number> =>
  page.evaluate((slideId) => document.getElementById(slideId)!.closest<HTMLElement>('.scroll-page')!.offsetTop, id);

describe('on a phone (reveal.js scroll view, 390x844)', () => {
  deckTest('follows every slide with its narration, readable, and nothing wider than the screen', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    expect(await page.evaluate(() => window.Reveal!.isScrollView())).toBe(true);
    for (const [index, id] of ids.entries()) {
      await scrollTo(page, await pageTop(page, id));
      expect(await currentSlideId(page)).toBe(id);
      const narration = `#${id} ~ .page-narration, .scroll-page-content:has(> section#${id}) > .page-narration`;
      expect(await shownWords(page, narration), `slide "${id}"`).toBe(words(notesWords(id)));
      const slide = (await box(page, `section#${id}`))!;
      const text = (await box(page, narration))!;
      expect(text.top, `the narration of "${id}" follows its slide`).toBeGreaterThanOrEqual(slide.bottom);
      expect(text.top, `the narration of "${id}" starts on screen`).toBeLessThan(PHONE.height - 100);
      expect(text.left >= 0 && text.right <= PHONE.width).toBe(true);
      const fits = await page.evaluate((sel) => {
        const el = document.querySelector<HTMLElement>(sel)!;
        return el.scrollHeight <= el.clientHeight + 1 || el.tabIndex === 0;
      }, narration);
      expect(fits, `the narration of "${id}" fits its page, or scrolls by keyboard too`).toBe(true);
      const sizes = await page.evaluate(
        (sel) => [...document.querySelectorAll(`${sel} p`)].map((p) => parseFloat(getComputedStyle(p).fontSize)),
        narration,
      );
      expect(Math.min(...sizes), `type in the narration of "${id}"`).toBeGreaterThanOrEqual(16);
      expect(index).toBe(await page.evaluate(() => window.Reveal!.getIndices().h));
    }
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth, document.querySelector('.reveal-viewport')!.scrollWidth]);
    for (const width of widths) expect(width).toBeLessThanOrEqual(PHONE.width);
  });

  deckTest('still steps through fragments and slides as the reader scrolls, the figure\'s step in readable type', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    const steps = await page.evaluate((id) => new Set([...document.querySelectorAll(`#${id} .fragment`)].map((f) => f.getAttribute('data-fragment-index'))).size, stepSlide.id);
    expect(steps).toBeGreaterThan(1);
    const top = await pageTop(page, stepSlide.id);
    const seen: number[] = [];
    for (let step = 0; step <= steps; step++) {
      await scrollTo(page, top + step * PHONE.height);
      expect(await currentSlideId(page)).toBe(stepSlide.id);
      seen.push(await page.evaluate((id) => document.querySelectorAll(`#${id} .fragment.visible`).length, stepSlide.id));
      const narration = (await box(page, `.scroll-page-content:has(> section#${stepSlide.id}) > .page-narration`))!;
      expect(narration.top, 'the narration stays with its slide').toBeLessThan(PHONE.height - 100);
      const stepWords = page.locator(`.scroll-page-content:has(> section#${stepSlide.id}) .page-figure-step`);
      const shown = seen.at(-1)!;
      const expected = shown === 0 ? 'The picture' : `Step ${shown} of ${steps}`;
      expect(await stepWords.locator('.page-narration-label').textContent()).toBe(expected);
      const sentence = await page.evaluate(([id, n]) => {
        const figure = document.querySelector(`#${id} figure`)!;
        const source = n === 0 ? figure.querySelector('.figure-summary') : figure.querySelectorAll('.figure-steps > li')[n - 1];
        return source!.textContent!;
      }, [stepSlide.id, shown] as const);
      expect(squash((await stepWords.locator('p').nth(1).textContent())!)).toBe(squash(sentence));
      expect(parseFloat(await stepWords.evaluate((el) => getComputedStyle(el).fontSize)), 'the step reads at 16px or more').toBeGreaterThanOrEqual(16);
    }
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(await page.evaluate((id) => document.querySelectorAll(`#${id} .fragment`).length, stepSlide.id));
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1]!), `steps shown as the page scrolls: ${seen}`).toBe(true);
    await scrollTo(page, top + (steps + 1) * PHONE.height);
    expect(await currentSlideId(page)).toBe(ids[ids.indexOf(stepSlide.id) + 1]);
  });

  deckTest('passes axe at the top of every page', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    // The whole document once, at the first page: the rules for a whole page, and what stays on
    // screen around the pages (the reader's tools, the slide number, the progress bar).
    expect(await axeFindingsScrolled(page, '.page-narration'), 'the whole document').toEqual([]);
    // Then each page as the reader comes to it: its slide, its step's words and its narration.
    for (const id of ids.slice(1)) {
      await scrollTo(page, await pageTop(page, id));
      const onScreen = `.scroll-page:has(section#${id})`;
      expect(await axeFindingsScrolled(page, `${onScreen} .page-narration`, onScreen), `page of "${id}"`).toEqual([]);
    }
  });

  deckTest('opens the contents and the glossary words by touch, inside the screen', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.tap('#contents-button');
    const nav = (await box(page, 'nav#contents'))!;
    expect(nav.left >= 0 && nav.right <= PHONE.width && nav.bottom <= PHONE.height).toBe(true);
    expect(await axeFindings(page, 'nav#contents')).toEqual([]);
    const last = slides.at(-1)!;
    const firstOfLast = slides.find((s) => s.section === last.section)!;
    await page.tap(`nav#contents a[href="#/${firstOfLast.id}"]`);
    await page.waitForFunction((id) => window.Reveal!.getCurrentSlide().id === id, firstOfLast.id);
    expect(await page.locator('nav#contents').isVisible()).toBe(false);

    // Terms on a slide scaled to the phone are too small to tap: they are listed under the narration.
    const termSlide = slides.find((s) => s.id !== 'glossary' && JSON.stringify(s.blocks).includes('[['))!;
    await scrollTo(page, await pageTop(page, termSlide.id));
    expect(await page.locator(`section#${termSlide.id} button.term`).count()).toBe(0);
    const words = page.locator(`.scroll-page-content:has(> section#${termSlide.id}) .page-words button`);
    expect(await words.count()).toBe(await page.locator(`section#${termSlide.id} .term-popover`).count());
    const word = (await box(page, `.scroll-page-content:has(> section#${termSlide.id}) .page-words button`))!;
    expect(word.width >= 44 && word.height >= 44 && word.bottom <= PHONE.height).toBe(true);
    await words.first().tap();
    await settle(page);
    const pop = (await box(page, '.term-popover:popover-open'))!;
    expect(pop.left >= 0 && pop.top >= 0 && pop.right <= PHONE.width && pop.bottom <= PHONE.height, 'inside the screen').toBe(true);
    expect(await topLayerContrast(page)).toEqual([]);
  });

  deckTest('offers to go on from where the reader stopped, and takes them to that page', async ({ openDeck }) => {
    const stopped = ids.at(-1)!;
    const { page: earlier } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    await scrollTo(earlier, await pageTop(earlier, stopped));
    expect(await currentSlideId(earlier)).toBe(stopped);
    // Coming back later, in a new tab: the saved place is shared with it, but not reveal.js's
    // own scroll memory for reloading a tab (sessionStorage, written just after each scroll).
    const page = await earlier.context().newPage();
    await earlier.close();
    await page.goto(inject('siteUrl'));
    await waitForDeck(page);
    expect(await currentSlideId(page)).toBe(ids[0]);
    const offer = (await box(page, '#resume-offer'))!;
    expect(offer.bottom <= PHONE.height && offer.right <= PHONE.width).toBe(true);
    await page.tap('#resume-offer .resume-go');
    await settle(page);
    await settle(page);
    expect(await currentSlideId(page)).toBe(stopped);
  });

  deckTest('opens a link to a slide, or to a step of it, at that page', async ({ openDeck }) => {
    for (const [hash, id, step] of [[`#/${ids.at(-1)}`, ids.at(-1)!, 0], [`#/${stepSlide.id}/1`, stepSlide.id, 2]] as const) {
      const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true, hash });
      await settle(page);
      expect(await currentSlideId(page), hash).toBe(id);
      expect(await page.evaluate((slideId) => document.querySelectorAll(`#${slideId} .fragment.visible`).length, id), hash).toBe(step);
      const slide = (await box(page, `section#${id}`))!;
      expect(slide.top >= 0 && slide.bottom <= PHONE.height, `the page of ${hash} is on screen`).toBe(true);
    }
  });
});

describe('switching between phone and desktop widths', () => {
  deckTest('keeps every slide, the narration and the contents working, with no console error', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?narration=on', hash: `#/${ids[1]}` });
    const terms = await page.locator('.slides button.term').count();
    for (let round = 0; round < 3; round++) {
      await page.setViewportSize(PHONE);
      await page.waitForFunction(() => window.Reveal!.isScrollView());
      await settle(page);
      const phone = await page.evaluate(() => ({
        slides: window.Reveal!.getSlides().map((s) => s.id),
        narrations: document.querySelectorAll('.scroll-page .page-narration').length,
        panel: getComputedStyle(document.getElementById('narration')!).display,
      }));
      expect(phone, `round ${round + 1} at phone width`).toEqual({ slides: ids, narrations: ids.length, panel: 'none' });

      await page.setViewportSize(DESKTOP);
      await page.waitForFunction(() => !window.Reveal!.isScrollView());
      await settle(page);
      const desk = await page.evaluate(() => ({
        slides: window.Reveal!.getSlides().map((s) => s.id),
        present: document.querySelectorAll('.reveal .slides > section.present').length,
        pages: document.querySelectorAll('.scroll-page, .page-narration').length,
      }));
      expect(desk, `round ${round + 1} at desktop width`).toEqual({ slides: ids, present: 1, pages: 0 });
      expect(await page.locator('.slides button.term').count(), 'the glossary terms are buttons again').toBe(terms);
      const id = await currentSlideId(page);
      expect(await shownWords(page, '#narration .narration-text')).toBe(words(notesWords(id)));
      expect(overlap((await box(page, '#narration'))!, (await box(page, '.reveal .slides > section.present'))!)).toBe(false);
      await page.keyboard.press('m');
      expect(await page.locator('nav#contents').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator('nav#contents').isVisible()).toBe(false);
    }
  });
});

describe('at 200% browser zoom (640x360 at twice the pixels)', () => {
  deckTest('keeps the slides, the tools, the narration and the contents usable', async ({ openDeck }) => {
    const zoomed = { width: 640, height: 360 };
    const { page } = await openDeck({ viewport: zoomed, deviceScaleFactor: 2, query: '?transition=none' });
    expect(await page.evaluate(() => window.Reveal!.isScrollView())).toBe(false);
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
