import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { NO_VOICE_MESSAGE, NOT_LOADED_MESSAGE } from '../../src/panels/listen.ts';
import { LISTEN_STORAGE_KEY } from '../../src/listen/listen-settings.ts';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { DESKTOP, PHONE, settle, waitForDeck, type DeckOptions } from '../support/browser.ts';
import { ROOT } from '../support/commands.ts';
import { deckTest } from '../support/deck-test.ts';
import {
  controls,
  expectedListening,
  figureStepProblems,
  highlightProblems,
  markupSaid,
  motionProblems,
  noticeLines,
  smallControls,
  startListening,
} from '../support/listen.ts';
import { activeElement, currentSlideId, tabTo } from '../support/modes.ts';
import { hashSlide } from '../support/reader.ts';
import { cancels, finishSentence, recordSpeech, speaking, spoken, TEST_VOICES, type RecorderOptions } from '../support/speech.ts';

/**
 * Listening (L): the narration read aloud with the browser's speech synthesis, which these
 * tests replace at its boundary with a recorder (tests/support/speech.ts) that records each
 * utterance and fires its start, boundary and end events. Everything inside runs for real.
 */

const slides = library.talk.slides;
const withVoices = (options: RecorderOptions = {}): Pick<DeckOptions, 'init'> => ({
  init: (context) => recordSpeech(context, { voices: TEST_VOICES, ...options }),
});
const READER = { query: '?view=reader' } as const;
const TOUCH = { viewport: PHONE, hasTouch: true, isMobile: true } as const;

/** Says every sentence of the current slide in turn, checking the highlight and the figure at each; returns what was said. */
async function listenThrough(page: Page, slideId: string): Promise<string[]> {
  const expected = expectedListening(slideId);
  const said: string[] = [];
  for (const [i, { text, step }] of expected.entries()) {
    expect(await speaking(page), `sentence ${i + 1} of "${slideId}"`).toBe(text);
    // Polled: where motion is allowed, the words glide into view.
    await expect.poll(() => highlightProblems(page), { message: `sentence ${i + 1} of "${slideId}"`, timeout: 5000 }).toEqual([]);
    if (step !== null) expect(await figureStepProblems(page, slideId, step)).toEqual([]);
    said.push(text);
    await finishSentence(page);
  }
  return said;
}

