import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/chromium.ts';

export const DESKTOP = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser({ args = [], ...options }: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: [...CHROMIUM_ARGS, ...args], ...options });
}

export interface DeckOptions extends BrowserContextOptions {
  /** Added to the deck's address: `?track=short`, `?narration=on`... */
  query?: string;
  /** The slide (and step) to open at: `#/myelin/2`. */
  hash?: string;
  /**
   * Installs Playwright's clock before the page loads. Time runs as usual until the test stops
   * it with `page.clock.pauseAt()`; from then on it moves only by `page.clock.runFor()`.
   */
  clock?: boolean;
}

export interface DeckPage {
  page: Page;
  /** Console errors, uncaught exceptions and requests that left the page's origin. */
  problems: string[];
  /** Every address the page asked for, in order. */
  requests: string[];
  /** Hands over the problems recorded so far and forgets them: for a test that makes them on purpose. */
  takeProblems(): string[];
}

/**
 * Opens the built deck in a new context and records what a user would call broken: console
 * errors, uncaught exceptions, and any request to another origin (which is also blocked).
 * The context goes into `opened` before the page loads, so whoever closes the contexts there
 * also closes one whose deck never started. Tests open decks with deckTest's `openDeck`.
 */
export async function openDeckIn(
  browser: Browser,
  { query = '', hash = '', clock = false, ...options }: DeckOptions = {},
  opened: BrowserContext[] = [],
): Promise<DeckPage> {
  const base = new URL(inject('siteUrl'));
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  opened.push(context);
  const problems: string[] = [];
  const requests: string[] = [];
  // Watched on the whole context, so a second tab the test opens is watched too.
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  if (clock) await context.clock.install();
  const page = await context.newPage();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin) return route.continue();
    problems.push(`request left the origin: ${url.href}`);
    return route.abort();
  });
  await page.goto(`${base.href}${query}${hash}`);
  await waitForDeck(page);
  return { page, problems, requests, takeProblems: () => problems.splice(0) };
}

/** Waits until the deck is ready, its fonts are in, and the figures near it are drawn. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
}

/**
 * Lets the page settle: waits `ms` of the page's time (for motion to get going), then two
 * animation frames, enough for layout and a scroll's or a step's effects to be drawn.
 * It waits on the page's own timers, so not while a test holds the page's clock stopped.
 */
export function settle(page: Page, ms = 0): Promise<void> {
  return page.evaluate(
    (wait) => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), wait)),
    ms,
  );
}

/**
 * Moves to slide `index` with `fragment` steps shown (-1: none), waits for layout, and
 * finishes any fade in progress, so that checks see the step as it ends up.
 */
export async function showStep(page: Page, index: number, fragment: number): Promise<void> {
  await page.evaluate(([h, f]) => window.Reveal!.slide(h!, 0, f), [index, fragment]);
  await settle(page);
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
}

export async function fragmentCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slide = window.Reveal!.getCurrentSlide();
    const indices = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')));
    return indices.size;
  });
}
