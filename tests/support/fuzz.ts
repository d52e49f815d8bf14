import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, figuresNearDrawn, setTextSize } from './browser.ts';
import { SMALL_PHONE } from './reader.ts';

/**
 * The narrowest window that keeps the slides: narrower (under 435 px) the page moves to the
 * reader view, which the reader view's own fuzz takes over (READER_ACTIONS).
 */
export const NARROW_SLIDES = { width: 440, height: 780 };

/** A small seeded random source (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Action {
  weight: number;
  /** Does the action and says what it did, for the log of a failing run. */
  run(page: Page, random: () => number, slideIds: readonly string[]): Promise<string>;
}

/** Clicks as a user would: where something covers the control (the blackout), nothing happens. */
const tryClick = (locator: Locator): Promise<boolean> =>
  locator.click({ timeout: 1000 }).then(() => true, () => false);

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const press = (keys: readonly string[]): Action['run'] =>
  async (page, random) => {
    const key = pick(random, keys);
    await page.keyboard.press(key);
    return `key ${key}`;
  };

/** What a presenter with a clicker and a reader at home might do on the slides, in proportion. */
export const SLIDE_ACTIONS: Action[] = [
  { weight: 30, run: press(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Space', 'ArrowDown', 'ArrowUp']) },
  { weight: 3, run: press(['Home', 'End']) },
  { weight: 3, run: press(['b', '.']) },
  { weight: 3, run: press(['o', 'Escape']) },
  { weight: 3, run: press(['n']) },
  { weight: 3, run: press(['m', 'Escape']) },
  { weight: 3, run: press(['r']) },
  { weight: 1, run: press(['?']) },
  {
    weight: 6,
    async run(page, random) {
      const [h, f] = await page.evaluate((r) => {
        const slides = window.Reveal!.getSlides();
        const slide = slides[Math.floor(r[0]! * slides.length)]!;
        const steps = new Set([...slide.querySelectorAll('.fragment')].map((el) => el.getAttribute('data-fragment-index'))).size;
        return [slides.indexOf(slide), Math.floor(r[1]! * (steps + 1)) - 1];
      }, [random(), random()]);
      await page.evaluate(([hh, ff]) => window.Reveal!.slide(hh, 0, ff), [h, f] as const);
      return `jump to ${h}/${f}`;
    },
  },
  {
    weight: 3,
    async run(page, random, slideIds) {
      const id = pick(random, slideIds);
      await page.evaluate((hash) => { location.hash = hash; }, `#/${id}`);
      return `link #/${id}`;
    },
  },
  {
    weight: 2,
    async run(page, random) {
      const contents = page.locator('#contents-button');
      if (!(await contents.isVisible()) || !(await tryClick(contents))) return 'contents: button out of reach';
      const links = page.locator('#contents a[href^="#/"]:visible');
      const count = await links.count();
      if (count === 0) return 'contents: not open';
      const index = Math.floor(random() * count);
      return (await tryClick(links.nth(index))) ? `contents: entry ${index}` : `contents: entry ${index} out of reach`;
    },
  },
  {
    weight: 2,
    async run(page, random) {
      const terms = page.locator('.present button.term:visible');
      const count = await terms.count();
      if (count === 0) return 'term: none';
      const index = Math.floor(random() * count);
      const opened = await tryClick(terms.nth(index));
      await page.keyboard.press('Escape');
      return opened ? `term ${index}` : `term ${index} out of reach`;
    },
  },
  {
    weight: 2,
    async run(page, random) {
      const size = random() < 0.5 ? NARROW_SLIDES : DESKTOP;
      await page.setViewportSize(size);
      await page.waitForFunction(() => window.Reveal!.isReady());
      return `resize ${size.width}x${size.height}`;
    },
  },
];

/**
 * What a reader at home might do in the reader view, in proportion: scroll, step and play
 * figures, open the contents and words, follow links, press keys, turn the phone or change
 * the text size. Its Slides button, which leaves the page, is tested on its own.
 */
export const READER_ACTIONS: Action[] = [
  {
    weight: 20,
    async run(page, random) {
      const share = random();
      await page.evaluate((s) => window.scrollTo(0, s * (document.documentElement.scrollHeight - window.innerHeight)), share);
      return `scroll to ${share.toFixed(3)}`;
    },
  },
  { weight: 9, run: press(['PageDown', 'PageUp', 'Space', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'Tab', 'Shift+Tab']) },
  {
    weight: 2,
    async run(page) {
      // Enter on what has the focus, unless it leaves the page: the Slides button, a source's link.
      const leaves = await page.evaluate(() => document.activeElement?.matches('#slides-button, a[href]:not([href^="#"])') ?? false);
      if (leaves) return 'key Enter: would leave the page';
      await page.keyboard.press('Enter');
      return 'key Enter';
    },
  },
  { weight: 3, run: press(['m', 'Escape']) },
  {
    weight: 14,
    async run(page, random) {
      const figures = await page.evaluate(() => [...document.querySelectorAll('.slides figure:has(.figure-stepper)')].map((figure) => figure.id));
      const id = pick(random, figures);
      const control = pick(random, ['step-next', 'step-back', 'step-play'] as const);
      const button = page.locator(`[id="${id}"] .${control}`);
      if (await button.isDisabled()) return `${id} ${control}: disabled`;
      return (await tryClick(button)) ? `${id} ${control}` : `${id} ${control}: out of reach`;
    },
  },
  {
    weight: 6,
    async run(page, random, slideIds) {
      const id = pick(random, slideIds);
      const steps = await page.evaluate((slideId) => document.querySelectorAll(`[id="${slideId}"] .figure-stepper ~ .figure-steps > *`).length, id);
      const step = Math.floor(random() * (steps + 1)) - 1;
      const hash = step >= 0 ? `#/${id}/${step}` : `#/${id}`;
      await page.evaluate((h) => { location.hash = h; }, hash);
      return `link ${hash}`;
    },
  },
  {
    weight: 3,
    async run(page, random) {
      const contents = page.locator('#contents-button');
      if (!(await tryClick(contents))) return 'contents: button out of reach';
      const links = page.locator('#contents a[href^="#/"]:visible');
      const count = await links.count();
      if (count === 0) return 'contents: not open';
      const index = Math.floor(random() * count);
      return (await tryClick(links.nth(index))) ? `contents: entry ${index}` : `contents: entry ${index} out of reach`;
    },
  },
  {
    weight: 4,
    async run(page, random) {
      const words = page.locator('.slides button.word-button, .slides button.term');
      const candidates = await page.evaluate(() => {
        const all = [...document.querySelectorAll('.slides button.word-button, .slides button.term')];
        return all.map((el, i) => [i, el.getBoundingClientRect()] as const).filter(([, r]) => r.bottom > 0 && r.top < innerHeight && r.width > 0).map(([i]) => i);
      });
      if (candidates.length === 0) return 'word: none on screen';
      const index = pick(random, candidates);
      const opened = await tryClick(words.nth(index));
      if (random() < 0.5) await page.keyboard.press('Escape');
      return opened ? `word ${index}` : `word ${index} out of reach`;
    },
  },
  {
    weight: 2,
    async run(page, random) {
      const size = pick(random, [SMALL_PHONE, PHONE, { width: PHONE.height, height: PHONE.width }, DESKTOP]);
      await page.setViewportSize(size);
      return `resize ${size.width}x${size.height}`;
    },
  },
  {
    weight: 1,
    async run(page, random) {
      const percent = pick(random, [100, 150, 200]);
      await setTextSize(page, percent);
      return `text at ${percent}%`;
    },
  },
];

export function nextAction(random: () => number, actions: readonly Action[] = SLIDE_ACTIONS): Action['run'] {
  const total = actions.reduce((sum, action) => sum + action.weight, 0);
  let roll = random() * total;
  for (const action of actions) {
    roll -= action.weight;
    if (roll < 0) return action.run;
  }
  return actions[0]!.run;
}

/**
 * Back to one known state: desktop, nothing open, nothing blacked out, every figure drawn.
 * It passes through the narrowest slides first, so that what the last change of size leaves
 * for the garbage collector is the same each time.
 */
export async function settleToStart(page: Page): Promise<void> {
  for (const size of [NARROW_SLIDES, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForFunction(() => window.Reveal!.isReady());
  }
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const deck = window.Reveal!;
    deck.togglePause(false);
    deck.toggleOverview(false);
    document.querySelector<HTMLElement>('#narration-button[aria-pressed="true"]')?.click();
    // Every figure drawn, as each drawn one stays: what is left is what the deck keeps.
    deck.getSlides().forEach((_, h) => deck.slide(h, 0, -1));
    deck.slide(0, 0, -1);
  });
  await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
  await page.waitForTimeout(800);
}

/**
 * The reader view back to one known state: a phone's size at the default text size, nothing
 * open, no figure playing, every figure drawn and at its first step, at the top of the page.
 */
export async function settleReaderToStart(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await setTextSize(page, 100);
  for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
  await page.evaluate(async () => {
    document.querySelectorAll<HTMLElement>('.term-popover:popover-open').forEach((popover) => popover.hidePopover());
    for (const figure of document.querySelectorAll<HTMLElement>('.slides figure[data-figure]')) {
      figure.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const back = figure.querySelector<HTMLButtonElement>('.step-back');
      while (back && !back.disabled) back.click();
    }
    window.scrollTo(0, 0);
  });
  await figuresNearDrawn(page);
  await page.waitForFunction(() => !document.querySelector('.slides figure[data-figure]:not(.is-drawn, .is-failed)'));
  await page.waitForTimeout(800);
}

/** Live DOM nodes and used JS heap after a full garbage collection. */
export async function memoryAfterGc(page: Page): Promise<{ nodes: number; heap: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { nodes: metric('Nodes'), heap: metric('JSHeapUsedSize') };
}
