import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { figureSteps } from '../../src/content/figure-content.ts';
import { plainText } from '../../src/content/inline.ts';
import type { Figure } from '../../src/content/model.ts';
import { topLayerContrast } from '../support/contrast.ts';
import { DESKTOP, PHONE, settle, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { figureSignature } from '../support/figures.ts';
import { activeElement, box, position } from '../support/modes.ts';
import { SMALL_PHONE, addressHash, hashSlide, isReaderView, scrollToSection, talkSlides } from '../support/reader.ts';
import { squash } from '../support/text.ts';

/**
 * The reader view at work: how a reader gets there and back, moves through the talk, steps its
 * figures, and finds their place again. Read by touch on a phone unless a test says otherwise.
 */
const TOUCH = { viewport: PHONE, hasTouch: true, isMobile: true } as const;
const ids = talkSlides.map((slide) => slide.id);

/** Figures with steps to go through: every kind but the comparison, whose reader view shows its whole table. */
const steppedFigures = talkSlides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type !== 'comparison' ? [{ slide: slide.id, figure: block.figure as Figure }] : [])),
);

/** How many of a slide's figure steps show. */
const shownSteps = (page: Page, id: string): Promise<number> =>
  page.evaluate((slideId) => document.querySelectorAll(`[id="${slideId}"] .figure-steps > .visible`).length, id);

/**
 * Where a slide's section sits: it should start just under the tool bar (which sticks to the top
 * of the screen), with its title in full view, or as near as the end of the page allows.
 */
async function landing(page: Page, id: string): Promise<string[]> {
  const at = await page.evaluate((slideId) => {
    const bar = document.getElementById('reader-tools')!.getBoundingClientRect();
    const section = document.getElementById(slideId)!;
    const title = section.querySelector(':scope > h1, :scope > h2')!.getBoundingClientRect();
    const atEnd = window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1;
    return { bar: bar.bottom, section: section.getBoundingClientRect().top, title: title.top, atEnd };
  }, id);
  const problems: string[] = [];
  if (at.title < at.bar - 0.5) problems.push(`the title of "${id}" starts at ${Math.round(at.title)}px, under the tool bar (to ${Math.round(at.bar)}px)`);
  if (!at.atEnd && (at.section < at.bar - 0.5 || at.section > at.bar + 24)) problems.push(`the section "${id}" starts at ${Math.round(at.section)}px, not just under the tool bar (${Math.round(at.bar)}px)`);
  return problems;
}

/** Waits for the page to have moved to the other view, and for that view to be ready. */
async function arrivedIn(page: Page, view: 'reader' | 'slides'): Promise<void> {
  await page.waitForURL(new RegExp(`[?&]view=${view}\\b`));
  await waitForDeck(page);
  expect(await isReaderView(page)).toBe(view === 'reader');
}

