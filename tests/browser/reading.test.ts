import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { axeFindings } from '../support/axe.ts';
import { topLayerContrast } from '../support/contrast.ts';
import { settle, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import {
  activeElement,
  box,
  coveredContent,
  currentSlideId,
  notesWords,
  overlap,
  shownWords,
  tabTo,
} from '../support/modes.ts';
import { words } from '../support/text.ts';

const slides = library.talk.slides;
const base = (): string => inject('siteUrl');

async function narrationCheck(page: Page): Promise<void> {
  const id = await currentSlideId(page);
  expect(await page.locator('#narration').isVisible()).toBe(true);
  expect(await shownWords(page, '#narration .narration-text')).toBe(words(notesWords(id)));
  const panel = (await box(page, '#narration'))!;
  const slide = (await box(page, '.reveal .slides > section.present'))!;
  expect(overlap(panel, slide), `the panel sits on slide "${id}"`).toBe(false);
  const view = page.viewportSize()!;
  expect(slide.left >= 0 && slide.top >= 0 && slide.right <= view.width && slide.bottom <= view.height, 'the whole slide is on screen').toBe(true);
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#narration .narration-text p')!).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
}

describe('narration on a desktop', () => {
  deckTest('shows and hides with N, beside the slide, following every slide change, and is remembered', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/overview' });
    expect(await page.locator('#narration').isVisible()).toBe(false);
    const slideAlone = (await box(page, '.reveal .slides > section.present'))!;
    await page.keyboard.press('n');
    await narrationCheck(page);
    expect(await page.getAttribute('#narration-button', 'aria-pressed')).toBe('true');
    const slideBeside = (await box(page, '.reveal .slides > section.present'))!;
    expect(slideBeside.width, 'the slide was made smaller to make room').toBeLessThan(slideAlone.width);

    for (let i = 0; i < slides.length; i++) {
      await page.evaluate((index) => window.Reveal!.slide(index), i);
      await settle(page);
      await narrationCheck(page);
    }

    await page.reload();
    await waitForDeck(page);
    await narrationCheck(page);
    await page.keyboard.press('n');
    expect(await page.locator('#narration').isVisible()).toBe(false);
    expect((await box(page, '.reveal .slides > section.present'))!.width).toBeCloseTo(slideAlone.width, 0);
    await page.reload();
    await waitForDeck(page);
    expect(await page.locator('#narration').isVisible()).toBe(false);

    await page.click('#narration-button');
    await narrationCheck(page);
    await page.click('#narration .narration-hide');
    expect(await page.locator('#narration').isVisible()).toBe(false);
    expect(await activeElement(page)).toBe('#narration-button');
  });

  deckTest('opens with ?narration=on', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?narration=on', hash: `#/${slides[2]!.id}` });
    await narrationCheck(page);
  });

  deckTest('keeps the reader tools off every slide\'s content, with and without the narration', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none' });
    for (const narration of [false, true]) {
      if (narration) await page.keyboard.press('n');
      for (let i = 0; i < slides.length; i++) {
        await page.evaluate((index) => window.Reveal!.slide(index), i);
        await settle(page);
        expect(await coveredContent(page, '#reader-tools')).toEqual([]);
      }
    }
  });
});