describe('listening on the slides', () => {
  deckTest('reads a slide a sentence at a time, without citations or markup, highlighting each beside the slide', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    expect(await page.locator('#narration').isVisible()).toBe(false);
    await startListening(page);
    expect(await page.locator('#narration').isVisible(), 'the narration opens to show what is read').toBe(true);
    const said = await listenThrough(page, 'what-is-ms');
    expect(said.length).toBeGreaterThan(3);
    expect(markupSaid(said)).toEqual([]);
    // Said with the voice on this device in the page's language, at the usual speed.
    const first = (await spoken(page))[0]!;
    expect(first).toMatchObject({ voice: 'On this device, English', lang: 'en-GB', rate: 1 });
  });

  deckTest('steps the figure with the sentences of its steps, after the narration\'s first paragraph', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/myelin', ...withVoices({}) });
    await startListening(page, 'button');
    const expected = expectedListening('myelin');
    // Written out, so the plan itself is checked too.
    expect(expected.map(({ text, step }) => `${step}: ${text}`)).toEqual([
      '-1: Your nerves carry messages, a bit like electric wires.',
      '-1: Myelin is the coating on the wire.',
      '0: Healthy.',
      '0: On a healthy nerve, the message jumps from gap to gap, very fast.',
      '1: Damaged.',
      '1: Where myelin is damaged, the message slows down.',
      '2: Blocked.',
      '2: Where the damage is worse, the message stops.',
      '2: This is what causes the symptoms of MS.',
      '2: On a healthy nerve, the message jumps from one gap in the coating to the next.',
      '2: That makes it much faster than on a bare nerve.',
      '2: In MS, patches of myelin are damaged.',
      '2: The message slows down, gets mixed up, or stops.',
      '2: What you feel depends on which nerves are hit.',
    ]);
    await listenThrough(page, 'myelin');
    expect(await currentSlideId(page), 'and goes on to the next slide').toBe(slides[slides.findIndex((s) => s.id === 'myelin') + 1]!.id);
  });

  deckTest('reads the comparison a row at a time, each row with its options', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/comparison', ...withVoices() });
    await startListening(page);
    const said = await listenThrough(page, 'comparison');
    expect(said).toContain('Evidence. No change: Trials (3 of 3: strength of evidence). Stronger DMT: Trials (3 of 3: strength of evidence). aHSCT: Trials (2 of 3: strength of evidence). Clinic cells (Unproven): Not shown to help (0 of 3: strength of evidence).');
    expect(markupSaid(said)).toEqual([]);
  });

  deckTest('pauses, plays again from the start of the sentence, and goes back and on a sentence', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    const expected = expectedListening('what-is-ms').map((e) => e.text);
    await startListening(page);
    await finishSentence(page);
    expect(await speaking(page)).toBe(expected[1]);
    const stops = await cancels(page);
    await page.click('#listen .listen-toggle');
    expect(await speaking(page), 'paused: nothing is said').toBeNull();
    expect(await cancels(page)).toBeGreaterThan(stops);
    expect((await controls(page)).toggle).toBe('Play');
    const count = (await spoken(page)).length;
    await settle(page, 100);
    expect((await spoken(page)).length, 'nothing more while paused').toBe(count);
    expect(await highlightProblems(page), 'the sentence stays highlighted').toEqual(['nothing is being said']);
    await page.click('#listen .listen-toggle');
    expect(await speaking(page), 'play says the same sentence again, from its start').toBe(expected[1]);
    expect((await controls(page)).toggle).toBe('Pause');
    await page.click('#listen .listen-next');
    expect(await speaking(page)).toBe(expected[2]);
    expect(await highlightProblems(page)).toEqual([]);
    await page.click('#listen .listen-back');
    await page.click('#listen .listen-back');
    expect(await speaking(page)).toBe(expected[0]);
    expect(await highlightProblems(page)).toEqual([]);
    // Back from a slide's first sentence: the last of the slide before.
    await page.click('#listen .listen-back');
    const before = slides[slides.findIndex((s) => s.id === 'what-is-ms') - 1]!.id;
    expect(await currentSlideId(page)).toBe(before);
    expect(await speaking(page)).toBe(expectedListening(before).at(-1)!.text);
  });

  deckTest('reads at the speed chosen, from 0.75x to 1.5x, remembered after a reload', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    await startListening(page);
    expect((await controls(page)).rate).toBe('1×');
    await page.click('#listen .listen-faster');
    const afterFaster = (await spoken(page)).at(-1)!;
    expect(afterFaster, 'the sentence starts again at the new speed').toMatchObject({ rate: 1.25, text: expectedListening('what-is-ms')[0]!.text });
    await page.click('#listen .listen-faster');
    expect((await controls(page)).rate).toBe('1.5×');
    expect(await page.getAttribute('#listen .listen-faster', 'aria-disabled')).toBe('true');
    await page.click('#listen .listen-faster', { force: true });
    expect((await controls(page)).rate, 'no faster than 1.5x').toBe('1.5×');
    expect(await activeElement(page), 'the focus stays on a button that can go no further').toMatch(/listen-faster/);
    await finishSentence(page);
    expect((await spoken(page)).at(-1)!.rate).toBe(1.5);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), LISTEN_STORAGE_KEY))!)).toMatchObject({ rate: 1.5 });

    await page.reload();
    await waitForDeck(page);
    await startListening(page);
    expect((await spoken(page)).at(-1)!.rate, 'remembered on this device').toBe(1.5);
    for (let i = 0; i < 3; i++) await page.click('#listen .listen-slower');
    expect((await controls(page)).rate).toBe('0.75×');
    expect((await spoken(page)).at(-1)!.rate).toBe(0.75);
    expect(await page.getAttribute('#listen .listen-slower', 'aria-disabled')).toBe('true');
    await page.click('#listen .listen-slower', { force: true });
    expect((await spoken(page)).at(-1)!.rate, 'no slower than 0.75x').toBe(0.75);
  });

  deckTest('goes on to the next slide at the end of one, and stops at the end when that is turned off', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/symptoms', ...withVoices() });
    const next = slides[slides.findIndex((s) => s.id === 'symptoms') + 1]!.id;
    await startListening(page);
    for (const _ of expectedListening('symptoms')) await finishSentence(page);
    expect(await currentSlideId(page)).toBe(next);
    expect(await speaking(page)).toBe(expectedListening(next)[0]!.text);
    expect(await highlightProblems(page)).toEqual([]);

    await page.click('#listen .listen-go-on');
    expect((await controls(page)).goOn).toBe(false);
    for (const _ of expectedListening(next)) await finishSentence(page);
    expect(await currentSlideId(page), 'turned off: it stays on the slide').toBe(next);
    expect(await speaking(page)).toBeNull();
    expect((await controls(page)).toggle).toBe('Play');

    await page.reload();
    await waitForDeck(page);
    await startListening(page);
    expect((await controls(page)).goOn, 'remembered on this device').toBe(false);
  });

  deckTest('follows the reader to another slide, reading it from its start', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    await startListening(page);
    await page.keyboard.press('ArrowRight');
    const here = await currentSlideId(page);
    expect(here).not.toBe('what-is-ms');
    expect(await speaking(page)).toBe(expectedListening(here)[0]!.text);
    expect(await highlightProblems(page)).toEqual([]);
  });

  deckTest('works by keyboard: L starts and stops it, and Tab reaches each control', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    expect(await page.getAttribute('#listen-button', 'aria-keyshortcuts')).toBe('L');
    await startListening(page);
    expect(await page.getAttribute('#listen-button', 'aria-pressed')).toBe('true');
    expect(await activeElement(page), 'the focus goes to the controls').toMatch(/listen-toggle/);
    for (const control of ['.listen-back', '.listen-next', '.listen-slower', '.listen-faster', '#listen-go-on', '.listen-stop']) {
      await tabTo(page, `#listen ${control}`, 12);
    }
    await page.keyboard.press('Enter');
    expect((await controls(page)).open, 'Stop closes the controls').toBe(false);
    expect(await speaking(page)).toBeNull();
    expect(await activeElement(page)).toBe('#listen-button');
    expect(await page.locator('.is-reading').count()).toBe(0);
    await page.keyboard.press('l');
    await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
    await page.keyboard.press('l');
    expect(await speaking(page), 'L again stops it').toBeNull();
    // Listed among the keys (?).
    await page.keyboard.press('Shift+Slash');
    expect(await page.locator('.r-overlay-help').textContent()).toContain('Listen: read what the speaker says aloud');
  });

  deckTest('stops when the narration is hidden', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    await startListening(page);
    await page.click('#narration .narration-hide');
    expect(await speaking(page)).toBeNull();
    expect(await page.getAttribute('#listen-button', 'aria-pressed')).toBe('false');
  });

  deckTest('says in one line that the browser has no voice, and offers nothing else', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', init: (context) => recordSpeech(context, { voices: [] }) });
    await page.keyboard.press('l');
    await page.waitForSelector('#deck-notice');
    expect(await page.locator('#deck-notice p').textContent()).toBe(NO_VOICE_MESSAGE);
    expect(await noticeLines(page)).toBe(1);
    expect((await controls(page)).open).toBe(false);
    expect(await page.getAttribute('#listen-button', 'aria-pressed')).toBe('false');
    expect(await spoken(page)).toEqual([]);
  });

  deckTest('offline before it was first used, says so in one line, and works once the network is back', async ({ openDeck }) => {
    const { page, takeProblems } = await openDeck({ ...READER, hash: '#/what-is-ms', ...withVoices() });
    await page.context().setOffline(true);
    await page.locator('#what-is-ms .notes-listen').click();
    await page.waitForSelector('#deck-notice');
    expect(await page.locator('#deck-notice p').textContent()).toBe(NOT_LOADED_MESSAGE);
    expect(await noticeLines(page)).toBe(1);
    expect(await spoken(page)).toEqual([]);
    await page.context().setOffline(false);
    await page.locator('#deck-notice button').click();
    await page.locator('#what-is-ms .notes-listen').click();
    await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
    // What the browser says of the requests that failed offline is not a fault of the page.
    expect(takeProblems().filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  deckTest('waits for voices that load late', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices({ voicesAfterMs: 400 }) });
    await page.evaluate(() => localStorage.clear());
    await startListening(page);
    expect((await spoken(page))[0]!.voice).toBe('On this device, English');
    expect(await page.locator('#deck-notice').count()).toBe(0);
  });

  deckTest('is clean for axe, with 7:1 text, the highlight seen in every colour theme', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/myelin', ...withVoices() });
    await startListening(page);
    for (const theme of ['standard', 'dark', 'yellow']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await finishSentence(page); // into the figure's steps, on the slide, then the narration beside it
      await finishSentence(page);
      expect(await highlightProblems(page), theme).toEqual([]);
      expect(await axeFindings(page), theme).toEqual([]);
    }
    expect(await smallControls(page)).toEqual([]);
  });

  deckTest('moves nothing when the device asks for less motion', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/benefits', reducedMotion: 'reduce', ...withVoices() });
    await startListening(page);
    const expected = expectedListening('benefits');
    for (let i = 0; i < expected.length - 1; i++) {
      await finishSentence(page);
      expect(await motionProblems(page, '#narration .narration-text'), `while "${expected[i + 1]!.text}" is said`).toEqual([]);
      expect(await highlightProblems(page)).toEqual([]);
    }
  });
});