describe('getting to the reader view', () => {
  deckTest.for([
    ['a 320 px phone', SMALL_PHONE, ''],
    ['a 390 px phone', PHONE, ''],
    ['a desktop, with ?view=reader', DESKTOP, '?view=reader'],
  ] as const)('opens on %s, with no reveal.js', async ([, viewport, query], { openDeck }) => {
    const { page, requests } = await openDeck({ viewport, query });
    expect(await isReaderView(page)).toBe(true);
    expect(await page.evaluate(() => 'Reveal' in window)).toBe(false);
    expect(requests.filter((url) => /slides-main|notes-/.test(url)), 'the slides\' code').toEqual([]);
    expect(await page.locator('h1').first().textContent()).toBe(talkSlides[0]!.title);
  });

  deckTest('stays on the slides on a narrow screen with ?view=slides, narrower still too', async ({ openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, query: '?view=slides' });
    expect(await isReaderView(page)).toBe(false);
    expect(await page.evaluate(() => window.Reveal!.isReady())).toBe(true);
    await page.setViewportSize(SMALL_PHONE);
    await page.waitForTimeout(800); // longer than the slides wait for a resize to settle
    expect(page.url()).toContain('view=slides');
    expect(await page.evaluate(() => window.Reveal?.isReady())).toBe(true);
  });

  deckTest('from the slides at 1280x720, the Reader view button opens it at the same slide and step', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/procedure/2' });
    await page.click('#reader-view-button');
    await arrivedIn(page, 'reader');
    expect(await addressHash(page)).toBe('#/procedure/2');
    expect(await shownSteps(page, 'procedure')).toBe(3);
    expect(await landing(page, 'procedure')).toEqual([]);
  });

  deckTest('reads the short talk with ?track=short, from the first paint: its slides only, in its contents too', async ({ openDeck, browser }) => {
    const short = talkSlides.filter((slide) => !slide.optional).map((slide) => slide.id);
    expect(short.length).toBeLessThan(ids.length);
    const shown = (page: Page): Promise<string[]> =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slides > section')].filter((s) => s.getClientRects().length > 0).map((s) => s.id));
    const bare = await browser.newContext(TOUCH);
    try {
      const first = await bare.newPage();
      await first.route(/\.js$/, (route) => route.abort());
      await first.goto(`${inject('siteUrl')}?track=short`);
      expect(await shown(first), 'at the first paint, before the script').toEqual(short);
    } finally {
      await bare.close();
    }
    const { page } = await openDeck({ ...TOUCH, query: '?track=short' });
    expect(await shown(page)).toEqual(short);
    await page.locator('#contents-button').click();
    const listed = await page.locator('nav#contents a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.replace(/^#\//, '').split('/')[0] ?? ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => !short.includes(id)), 'the contents list only the short talk\'s slides').toEqual([]);
  });

  deckTest('keeps the tool bar\'s room from the first paint, so the talk does not jump down when it comes', async ({ openDeck, browser }) => {
    const titleTop = (page: Page): Promise<number> => page.evaluate(() => document.querySelector('.slides h1')!.getBoundingClientRect().top);
    const bare = await browser.newContext(TOUCH);
    let before: number;
    try {
      const first = await bare.newPage();
      await first.route(/\.js$/, (route) => route.abort());
      await first.goto(`${inject('siteUrl')}`);
      before = await titleTop(first);
    } finally {
      await bare.close();
    }
    const { page } = await openDeck(TOUCH);
    expect(Math.abs((await titleTop(page)) - before), `the title at ${before}px before the script`).toBeLessThan(2);
  });

  deckTest('a slides window narrowed below 435 px moves to the reader view at the same place', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/myelin/1' });
    expect(await isReaderView(page)).toBe(false);
    await page.setViewportSize({ width: 434, height: 720 });
    await arrivedIn(page, 'reader');
    expect(await addressHash(page)).toBe('#/myelin/1');
    expect(await shownSteps(page, 'myelin')).toBe(2);
    expect(await landing(page, 'myelin')).toEqual([]);
  });

  deckTest.for([
    ['on a phone', TOUCH],
    ['on a desktop', { viewport: DESKTOP, query: '?view=reader' }],
  ] as const)('%s, its Slides button returns to the slides at the same slide and step', async ([, options], { openDeck }) => {
    const { page } = await openDeck({ ...options, hash: '#/procedure/3' });
    await page.locator('#slides-button').click();
    await arrivedIn(page, 'slides');
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe('procedure');
    expect((await position(page))[1]).toBe(3);
  });
});