describe('contents (M)', () => {
  deckTest('opens with M, moves with arrows and Tab, jumps with Enter, closes with Escape, and gives focus back', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: '#/overview' });
    const sections = slides.filter((s, i) => slides.findIndex((t) => t.section === s.section) === i).map((s) => [s.section, s.id] as const);
    await page.keyboard.press('m');
    expect(await page.locator('nav#contents').isVisible()).toBe(true);
    const listed = await page.locator('nav#contents ol a').allTextContents();
    expect(listed).toEqual(sections.map(([section]) => section));
    expect(await page.evaluate(() => document.activeElement?.closest('nav#contents') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('location');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(sections[0]![0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(sections[1]![0]);
    await page.keyboard.press('End');
    expect(await currentSlideId(page), 'keys in the contents do not move the slides').toBe('overview');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.Reveal!.getCurrentSlide().id === id, sections.at(-1)![1]);
    expect(await page.locator('nav#contents').isVisible()).toBe(false);
    expect(await activeElement(page)).toBe('#contents-button');

    await page.keyboard.press('m');
    expect(await page.locator('nav#contents').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('nav#contents').isVisible()).toBe(false);
    expect(await activeElement(page)).toBe('#contents-button');
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);

    // The button itself, by keyboard.
    await page.keyboard.press('Enter');
    expect(await page.locator('nav#contents').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await activeElement(page)).toBe('#contents-button');
  });
});

describe('glossary popovers', () => {
  const termSlide = slides.find((s) => s.id !== 'glossary' && JSON.stringify(s).includes('[['))!;
  const termAt = `section#${termSlide.id} button.term`;

  const checkPopover = async (page: Page): Promise<void> => {
    await settle(page);
    const open = page.locator('.term-popover:popover-open');
    expect(await open.count()).toBe(1);
    const key = (await page.evaluate(() => document.querySelector('.term-popover:popover-open')!.id.split('--')[1]))!;
    expect(await open.locator('.term-popover-text').textContent()).toContain(library.glossary[key]!.definition);
    const pop = (await box(page, '.term-popover:popover-open'))!;
    const term = (await page.evaluate((k) => {
      const r = document.querySelector(`button.term[data-term="${k}"]`)!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    }, key))!;
    const view = page.viewportSize()!;
    expect(pop.left >= 0 && pop.top >= 0 && pop.right <= view.width && pop.bottom <= view.height, 'inside the screen').toBe(true);
    expect(overlap(pop, term), 'it does not hide its term').toBe(false);
    const gap = Math.max(pop.top - term.bottom, term.top - pop.bottom);
    expect(gap, 'next to its term').toBeLessThan(24);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.term-popover:popover-open p')!).fontSize))).toBeGreaterThanOrEqual(18);
  };

  deckTest('open from the keyboard (Enter or Space) next to the term, and lead to the glossary slide', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: `#/${termSlide.id}` });
    await tabTo(page, termAt);
    await page.keyboard.press('Enter');
    await checkPopover(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('.term-popover:popover-open').count()).toBe(0);
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('button.term'))).toBe(true);

    await page.keyboard.press('Space');
    await checkPopover(page);
    expect(await currentSlideId(page), 'Space on a term opens it rather than turning the page').toBe(termSlide.id);
    await tabTo(page, '.term-popover:popover-open a.see-all-words', 3);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.Reveal!.getCurrentSlide().id === 'glossary');
    expect(await page.locator('.term-popover:popover-open').count()).toBe(0);
  });

  deckTest('open with a tap, and close with a tap outside', async ({ openDeck }) => {
    const { page } = await openDeck({ hasTouch: true, hash: `#/${termSlide.id}` });
    await page.tap(termAt);
    await checkPopover(page);
    await page.tap('body', { position: { x: 600, y: 700 } });
    expect(await page.locator('.term-popover:popover-open').count()).toBe(0);
  });

  deckTest('lose the link to the glossary in the short talk, which has no glossary slide', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?track=short' });
    const hasGlossary = await page.evaluate(() => document.getElementById('glossary') !== null);
    expect(await page.locator('.term-popover a.see-all-words').count()).toBe(hasGlossary ? await page.locator('.term-popover').count() : 0);
  });
});

