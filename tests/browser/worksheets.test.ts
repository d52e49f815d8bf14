import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { plainText } from '../../src/content/inline.ts';
import { answerName } from '../../src/content/worksheet-content.ts';
import { readPdf } from '../../src/node/pdf-read.ts';
import { ANSWERS_STORAGE_KEY } from '../../src/worksheets/answers-store.ts';
import { DISPLAY_STORAGE_KEY } from '../../src/views/display-settings.ts';
import { axeFindings } from '../support/axe.ts';
import { topLayerContrast } from '../support/contrast.ts';
import { DESKTOP, PHONE, settle, waitForDeck } from '../support/browser.ts';
import { ROOT } from '../support/commands.ts';
import { deckTest } from '../support/deck-test.ts';
import { scrollToSection } from '../support/reader.ts';
import {
  OWN_WORDS,
  PLAN,
  answersSent,
  explanationsAmiss,
  fillByKeyboard,
  fillByTouch,
  filledControls,
  formsDiffer,
  knowledge,
  linesMissing,
  plannedAnswers,
  plannedSummaryLines,
  plantAnswers,
  recordRequests,
  recordStorageReads,
  sheetIds,
  smallTargets,
  storageHolding,
  storageReads,
  storedRecord,
  values,
  worksheetsReady,
} from '../support/worksheets.ts';

/**
 * The Weigh it up worksheets, filled in as readers fill them: by keyboard alone and by touch,
 * kept on the device and nowhere else, summed up on one printed page, cleared, and never read
 * by the handout. Each kind of check here is shown to fail once on a planted problem, last.
 */
const OUT = join(ROOT, 'test-output', 'worksheets');
mkdirSync(OUT, { recursive: true });
const TOUCH = { viewport: PHONE, hasTouch: true, isMobile: true } as const;
const SECTIONS = sheetIds.map((id) => `[id="${id}"]`).join(', ');

/** What the reader wrote or chose, as words that must never leave the device. */
const secrets = [OWN_WORDS, 'Note 7319'];

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForDeck(page);
  await worksheetsReady(page);
}