describe('moving through the reader view', () => {
  deckTest.for([
    ['#/procedure/3', 'procedure', 4],
    ['#/myelin', 'myelin', 0],
    ['#/comparison', 'comparison', undefined],
    [`#/${ids[ids.length - 3]}`, ids[ids.length - 3]!, undefined],
  ] as const)('opens a link to %s there: the section under the tool bar, the figure at that step', async ([hash, id, steps], { openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, hash });
    await settle(page);
    expect(await landing(page, id)).toEqual([]);
    if (steps !== undefined) {
      expect(await shownSteps(page, id)).toBe(steps);
      expect(await addressHash(page), 'the address stays where the link said').toBe(hash);
    }
    expect(await hashSlide(page)).toBe(id);
  });

  deckTest('draws a figure that could not load offline once the network is back, its words shown meanwhile', async ({ openDeck }) => {
    const { page, requests, takeProblems } = await openDeck(TOUCH);
    await settle(page);
    expect(requests.filter((url) => url.includes('figure-drawing')), 'no figure is near the title yet').toEqual([]);
    await page.context().setOffline(true);
    await page.evaluate(() => (window.location.hash = '#/procedure'));
    const figure = page.locator('#procedure figure[data-figure]');
    await expect.poll(() => figure.getAttribute('class'), { message: 'offline, the figure shows its words' }).toContain('is-failed');
    expect(await page.locator('#procedure .figure-steps').isVisible()).toBe(true);
    await page.locator('#procedure .step-next').click();

    await page.context().setOffline(false);
    await expect.poll(() => figure.getAttribute('class'), { message: 'back online, the figure is drawn', timeout: 5000 }).toContain('is-drawn');
    expect(await page.locator('#procedure .figure-art svg').count()).toBeGreaterThan(0);
    // What the browser says of the requests that failed offline is not a fault of the page.
    expect(takeProblems().filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  deckTest('shows the comparison whole, as it has no steps here, whatever step a link names', async ({ openDeck }) => {
    const whole = await openDeck({ viewport: DESKTOP, query: '?view=reader', hash: '#/comparison' });
    const { page } = await openDeck({ viewport: DESKTOP, query: '?view=reader', hash: '#/comparison/0' });
    expect(await figureSignature(page, 'comparison')).toBe(await figureSignature(whole.page, 'comparison'));
    expect(await page.evaluate(() => document.querySelectorAll('#comparison .figure-steps > :not(.visible)').length)).toBe(0);
  });

  deckTest('follows a link inside the page to a slide, and back and forth in history', async ({ openDeck }) => {
    const { page } = await openDeck(TOUCH);
    await page.evaluate(() => {
      window.location.hash = '#/risks-2';
    });
    await settle(page);
    expect(await landing(page, 'risks-2')).toEqual([]);
    await page.evaluate(() => {
      window.location.hash = '#/procedure/1';
    });
    await settle(page);
    expect(await landing(page, 'procedure')).toEqual([]);
    expect(await shownSteps(page, 'procedure')).toBe(2);
  });

  deckTest('keeps the address on the section being read, and the figure\'s step, as the reader scrolls', async ({ openDeck }) => {
    const { page } = await openDeck(TOUCH);
    expect(await addressHash(page), 'at the start, nothing to keep').toBe('');
    const entries = await page.evaluate(() => history.length);
    for (const id of ['overview', 'myelin', 'sources-3', 'what-is-ms']) {
      await scrollToSection(page, id);
      expect(await addressHash(page), `scrolled to ${id}`).toBe(`#/${id}`);
    }
    await scrollToSection(page, 'procedure');
    await page.locator('#procedure .step-next').tap();
    await page.locator('#procedure .step-next').tap();
    expect(await addressHash(page)).toBe('#/procedure/1');
    // A history entry per scroll would make Back a long way out.
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  deckTest('keeps the tool bar at the top of the screen, off the words, as the reader scrolls', async ({ openDeck }) => {
    const { page } = await openDeck(TOUCH);
    for (const id of ['what-is-ms', 'risks-2', 'sources']) {
      await scrollToSection(page, id);
      const bar = (await box(page, '#reader-tools'))!;
      expect(bar.top).toBe(0);
      expect(bar.height, 'a bar that leaves most of the screen to read').toBeLessThan(PHONE.height * 0.12);
      expect(await landing(page, id)).toEqual([]);
    }
  });
});

describe.each(steppedFigures)('the $figure.type figure on "$slide", in the reader view', ({ slide: id, figure }) => {
  const steps = figureSteps(figure);

  deckTest('steps forward and back with its buttons, saying each step, and the address follows', async ({ openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, hash: `#/${id}` });
    const figureEl = page.locator(`[id="${id}"] figure[data-figure]`);
    const [back, next, play] = ['.step-back', '.step-next', '.step-play'].map((sel) => figureEl.locator(sel));
    const words = figureEl.locator('.step-words');
    expect(await words.getAttribute('aria-live')).toBe('polite');
    for (const button of [back!, next!, play!]) {
      const size = (await button.boundingBox())!;
      expect(size.width >= 44 && size.height >= 44, 'a button a finger can hit').toBe(true);
    }
    expect(await back!.isDisabled(), 'nothing to go back to').toBe(true);
    const pictures = [await figureSignature(page, id)];
    const said = [squash((await words.textContent())!)];
    for (let step = 1; step <= steps.length; step++) {
      await next!.tap();
      await settle(page);
      pictures.push(await figureSignature(page, id));
      said.push(squash((await words.textContent())!));
      expect(pictures[step], `step ${step} looks like step ${step - 1}`).not.toBe(pictures[step - 1]);
      expect(said[step]).toContain(`Step ${step} of ${steps.length}.`);
      // The step's own sentence, without citation numbers (the words keep them, hidden or not).
      const sentence = squash(plainText(steps[step - 1]!.sentence)).replace(/[^A-Za-z0-9]+/g, ' ').trim();
      expect(said[step]!.replace(/\bSources? \[[\d, ]+\]/g, ' ').replace(/\[[\d, ]+\]/g, ' ').replace(/[^A-Za-z0-9]+/g, ' ').trim()).toContain(sentence);
      expect(await addressHash(page)).toBe(`#/${id}/${step - 1}`);
    }
    expect(await next!.isDisabled(), 'at the end, no next step').toBe(true);
    for (let step = steps.length - 1; step >= 0; step--) {
      await back!.tap();
      await settle(page);
      expect(await figureSignature(page, id), `back to step ${step}`).toBe(pictures[step]);
      expect(squash((await words.textContent())!)).toBe(said[step]);
      expect(await addressHash(page)).toBe(step > 0 ? `#/${id}/${step - 1}` : `#/${id}`);
    }
    expect(await back!.isDisabled()).toBe(true);
    expect(await next!.isDisabled()).toBe(false);
  });

  deckTest('plays every step from the first with its Play button, within 5 seconds', async ({ openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, hash: `#/${id}`, clock: true });
    // The page's time stopped a moment ahead, then moved on by hand (see replay.test.ts).
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.locator(`[id="${id}"] .step-play`).tap();
    await page.clock.runFor(5000);
    expect(await shownSteps(page, id)).toBe(steps.length);
    expect(await page.locator(`[id="${id}"] .step-words > strong:first-child`).textContent()).toBe(`Step ${steps.length} of ${steps.length}. `);
    expect(await page.locator(`[id="${id}"] .step-next`).isDisabled()).toBe(true);
  });
});

describe('contents, resume and glossary in the reader view', () => {
  deckTest('opens the contents with M and its button, jumps to a section, closes with Escape, and gives focus back', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: DESKTOP, query: '?view=reader' });
    await page.keyboard.press('m');
    const nav = page.locator('nav#contents');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('nav#contents') !== null), 'focus is in the contents').toBe(true);
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await activeElement(page)).toBe('#contents-button');

    await page.keyboard.press('Enter'); // the focused Contents button
    expect(await nav.isVisible()).toBe(true);
    const target = talkSlides.find((slide) => slide.section === 'Results and risks')!;
    // From the last part of the talk, up to "Results and risks".
    const sections = [...new Set(talkSlides.map((slide) => slide.section))];
    await page.keyboard.press('End');
    for (let up = sections.length - 1; up > sections.indexOf(target.section); up--) await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#/${target.id}`);
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await nav.isVisible()).toBe(false);
    expect(await landing(page, target.id)).toEqual([]);
    expect(await hashSlide(page)).toBe(target.id);
    expect(await activeElement(page)).toBe('#contents-button');
  });

  deckTest('opens the contents by touch, inside the screen, and takes the reader to the section tapped', async ({ openDeck }) => {
    const { page } = await openDeck(TOUCH);
    await page.locator('#contents-button').tap();
    const nav = (await box(page, 'nav#contents'))!;
    expect(nav.left >= 0 && nav.top >= 0 && nav.right <= PHONE.width && nav.bottom <= PHONE.height, 'inside the screen').toBe(true);
    const last = talkSlides.at(-1)!;
    const firstOfLast = talkSlides.find((slide) => slide.section === last.section)!;
    await page.locator(`nav#contents a[href="#/${firstOfLast.id}"]`).tap();
    await settle(page);
    expect(await page.locator('nav#contents').isVisible()).toBe(false);
    expect(await hashSlide(page)).toBe(firstOfLast.id);
    expect(await landing(page, firstOfLast.id)).toEqual([]);
  });

  deckTest('offers to go on from where the reader stopped, and takes them there', async ({ openDeck }) => {
    const stopped = 'risks-3';
    const { page: earlier } = await openDeck(TOUCH);
    await scrollToSection(earlier, stopped);
    expect(await earlier.evaluate(() => localStorage.getItem('ms-seminar-deck:position'))).toContain(stopped);
    // Coming back later, in a new tab, at the start of the talk.
    const page = await earlier.context().newPage();
    await earlier.close();
    await page.goto(inject('siteUrl'));
    await waitForDeck(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const offer = page.locator('#resume-offer');
    expect(await offer.isVisible()).toBe(true);
    const where = (await offer.boundingBox())!;
    expect(where.x >= 0 && where.y >= 0 && where.x + where.width <= PHONE.width && where.y + where.height <= PHONE.height, 'inside the screen').toBe(true);
    await page.locator('#resume-offer .resume-go').tap();
    await settle(page);
    await settle(page);
    expect(await offer.isVisible()).toBe(false);
    expect(await hashSlide(page)).toBe(stopped);
    expect(await landing(page, stopped)).toEqual([]);
  });

  deckTest('opens a word\'s meaning by touch inside the screen, from the words under the narration and in the text', async ({ openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, hash: '#/what-is-ms' });
    const listed = page.locator('#what-is-ms .section-words .word-button');
    expect(await listed.count(), 'each word the slide uses, once').toBe(
      await page.evaluate(() => new Set([...document.querySelectorAll('#what-is-ms button.term')].map((b) => b.getAttribute('popovertarget'))).size),
    );
    for (const opener of [listed.first(), page.locator('#what-is-ms .slide-body button.term').last()]) {
      await opener.scrollIntoViewIfNeeded();
      const size = (await opener.boundingBox())!;
      await opener.tap();
      await settle(page);
      const pop = (await box(page, '.term-popover:popover-open'))!;
      expect(pop, 'a popover opened').not.toBeNull();
      expect(pop.left >= 0 && pop.top >= 0 && pop.right <= PHONE.width && pop.bottom <= PHONE.height, 'inside the screen').toBe(true);
      expect(await topLayerContrast(page)).toEqual([]);
      expect(size.height, 'a word as tall as its line, at least').toBeGreaterThanOrEqual(20);
      await page.locator('.term-popover:popover-open .reader-button').tap();
      expect(await page.locator('.term-popover:popover-open').count()).toBe(0);
    }
    const word = (await listed.first().boundingBox())!;
    expect(word.width >= 44 && word.height >= 44, 'a listed word a finger can hit').toBe(true);
  });
});

describe('keyboard hints in the reader view', () => {
  deckTest.for([
    ['are not shown on a touch-only phone', TOUCH, false],
    ['are shown with a mouse', { viewport: DESKTOP, query: '?view=reader' }, true],
  ] as const)('%s', async ([, options, shown], { openDeck }) => {
    const { page } = await openDeck(options);
    const hints = page.locator('.key-hint');
    expect(await hints.count()).toBeGreaterThan(0);
    for (const hint of await hints.all()) expect(await hint.isVisible()).toBe(shown);
  });
});