describe('where a reader stopped', () => {
  deckTest('offers to go on from there on the next visit, without moving the slide or taking focus', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none' });
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    const stopped = await currentSlideId(page);
    const stopAt = await page.evaluate(() => window.Reveal!.getIndices().h);
    expect(stopAt).toBeGreaterThan(0);
    await page.goto(base());
    await waitForDeck(page);
    const offer = page.getByRole('status').filter({ hasText: 'Last time' });
    expect(await offer.isVisible()).toBe(true);
    expect(await offer.textContent()).toContain(`slide ${stopAt + 1}`);
    expect(await activeElement(page)).toBe('body');
    expect(await currentSlideId(page)).toBe(slides[0]!.id);
    expect(await coveredContent(page, '#resume-offer')).toEqual([]);
    const slideWithOffer = await box(page, '.reveal .slides > section.present');
    await page.click('#resume-offer .resume-no');
    expect(await page.locator('#resume-offer').count()).toBe(0);
    expect(await box(page, '.reveal .slides > section.present')).toEqual(slideWithOffer);

    await page.reload();
    await waitForDeck(page);
    await page.click('#resume-offer .resume-go');
    expect(await currentSlideId(page)).toBe(stopped);
    expect(await page.locator('#resume-offer').count()).toBe(0);
  });

  deckTest('never shows in a speaker view preview or in print, where glossary terms are plain words', async ({ openDeck }) => {
    for (const query of ['?receiver', '?print-pdf']) {
      const { page } = await openDeck({ query });
      await page.evaluate(() => localStorage.setItem('ms-seminar-deck:position', JSON.stringify({ slide: 'myelin', fragment: -1 })));
      await page.reload();
      await waitForDeck(page);
      await page.waitForLoadState('load');
      expect(await page.locator('#resume-offer, #reader-tools, #narration').count(), query).toBe(0);
      if (query === '?print-pdf') {
        expect(await page.locator('button.term, [popover]').count(), 'nothing to press on paper').toBe(0);
        expect(await page.locator('span.term').count()).toBeGreaterThan(0);
      }
    }
  });
});

describe('accessibility of the reader tools', () => {
  deckTest('moves nothing when the reader asks for reduced motion', async ({ openDeck }) => {
    const { page } = await openDeck({ reducedMotion: 'reduce', hash: '#/overview' });
    const moving = (): Promise<string[]> =>
      page.evaluate(() =>
        document.getAnimations().map((a) => `${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName} on ${((a.effect as KeyframeEffect).target as Element)?.className}`),
      );
    for (const action of [
      () => page.keyboard.press('n'),
      () => page.keyboard.press('PageDown'),
      () => page.keyboard.press('m'),
      () => page.keyboard.press('Escape'),
      async () => {
        await tabTo(page, 'section.present button.term');
        await page.keyboard.press('Enter');
      },
      () => page.keyboard.press('Escape'),
      () => page.keyboard.press('b'),
      () => page.keyboard.press('b'),
    ]) {
      await action();
      expect(await moving()).toEqual([]);
    }
  });

  deckTest('passes axe with the narration and the contents open, and with a glossary popover open', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?narration=on', hash: '#/overview' });
    await page.keyboard.press('m');
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await tabTo(page, 'section.present button.term');
    await page.keyboard.press('Enter');
    expect(await page.locator('.term-popover:popover-open').count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
    expect(await topLayerContrast(page)).toEqual([]);
  });

  deckTest('makes every control of ours at least 44 by 44 pixels', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?narration=on', hash: '#/overview' });
    await page.evaluate(() => localStorage.setItem('ms-seminar-deck:position', JSON.stringify({ slide: 'myelin', fragment: -1 })));
    await page.goto(base());
    await waitForDeck(page);
    await page.keyboard.press('m');
    const small = async (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#reader-tools button, #narration button, #contents button, #contents a, #resume-offer button, .term-popover:popover-open button, .term-popover:popover-open a')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 44 || r.height < 44)
          .map(({ el, r }) => `${el.textContent!.trim()} ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
    expect(await small()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.Reveal!.slide(window.Reveal!.getSlides().findIndex((s) => s.id === 'overview')));
    await tabTo(page, 'section.present button.term');
    await page.keyboard.press('Enter');
    expect(await small()).toEqual([]);
  });
});