describe('the worksheets in the reader view', () => {
  deckTest('by keyboard alone: every worksheet filled in, each explanation shown once answered, all kept after a reload, nothing sent', async ({ openDeck }) => {
    const deck = await openDeck({ query: '?view=reader', hash: `#/${sheetIds[0]}` });
    const { page } = deck;
    const sent = recordRequests(page);
    await worksheetsReady(page);
    expect(await explanationsAmiss(page), 'before any answer').toEqual([]);
    const before = sent.length;
    const iconPath = new URL(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href)).pathname;
    // Where a reader arrives by the contents or a link: the worksheet's title. From there, keys only.
    await page.locator(`[id="${sheetIds[0]}"]`).evaluate((section) => {
      section.setAttribute('tabindex', '-1');
      section.focus();
    });
    await fillByKeyboard(page);
    expect(await formsDiffer(page, plannedAnswers())).toEqual([]);
    expect(await explanationsAmiss(page), 'after answering').toEqual([]);
    expect(await storedRecord(page)).toEqual({ version: 1, answers: plannedAnswers() });
    expect(sent.slice(before).filter(({ url }) => new URL(url).pathname !== iconPath), 'no request while filling in but the browser\'s own for the icon').toEqual([]);
    expect(sent.filter(({ url, body }) => body !== '' || new URL(url).search !== ''), 'nothing sent with any request').toEqual([]);
    expect(answersSent(sent, page.url(), secrets)).toEqual([]);

    await reload(page);
    expect(await formsDiffer(page, plannedAnswers()), 'after a reload').toEqual([]);
    expect(await explanationsAmiss(page), 'after a reload').toEqual([]);
    expect(linesMissing((await page.locator('[data-summary]').textContent()) ?? '', plannedSummaryLines()), 'the summary on screen').toEqual([]);
    expect(answersSent(sent, page.url(), secrets)).toEqual([]);
  });

  deckTest('by touch on a phone: every choice a 44 px target, every worksheet filled in by taps, kept after a reload', async ({ openDeck }) => {
    const { page } = await openDeck({ ...TOUCH, hash: `#/${sheetIds[0]}` });
    const sent = recordRequests(page);
    await worksheetsReady(page);
    expect(await smallTargets(page)).toEqual([]);
    await fillByTouch(page);
    expect(await formsDiffer(page, plannedAnswers())).toEqual([]);
    expect(await explanationsAmiss(page)).toEqual([]);
    await reload(page);
    expect(await formsDiffer(page, plannedAnswers()), 'after a reload').toEqual([]);
    expect(answersSent(sent, page.url(), secrets)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'phone-summary.png'), fullPage: false });
  });

  deckTest('prints the summary alone, on one page, and its answers and key numbers read back from the PDF', async ({ openDeck }) => {
    const deck = await openDeck({ query: '?view=reader', hash: `#/${sheetIds.at(-1)}` });
    const { page } = deck;
    await plantAnswers(page);
    await reload(page);
    await scrollToSection(page, sheetIds.at(-1)!);
    // The print dialog is the browser's, outside the page: replaced by a recorder, and the page printed as it would.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print my summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const file = join(OUT, 'summary.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
    const pdf = await readPdf(file);
    expect(pdf.pages, 'one page').toHaveLength(1);
    const text = pdf.pages[0]!.text;
    expect(linesMissing(text, plannedSummaryLines()), 'the answers').toEqual([]);
    const keyNumbers = (await page.locator('.summary-numbers .key-numbers li').allTextContents()).map((line) => line.replace(/Sources?\s/, ''));
    expect(keyNumbers.length).toBeGreaterThan(0);
    expect(linesMissing(text, keyNumbers), 'the key numbers').toEqual([]);
    expect(text).toContain('My summary');
    expect(text, 'nothing of the talk around it').not.toContain('The speaker says');
    const small = pdf.pages[0]!.words.filter((word) => word.size < 11.95).map((word) => `"${word.text}" at ${word.size.toFixed(1)} pt`);
    expect(small, 'clear print: 12 pt and up').toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => [document.documentElement.classList.contains('printing-summary'), !!document.getElementById('summary-print')])).toEqual([false, false]);
  });

  deckTest('clears every answer after a confirm step by keyboard, leaving local storage empty, and Escape keeps them', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?view=reader', hash: `#/${sheetIds.at(-1)}` });
    await plantAnswers(page);
    await reload(page);
    await scrollToSection(page, sheetIds.at(-1)!);
    const clear = page.getByRole('button', { name: 'Clear my answers' });
    await clear.focus();
    await page.keyboard.press('Enter');
    const keep = page.getByRole('button', { name: 'No, keep them' });
    expect(await keep.evaluate((el) => el === document.activeElement), 'the safe answer has the focus').toBe(true);
    expect(await page.getByRole('group', { name: /Clear all your answers from this device/ }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await clear.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await storedRecord(page), 'Escape keeps them').toEqual({ version: 1, answers: plannedAnswers() });

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, clear them');
    await page.keyboard.press('Enter');
    expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY), 'no answers kept').toBeNull();
    expect(await storageHolding(page, secrets), 'no storage holds the reader\'s words').toEqual([]);
    expect(await formsDiffer(page, {})).toEqual([]);
    expect(await page.locator('.clear-done').textContent()).toBe('Your answers are cleared from this device.');
    expect(await page.locator('[data-summary]').textContent()).toMatch(/will show here once you fill in/);
    expect(await clear.evaluate((el) => el === document.activeElement)).toBe(true);
    await reload(page);
    expect(await formsDiffer(page, {}), 'still empty after a reload').toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY)).toBeNull();
  });
});

