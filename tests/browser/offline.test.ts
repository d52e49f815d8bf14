import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { OFFLINE_BUDGET_BYTES } from '../../src/build/offline-file.ts';
import { ROOT } from '../support/commands.ts';
import { PHONE, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { SMALL_PHONE, drawAllFigures, isReaderView, missingOrRepeated, scrollToSection, sidewaysScroll } from '../support/reader.ts';

/**
 * dist/offline.html on a USB stick: copied alone into an empty folder, opened from disk with
 * the network cut off. Anything it tried to load is recorded.
 */
const STICK = join(ROOT, 'test-output', 'usb-stick');
let file: string;

/**
 * deckTest with `openFromDisk(query, hash, viewport)`: the file in a new context, with no network. After
 * the test, as with openDeck, the contexts are closed and what they recorded must be nothing:
 * no request but for the file itself, no failed load, no console error or warning, no uncaught error.
 */
const diskTest = deckTest.extend('openFromDisk', async ({ browser }, { onCleanup }) => {
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  onCleanup(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    expect(problems, 'what the offline file tried to load, and its console errors and warnings').toEqual([]);
  });
  return async (query = '', hash = '', viewport = { width: 1280, height: 720 }): Promise<Page> => {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    const self = pathToFileURL(file).href;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data):/.test(url)) return route.continue();
      problems.push(`network request: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && url.split(/[?#]/)[0] !== self) problems.push(`request: ${url}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${self}${query}${hash}`);
    return page;
  };
});

beforeAll(async () => {
  rmSync(STICK, { recursive: true, force: true });
  mkdirSync(STICK, { recursive: true });
  file = join(STICK, 'offline.html');
  copyFileSync(join(inject('siteDir'), 'offline.html'), file);
});

describe('the offline file, opened from disk with no network', () => {
  diskTest("is one file under 1 MB, with two script blocks (the head's choice of view and the deck), the page's own style and the deck's, and no style attributes", () => {
    const html = readFileSync(file, 'utf8');
    expect(statSync(file).size).toBeLessThan(OFFLINE_BUDGET_BYTES);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>', '<script type="module" crossorigin>']);
    expect(html.match(/<style\b/g)).toHaveLength(2);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(src|href)="\.?\/?assets\//);
  });

  diskTest('shows every slide of the talk, in the right fonts, and steps through them with no request and no error', async ({ openFromDisk }) => {
    const page = await openFromDisk('?transition=none');
    await waitForDeck(page);
    const ids = await page.evaluate(() => window.Reveal!.getSlides().map((slide) => slide.id));
    expect(ids).toEqual(library.talk.slides.map((slide) => slide.id));
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.weight).sort())).toEqual(['400', '700']);

    for (let i = 0; i < ids.length; i++) {
      await page.evaluate((index) => window.Reveal!.slide(index, 0, 99), i);
      const undrawn = await page.evaluate(() =>
        [...window.Reveal!.getCurrentSlide().querySelectorAll('.figure-art')].filter((art) => !art.querySelector('svg')).length,
      );
      expect(undrawn, `slide "${ids[i]}": figures not drawn`).toBe(0);
    }
    expect(await page.evaluate(() => window.Reveal!.isLastSlide())).toBe(true);
    await page.screenshot({ path: join(ROOT, 'test-output', 'offline-last-slide.png') });
  });

  diskTest.for([
    ['with ?view=reader', '?view=reader', { width: 1280, height: 720 }],
    ['on a 390 px phone', '', PHONE],
    ['on a 320 px phone', '', SMALL_PHONE],
  ] as const)('opens in the reader view %s: every slide, its figures drawn and stepping, with no request and no error', async ([, query, viewport], { openFromDisk }) => {
    const page = await openFromDisk(query, '', viewport);
    await waitForDeck(page);
    expect(await isReaderView(page)).toBe(true);
    expect(await page.evaluate(() => 'Reveal' in window), 'no reveal.js').toBe(false);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.weight).sort())).toEqual(['400', '700']);
    expect(await missingOrRepeated(page)).toEqual([]);
    await drawAllFigures(page);
    const undrawn = await page.evaluate(() => [...document.querySelectorAll('.slides figure[data-figure]')].filter((figure) => !figure.querySelector('.figure-art svg')).map((figure) => figure.id));
    expect(undrawn, 'figures not drawn').toEqual([]);
    await scrollToSection(page, 'procedure');
    await page.locator('#procedure .step-next').click();
    await page.locator('#procedure .step-next').click();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/procedure/1');
    expect(await page.locator('#procedure .step-words').textContent()).toContain('Step 2 of 7.');
    expect(await sidewaysScroll(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'test-output', `offline-reader-${viewport.width}.png`) });
  });

  diskTest('opens a slide from its address', async ({ openFromDisk }) => {
    const page = await openFromDisk('', '#/myelin');
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe('myelin');
  });

  diskTest('lays out the handout for printing, too', async ({ openFromDisk }) => {
    const page = await openFromDisk('?print-pdf');
    await page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    // The cover, a section for every slide, and the last page for notes; every figure drawn.
    expect(await page.locator('.slides > .handout-cover-page').count()).toBe(1);
    expect(await page.locator('.slides > section:not([data-visibility="hidden"])').count()).toBe(library.talk.slides.length + 2);
    expect(await page.locator('.slides figure[data-figure]:not(.is-drawn)').count()).toBe(0);
  });
});
