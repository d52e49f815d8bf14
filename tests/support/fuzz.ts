import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser.ts';

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

interface Action {
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

/** What a presenter with a clicker and a reader at home might do, in proportion. */
const ACTIONS: Action[] = [
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
      const terms = page.locator('.present button.term:visible, .scroll-page button.word-button:visible');
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
      const size = random() < 0.5 ? PHONE : DESKTOP;
      await page.setViewportSize(size);
      await page.waitForFunction((phone) => window.Reveal!.isScrollView() === phone, size === PHONE);
      return `resize ${size.width}x${size.height}`;
    },
  },
  {
    weight: 4,
    async run(page, random) {
      const share = random();
      const scrolled = await page.evaluate((s) => {
        if (!window.Reveal!.isScrollView()) return false;
        const viewport = document.querySelector('.reveal-viewport')!;
        viewport.scrollTop = s * (viewport.scrollHeight - viewport.clientHeight);
        return true;
      }, share);
      return scrolled ? `scroll to ${share.toFixed(3)}` : 'scroll: not in scroll view';
    },
  },
];

const TOTAL_WEIGHT = ACTIONS.reduce((sum, action) => sum + action.weight, 0);

export function nextAction(random: () => number): Action['run'] {
  let roll = random() * TOTAL_WEIGHT;
  for (const action of ACTIONS) {
    roll -= action.weight;
    if (roll < 0) return action.run;
  }
  return ACTIONS[0]!.run;
}

/**
 * Back to one known state: desktop, nothing open, nothing blacked out, every figure drawn.
 * It passes through the phone view first, so that what the last change of view leaves for
 * the garbage collector is the same each time.
 */
export async function settleToStart(page: Page): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForFunction((phone) => window.Reveal!.isScrollView() === phone, size === PHONE);
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