describe('the worksheets on the slides', () => {
  deckTest('fit the 1280x720 slide as prompts; "Fill in this worksheet" opens the form in a panel whose keys are its own', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: `#/${sheetIds[2]}` });
    const opener = page.locator(`[id="${sheetIds[2]}"] .worksheet-open`);
    expect(await smallTargets(page, `[id="${sheetIds[2]}"]`), 'the button on the slide').toEqual([]);
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Weigh it up: where I am leaning' });
    await dialog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(answerName.leaning);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id), 'arrows stay in the panel').toBe(sheetIds[2]);
    expect(((await storedRecord(page)) as { answers: Record<string, string> }).answers[answerName.leaning]).toBe('keep');
    expect(await smallTargets(page, '#worksheet-dialog')).toEqual([]);
    expect(await axeFindings(page, '#worksheet-dialog')).toEqual([]);
    expect(await topLayerContrast(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((el) => el === document.activeElement), 'focus back on the button').toBe(true);
    expect(await page.locator(`[id="${sheetIds[2]}"] .worksheet > .worksheet-form`).count(), 'the form is back in its slide').toBe(1);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe(sheetIds[2]);

    // A link to the facts closes the panel and goes to their slide.
    await page.evaluate((id) => window.Reveal!.slide(window.Reveal!.getSlides().findIndex((s) => s.id === id)), sheetIds[0]);
    await settle(page);
    await page.locator(`[id="${sheetIds[0]}"] .worksheet-open`).click();
    await page.getByRole('dialog').getByRole('link', { name: 'The facts: What the MIST trial found' }).click();
    await page.waitForFunction(() => window.Reveal!.getCurrentSlide().id === 'benefits');
    expect(await dialog.isVisible()).toBe(false);
  });
});

describe('the worksheets pass axe with 7:1 contrast', () => {
  for (const [name, viewport] of [['390', PHONE], ['1280', DESKTOP]] as const) {
    for (const theme of ['standard', 'dark'] as const) {
      deckTest(`in the reader view at ${name} px, ${theme} colours, filled in, the confirm step open`, async ({ openDeck }) => {
        const { page } = await openDeck({ query: '?view=reader', viewport, hash: `#/${sheetIds[0]}` });
        await plantAnswers(page);
        if (theme === 'dark') await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ theme: 'dark' })), DISPLAY_STORAGE_KEY);
        await reload(page);
        if (theme === 'dark') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        await scrollToSection(page, sheetIds.at(-1)!);
        await page.getByRole('button', { name: 'Clear my answers' }).click();
        // From the top, as the reader view's own axe check runs: axe brings each piece into view itself.
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await axeFindings(page, SECTIONS)).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        await page.getByRole('button', { name: 'No, keep them' }).click();
      });
    }
    deckTest(`on the slides at ${name} px, the panel open`, async ({ openDeck }) => {
      const { page } = await openDeck({ viewport, query: '?view=slides&transition=none', hash: `#/${sheetIds[1]}` });
      await plantAnswers(page);
      await page.reload();
      await waitForDeck(page);
      await page.locator(`[id="${sheetIds[1]}"] .worksheet-open`).click();
      await page.locator('#worksheet-dialog').waitFor();
      expect(await axeFindings(page, '#worksheet-dialog')).toEqual([]);
      expect(await topLayerContrast(page), 'the panel, in the top layer').toEqual([]);
      expect(await smallTargets(page, '#worksheet-dialog')).toEqual([]);
      const fits = await page.locator('#worksheet-dialog').boundingBox();
      expect(fits!.x >= 0 && fits!.x + fits!.width <= viewport.width && fits!.y + fits!.height <= viewport.height).toBe(true);
    });
  }
});