describe('listening in the reader view', () => {
  for (const [name, viewport] of [
    ['390x844', PHONE],
    ['1280x720', DESKTOP],
  ] as const) {
    deckTest(`at ${name}: reads the narration and the figure's steps where the page shows them, in view, and goes on`, async ({ openDeck }) => {
      const { page } = await openDeck({ ...READER, viewport, hash: '#/myelin', ...withVoices() });
      await startListening(page);
      await listenThrough(page, 'myelin');
      const next = slides[slides.findIndex((s) => s.id === 'myelin') + 1]!.id;
      expect(await speaking(page)).toBe(expectedListening(next)[0]!.text);
      await expect.poll(() => highlightProblems(page), { timeout: 5000 }).toEqual([]);
      await expect.poll(() => hashSlide(page), { message: "the address follows" }).toBe(next);
      expect(await axeFindings(page, '#listen'), 'the controls').toEqual([]);
      // The page, from its top, as the reader view's own tests check it: the controls at its foot
      // set aside, since axe cannot see through them to the words they cover.
      await page.evaluate(() => {
        document.getElementById('listen')!.style.setProperty('visibility', 'hidden');
        window.scrollTo(0, 0);
      });
      expect(await axeFindingsScrolled(page, '.table-frame'), 'the page').toEqual([]);
    });
  }

  deckTest('works by touch on a phone: big targets, play and pause', async ({ openDeck }) => {
    const { page } = await openDeck({ ...READER, ...TOUCH, hash: '#/what-is-ms', ...withVoices() });
    await page.tap('#what-is-ms-listen');
    await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
    expect(await smallControls(page)).toEqual([]);
    await page.tap('#listen .listen-toggle');
    expect(await speaking(page)).toBeNull();
    await page.tap('#listen .listen-next');
    expect(await highlightProblems(page)).toEqual(['nothing is being said']);
    await page.tap('#listen .listen-toggle');
    expect(await speaking(page)).toBe(expectedListening('what-is-ms')[1]!.text);
    await page.tap('#listen .listen-faster');
    expect((await spoken(page)).at(-1)!.rate).toBe(1.25);
    expect(await smallControls(page, '#listen button, #listen label, .notes-listen')).toEqual([]);
    await page.tap('#listen .listen-stop');
    expect(await speaking(page)).toBeNull();
  });

  deckTest('reads from the slide whose Listen button is pressed, named for that slide', async ({ openDeck }) => {
    const { page } = await openDeck({ ...READER, hash: '#/what-is-ms', ...withVoices() });
    expect(await page.locator('#procedure-listen').getAttribute('aria-labelledby')).toBe('procedure-listen procedure-title');
    expect(await page.evaluate(() => document.querySelectorAll('.slides > section > aside.notes .notes-listen').length)).toBe(slides.length);
    await page.locator('#procedure-listen').click();
    await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
    expect(await speaking(page)).toBe(expectedListening('procedure')[0]!.text);
    await expect.poll(() => highlightProblems(page), { timeout: 5000 }).toEqual([]);
    // While it reads, another slide's button moves it there.
    await page.locator('#recovery-listen').click();
    expect(await speaking(page)).toBe(expectedListening('recovery')[0]!.text);
    await page.locator('#listen .listen-stop').click();
    expect(await activeElement(page), 'Stop gives the focus back to the slide\'s Listen button').toBe('#recovery-listen');
  });

  deckTest('with large text on a phone, folds the speed away under More', async ({ openDeck }) => {
    const { page } = await openDeck({ ...READER, ...TOUCH, textSize: 200, hash: '#/what-is-ms', ...withVoices() });
    await page.tap('#what-is-ms-listen');
    await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
    expect(await page.locator('#listen .listen-faster').isVisible()).toBe(false);
    const folded = (await page.locator('#listen').boundingBox())!.height;
    expect(folded, 'the controls leave most of the screen to the words').toBeLessThan(PHONE.height / 3);
    await page.tap('#listen .listen-more');
    expect(await page.getAttribute('#listen .listen-more', 'aria-expanded')).toBe('true');
    await page.tap('#listen .listen-faster');
    expect((await spoken(page)).at(-1)!.rate).toBe(1.25);
    expect(await smallControls(page, '#listen button, #listen label, .notes-listen')).toEqual([]);
    await expect.poll(() => highlightProblems(page), { timeout: 5000 }).toEqual([]);
  });

  deckTest('works by keyboard: L, then Tab to each control', async ({ openDeck }) => {
    const { page } = await openDeck({ ...READER, hash: '#/what-is-ms', ...withVoices() });
    await startListening(page);
    for (const control of ['.listen-back', '.listen-next', '.listen-slower', '.listen-faster', '#listen-go-on', '.listen-stop']) {
      await tabTo(page, `#listen ${control}`, 12);
    }
    await page.keyboard.press('Space');
    expect(await speaking(page)).toBeNull();
  });
});

