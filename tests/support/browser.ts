import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type LaunchOptions, type Page } from 'playwright-core';
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
  /**
   * The browser's own text size, in per cent of its default 16 px (as a reader sets it in the
   * browser's settings): Chromium's default font sizes, set over the DevTools protocol before
   * the page loads. Whatever is sized in rem or em grows with it; pixels do not.
   */
  textSize?: number;
  /** The address the deck is served from: the tests' own server unless given (a room's). */
  site?: string;
  /** Runs on the new context before the page loads: an init script that replaces a browser API, say. */
  init?: (context: BrowserContext) => Promise<void>;
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
  { query = '', hash = '', clock = false, textSize, site = inject('siteUrl'), init, ...options }: DeckOptions = {},
  opened: BrowserContext[] = [],
): Promise<DeckPage> {
  const base = new URL(site);
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
  await init?.(context);
  const page = await context.newPage();
  if (textSize) await setTextSize(page, textSize);
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

const textSessions = new WeakMap<Page, CDPSession>();

/**
 * Sets the browser's default text size for this page, in per cent of 16 px: what a reader's
 * "font size" setting changes. It lasts for the page's later loads too.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  // The setting lasts only while the session that set it is attached: one per page, kept.
  let cdp = textSessions.get(page);
  if (!cdp) textSessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round((16 * percent) / 100), fixed: Math.round((13 * percent) / 100) } });
}

/**
 * Waits until the deck is ready in the view the page chose, its fonts are in, and the figures
 * near it are drawn: in the slides, once reveal.js is ready; in the reader view (which never
 * loads reveal.js), once its script has run (its Slides button is there) and the figures
 * within reach of the screen are drawn; laid out as the handout (?print-pdf), once it is
 * ready to print, every figure drawn.
 */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.documentElement;
    if (root.classList.contains('handout')) return root.classList.contains('handout-ready');
    return window.Reveal?.isReady() === true || (root.classList.contains('reader-view') && document.getElementById('slides-button') !== null);
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
  if (await page.evaluate(() => document.documentElement.matches('.reader-view:not(.handout)'))) await figuresNearDrawn(page);
}

/**
 * In the reader view, waits until every figure within reach of the screen (where the reader
 * view draws them: a screen and a half above and below) is drawn, or has given up.
 */
export async function figuresNearDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.slides figure[data-figure]')]
      .filter((figure) => {
        if (figure.getClientRects().length === 0) return false; // not shown (a slide the short talk leaves out)
        const r = figure.getBoundingClientRect();
        return r.bottom > -innerHeight && r.top < 2 * innerHeight;
      })
      .every((figure) => figure.matches('.is-drawn, .is-failed')),
  );
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