describe('the handout', () => {
  deckTest('never reads the answers on the device, and prints every worksheet blank', async ({ openDeck }) => {
    const deck = await openDeck({ query: '?view=reader', hash: `#/${sheetIds[0]}` });
    await plantAnswers(deck.page);
    await recordStorageReads(deck.page);
    await deck.page.goto(deck.page.url().replace(/\?.*$/, '?print-pdf'));
    const { page } = deck;
    await page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    expect(await storageReads(page), 'what the handout read from the device').not.toContain(ANSWERS_STORAGE_KEY);
    expect(await storedRecord(page), 'the answers were there to read').toEqual({ version: 1, answers: plannedAnswers() });
    expect(await filledControls(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.classList.contains('worksheets-ready')), 'the worksheets\' code never ran').toBe(false);
    const file = join(OUT, 'handout-worksheets.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = (await readPdf(file)).pages.map((p) => p.text).join(' ');
    expect(linesMissing(text, [...values.statements.map((s) => plainText(s.text)), ...knowledge.questions.map((q) => plainText(q.question)), 'My own questions', 'What the talk said: check after you answer']), 'the worksheets').toEqual([]);
    expect(text).not.toContain('Note 7319');
    expect(text).not.toContain('Clear my answers');
  });
});

describe('the checks above', () => {
  deckTest('catch a planted problem of each kind', async ({ openDeck }) => {
    const deck = await openDeck({ query: '?view=reader', hash: `#/${sheetIds.at(-1)}` });
    const { page } = deck;
    const sent = recordRequests(page);
    await worksheetsReady(page, sheetIds.at(-1));
    // An answer sent in a request, and written into the address.
    await page.evaluate((words) => fetch(`./?q=${encodeURIComponent(words)}`, { method: 'POST', body: words }).catch(() => undefined), OWN_WORDS);
    expect(answersSent(sent, page.url(), [OWN_WORDS]).join()).toMatch(/a request to .*\?q=Can%20I%20keep.* carries/);
    deck.takeProblems(); // the server's answer to the planted request, if it logs one
    await page.evaluate((words) => history.replaceState(null, '', `#/${encodeURIComponent(words)}`), OWN_WORDS);
    expect(answersSent([], page.url(), [OWN_WORDS]).join()).toMatch(/the address .* carries/);
    // A choice too small for a finger, and a filled-in control where a blank one should be.
    await page.locator('label.choice').first().evaluate((label) => label.setAttribute('style', 'min-height:0;padding:0;height:20px'));
    expect((await smallTargets(page)).join()).toMatch(/label "Not at all" is \d+x20/);
    await page.locator('input[type="radio"]').first().check();
    expect(await filledControls(page)).toEqual([`${PLAN[0]!.name}=1`]);
    expect(await formsDiffer(page, {})).toEqual([`${PLAN[0]!.name}=1 is chosen`]);
    // An explanation that shows before its question is answered.
    await page.locator('fieldset.quiz .explanation').first().evaluate((el) => el.classList.add('is-shown'));
    expect((await explanationsAmiss(page)).join()).toMatch(/explanation shows before an answer/);
    // A summary that leaves an answer out, and a page that reads the answers from storage.
    expect(linesMissing('My summary. Leaning: aHSCT', ['Leaning: aHSCT', 'Sure of myself: No'])).toEqual(['Sure of myself: No']);
    await recordStorageReads(page);
    await page.reload();
    await page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY);
    expect(await storageReads(page)).toContain(ANSWERS_STORAGE_KEY);
    // The reader's words left in storage.
    await page.evaluate((words) => sessionStorage.setItem('left-behind', `{"note":"${words}"}`), OWN_WORDS);
    expect(await storageHolding(page, secrets)).toEqual(['left-behind']);
  });

  deckTest('catch faint words in the slides\' panel, which axe cannot place in the top layer', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?transition=none', hash: `#/${sheetIds[0]}` });
    await page.locator(`[id="${sheetIds[0]}"] .worksheet-open`).click();
    await page.locator('#worksheet-dialog').waitFor();
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Grey words at 5 to 1';
      faint.setAttribute('style', 'color:#6b6b6b');
      document.querySelector('#worksheet-dialog .worksheet-form')!.prepend(faint);
    });
    expect((await topLayerContrast(page)).join()).toMatch(/"Grey words at 5 to 1" at [45]\.\d+:1/);
  });
});
