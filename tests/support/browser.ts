import { chromium, type Browser, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/chromium.ts';

export const DESKTOP = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser({ args = [], ...options }: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: [...CHROMIUM_ARGS, ...args], ...options });
}

export interface DeckPage {
  page: Page;
  /** Console errors, uncaught exceptions and requests that left the page's origin. */
  problems: string[];
  /** Every address the page asked for, in order. */
  requests: string[];
}

/**
 * Opens the built deck and records what a user would call broken: console errors, uncaught
 * exceptions, and any request to another origin (which is also blocked).
 */
export async function openDeck(
  browser: Browser,
  { query = '', hash = '', ...options }: BrowserContextOptions & { query?: string; hash?: string } = {},
): Promise<DeckPage> {
  const base = new URL(inject('siteUrl'));
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const problems: string[] = [];
  const requests: string[] = [];
  // Watched on the whole context, so a second tab the test opens is watched too.
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  const page = await context.newPage();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin) return route.continue();
    problems.push(`request left the origin: ${url.href}`);
    return route.abort();
  });
  await page.goto(`${base.href}${query}${hash}`);
  await waitForDeck(page);
  return { page, problems, requests };
}

/** Waits until the deck is ready, its fonts are in, and the figures near it are drawn. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
}

/**
 * Moves to slide `index` with `fragment` steps shown (-1: none), waits for layout, and
 * finishes any fade in progress, so that checks see the step as it ends up.
 */
export async function showStep(page: Page, index: number, fragment: number): Promise<void> {
  await page.evaluate(([h, f]) => window.Reveal!.slide(h!, 0, f), [index, fragment]);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
}

export async function fragmentCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slide = window.Reveal!.getCurrentSlide();
    const indices = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')));
    return indices.size;
  });
}
