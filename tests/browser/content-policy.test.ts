import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/commands.ts';
import { DESKTOP, PHONE, waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { drawAllFigures, isReaderView, scrollToSection, talkSlides } from '../support/reader.ts';

/** What an attacker's edit or a compromised dependency might slip into the page. */
const PLANTED = [
  '<script>window.planted = "inline script"</script>',
  '<script src="https://cdn.example.org/tracker.js"></script>',
  '<style>body { outline: 9px solid magenta }</style>',
  '<img alt="" src="https://cdn.example.org/pixel.png">',
].join('');

/** The page with the planted pieces at the start of its body. */
const plantInto = (html: string): string => html.replace(/<body[^>]*>/, (body) => `${body}${PLANTED}`);

deckTest.override('launchOptions', { ignoreDefaultArgs: ['--disable-popup-blocking'] });

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every policy violation the page (or a window it opened) reported, and every request that left home. */
  violations: string[];
  offsite: string[];
}

async function watch(browser: Browser, home: (url: string) => boolean, plant = false, viewport = DESKTOP): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const violations: string[] = [];
  const offsite: string[] = [];
  await context.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`),
    ),
  );
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!home(url)) {
      offsite.push(url);
      return route.abort();
    }
    if (!plant || route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = plantInto(await response.text());
    return route.fulfill({ response, body: html });
  });
  return { context, page: await context.newPage(), violations, offsite };
}

/** Every slide at every step: all of what reveal.js writes into the page. */
async function walkTheDeck(page: Page): Promise<void> {
  await page.evaluate(() => {
    const deck = window.Reveal!;
    deck.getSlides().forEach((slide, h) => {
      const steps = slide.querySelectorAll('.fragment').length;
      for (let f = -1; f < steps; f++) deck.slide(h, 0, f);
    });
  });
}

/**
 * The reader view, all of what its script writes into the page: the slides at `url` narrowed
 * to a phone's width, which moves them to the reader view; then every figure drawn, one
 * stepped and played, the contents and a word's popover opened and closed.
 */
async function readTheReaderView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForDeck(page);
  await page.setViewportSize(PHONE);
  await page.waitForURL(/view=reader/);
  await waitForDeck(page);
  expect(await isReaderView(page)).toBe(true);
  await drawAllFigures(page);
  await scrollToSection(page, 'procedure');
  await page.locator('#procedure .step-next').click();
  await page.locator('#procedure .step-play').click();
  await page.locator('#contents-button').click();
  await page.keyboard.press('Escape');
  await page.locator('#procedure .word-button').first().click();
  await page.keyboard.press('Escape');
  await scrollToSection(page, talkSlides.at(-1)!.id);
}

const policyOf = (html: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the Content Security Policy', () => {
  deckTest('is in the site and the offline file, first in the head, allowing no script or style sheet that is not theirs', () => {
    for (const name of ['index.html', 'offline.html']) {
      const html = readFileSync(join(inject('siteDir'), name), 'utf8');
      const policy = policyOf(html);
      expect(policy, name).toMatch(/^default-src 'none'/);
      expect(html.indexOf('Content-Security-Policy'), `${name}: the policy comes before any script or style`).toBeLessThan(
        Math.min(...['<script', '<style', '<link'].map((tag) => html.indexOf(tag)).filter((at) => at >= 0)),
      );
      const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d]));
      for (const name of ['script-src', 'style-src', 'style-src-elem']) {
        expect(directives[name], name).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:|data:/);
      }
    }
  });

  deckTest('lets the site run whole: every slide and step, the reader view, the speaker view and the print view, with nothing refused', async ({ browser }) => {
    const origin = new URL(inject('siteUrl')).origin;
    const site = await watch(browser, (url) => url.startsWith(origin) || url.startsWith('data:') || url === 'about:blank');
    await site.page.goto(inject('siteUrl'));
    await waitForDeck(site.page);
    await walkTheDeck(site.page);

    const opened = site.context.waitForEvent('page');
    await site.page.keyboard.press('s');
    const speaker = await opened;
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 20);

    const print = await site.context.newPage();
    await print.goto(`${inject('siteUrl')}?print-pdf`);
    await print.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    await readTheReaderView(await site.context.newPage(), inject('siteUrl'));
    expect(site.violations).toEqual([]);
    expect(site.offsite).toEqual([]);
    await site.context.close();
  });

  deckTest('refuses a planted script, style sheet and image on the site, and nothing leaves the origin', async ({ browser }) => {
    const origin = new URL(inject('siteUrl')).origin;
    const site = await watch(browser, (url) => url.startsWith(origin) || url.startsWith('data:'), true);
    await site.page.goto(inject('siteUrl'));
    await waitForDeck(site.page);
    expect(await site.page.evaluate(() => (window as unknown as { planted?: string }).planted)).toBeUndefined();
    expect(await site.page.evaluate(() => getComputedStyle(document.body).outlineStyle)).toBe('none');
    const refused = site.violations.map((v) => v.split(' ')[0]);
    expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem', 'img-src']));
    expect(site.offsite, 'the browser refused them before asking the network').toEqual([]);
    await site.context.close();
  });

  deckTest('lets the offline file run whole from disk, the reader view too, and refuses a script planted in it', async ({ browser }) => {
    const folder = join(ROOT, 'test-output', 'policy');
    mkdirSync(folder, { recursive: true });
    const original = readFileSync(join(inject('siteDir'), 'offline.html'), 'utf8');
    const clean = join(folder, 'offline.html');
    const planted = join(folder, 'offline-planted.html');
    writeFileSync(clean, original);
    writeFileSync(planted, plantInto(original));

    const onDisk = (url: string): boolean => url.startsWith('file:') || url.startsWith('data:');
    const offline = await watch(browser, onDisk);
    await offline.page.goto(pathToFileURL(clean).href);
    await waitForDeck(offline.page);
    await walkTheDeck(offline.page);
    await readTheReaderView(await offline.context.newPage(), pathToFileURL(clean).href);
    expect(offline.violations).toEqual([]);
    expect(offline.offsite).toEqual([]);
    await offline.context.close();

    const tampered = await watch(browser, onDisk);
    await tampered.page.goto(pathToFileURL(planted).href);
    await waitForDeck(tampered.page);
    expect(await tampered.page.evaluate(() => (window as unknown as { planted?: string }).planted)).toBeUndefined();
    expect(tampered.violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem', 'img-src']));
    expect(tampered.offsite).toEqual([]);
    await tampered.context.close();
  });
});