describe('listening from the offline file', () => {
  deckTest('reads aloud from disk with no network and no policy broken', async ({ browser }) => {
    const folder = join(ROOT, 'test-output', 'listen-stick');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'offline.html');
    copyFileSync(join(inject('siteDir'), 'offline.html'), file);
    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      await recordSpeech(context, { voices: TEST_VOICES });
      await context.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        if (!/^(file|data):/.test(route.request().url())) requests.push(route.request().url());
        return /^(file|data):/.test(route.request().url()) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(file).href}#/myelin`);
      await waitForDeck(page);
      await startListening(page);
      await listenThrough(page, 'myelin');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the listening checks', () => {
  deckTest('catch a planted problem of each kind', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    expect(markupSaid(['A word [12] said.', 'Source 4.', 'See [[myelin]].', 'It **stops**.', 'Plain words.'])).toHaveLength(4);
    await startListening(page);
    expect(await highlightProblems(page)).toEqual([]);
    // A highlight of colour alone, then at under 7:1.
    const restyle = (style: string): Promise<void> =>
      page.evaluate((css) => document.querySelectorAll<HTMLElement>('.is-reading').forEach((el) => el.setAttribute('style', css)), style);
    await restyle('text-decoration: none');
    expect((await highlightProblems(page)).join()).toMatch(/colour alone/);
    await restyle('background: #777');
    expect((await highlightProblems(page)).join()).toMatch(/at \d\.\d\d:1/);
    await restyle('');
    // The highlight on another sentence than the one said; then back, but scrolled out of sight.
    const said = await speaking(page);
    const moveHighlight = (): Promise<void> =>
      page.evaluate(() => {
        const lit = [...document.querySelectorAll('.is-reading')];
        const other = [...document.querySelectorAll('#narration .listen-sentence')].find((span) => !lit.includes(span) && !span.closest('.visually-hidden'))!;
        lit.forEach((span) => span.classList.remove('is-reading'));
        other.classList.add('is-reading');
        (window as unknown as { planted: Element[] }).planted = lit;
      });
    await moveHighlight();
    expect((await highlightProblems(page)).join()).toContain(`is highlighted while "${said}" is said`);
    await page.evaluate(() => {
      document.querySelectorAll('.is-reading').forEach((span) => span.classList.remove('is-reading'));
      (window as unknown as { planted: Element[] }).planted.forEach((span) => span.classList.add('is-reading'));
    });
    expect(await highlightProblems(page)).toEqual([]);
    await page.evaluate(() => {
      const text = document.querySelector<HTMLElement>('#narration .narration-text')!;
      text.style.flex = '0 0 40px';
      text.scrollTop = text.scrollHeight;
    });
    expect((await highlightProblems(page)).join()).toMatch(/off the screen/);
    // A target too small, a notice on two lines.
    await page.evaluate(() => document.querySelector('#listen .listen-back')!.setAttribute('style', 'min-height: 30px; height: 30px'));
    expect((await smallControls(page)).join()).toMatch(/"Back" \d+x30/);
    await page.evaluate(() => {
      const notice = document.createElement('div');
      notice.id = 'deck-notice';
      notice.innerHTML = '<p style="width:200px">A message long enough to take more than one line on screen.</p>';
      document.body.append(notice);
    });
    expect(await noticeLines(page)).toBeGreaterThan(1);
    // The narration gliding on its own.
    expect((await motionProblems(page, '#narration .narration-text')).join()).not.toMatch(/scrolled/);
    await page.evaluate(() => {
      const text = document.querySelector<HTMLElement>('#narration .narration-text')!;
      text.scrollTop = 0;
      const glide = (): void => {
        text.scrollTop += 2;
        if (text.scrollTop < text.scrollHeight - text.clientHeight) requestAnimationFrame(glide);
      };
      requestAnimationFrame(glide);
    });
    expect((await motionProblems(page, '#narration .narration-text')).join()).toMatch(/scrolled by itself/);
  });

  deckTest('catch a citation or a screen reader\'s word said aloud, and a speed not remembered', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/what-is-ms', ...withVoices() });
    // Citations written another way: their words are no longer set apart from the narration.
    await page.evaluate(() =>
      document.querySelectorAll('#what-is-ms aside.notes .cite, #narration .cite').forEach((cite) => {
        cite.classList.remove('cite');
        cite.querySelector('.visually-hidden')?.classList.remove('visually-hidden');
      }),
    );
    await startListening(page);
    const said: string[] = [];
    for (const _ of expectedListening('what-is-ms')) {
      said.push((await speaking(page)) ?? '');
      await finishSentence(page);
    }
    expect(markupSaid(said).join()).toMatch(/said ".*Source/);
    expect(said).not.toEqual(expectedListening('what-is-ms').map((e) => e.text));
    // The speed, saved, then lost before the reload.
    await page.click('#listen .listen-faster');
    await page.evaluate((key) => localStorage.removeItem(key), LISTEN_STORAGE_KEY);
    await page.reload();
    await waitForDeck(page);
    await startListening(page);
    expect((await spoken(page)).at(-1)!.rate).not.toBe(1.25);
  });

  deckTest('catch a figure out of step with the words said', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: '#/myelin', ...withVoices() });
    await startListening(page);
    await finishSentence(page);
    await finishSentence(page);
    expect(await speaking(page)).toBe('Healthy.');
    expect(await figureStepProblems(page, 'myelin', 0)).toEqual([]);
    await page.evaluate(() => window.Reveal!.prevFragment());
    expect(await figureStepProblems(page, 'myelin', 0)).toEqual(['the figure on "myelin" shows step -1 while words of step 0 are said']);
  });
});
