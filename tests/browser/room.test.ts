import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import type { Room } from '../../src/node/room/server.ts';
import { DESKTOP, PHONE, settle } from '../support/browser.ts';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { deckTest } from '../support/deck-test.ts';
import { readQr } from '../support/qr.ts';
import { builtScript } from '../support/site.ts';
import { SECRET, expectFollowing, followerPlace, joined, openFollower, openPresenter, openRoom, presenterPlace, rawClient } from '../support/room.ts';

/** A room for this test alone, closed after it. */
async function roomForTest(options: Parameters<typeof openRoom>[0] = {}): Promise<Room> {
  const room = await openRoom(options);
  onTestFinished(async () => {
    await room.close();
  });
  return room;
}

const press = async (page: Page, key: string): Promise<void> => {
  await page.keyboard.press(key);
  await settle(page);
};

/** The questions a page lists, as text, in order. */
const listed = (page: Page, within = '#room-questions'): Promise<string[]> =>
  page.evaluate((selector) => [...document.querySelectorAll(`${selector} .question-text`)].map((p) => p.textContent ?? ''), within);

describe('room mode: only in a room', () => {
  deckTest('leaves the static site and the offline file without the realtime client', async ({ openDeck }) => {
    const client = builtScript('reconnectionDelayMax');
    for (const query of ['?view=reader', '?view=slides']) {
      const { page, requests } = await openDeck({ query });
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.endsWith(client.name) || url.includes('socket.io')), `${query}: no room`).toEqual([]);
      expect(await page.locator('#room-status, #questions-button').count()).toBe(0);
    }
    expect(readFileSync(join(inject('siteDir'), 'offline.html'), 'utf8')).not.toContain('reconnectionDelayMax');
  });
});

describe('room mode: following the presenter', () => {
  deckTest('moves a phone and a desktop follower with the presenter through slides and figure steps', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/candidates' });
    const phone = await openFollower(openDeck, room, { viewport: PHONE });
    const desktop = await openFollower(openDeck, room, { viewport: DESKTOP });
    const followers = [phone.page, desktop.page];
    await expectFollowing(presenter.page, followers, 'on opening');

    // Into the procedure, through its first steps, and back out, as a clicker does.
    for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageUp', 'PageUp', 'PageUp', 'PageUp']) {
      await press(presenter.page, key);
      await expectFollowing(presenter.page, followers, `after ${key}`);
    }
    // A jump to a step of another figure.
    await presenter.page.evaluate(() => window.Reveal!.slide(window.Reveal!.getIndices(document.getElementById('recovery')!).h, 0, 2));
    await expectFollowing(presenter.page, followers, 'after a jump');
    expect(await followerPlace(phone.page)).toEqual({ slide: 'recovery', step: 2 });
    // The step's words on the phone say the same step.
    expect(await phone.page.locator('#recovery .step-words').textContent()).toMatch(/^Step 3 of 6\./);
    expect(await phone.page.locator('.live-marker').textContent()).toBe('Live');
  });

  deckTest('lets a follower read elsewhere, and brings them back to live', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/procedure' });
    const follower = await openFollower(openDeck, room, { viewport: DESKTOP });
    await expectFollowing(presenter.page, [follower.page]);
    const back = follower.page.getByRole('button', { name: 'Back to live' });
    expect(await back.isVisible()).toBe(false);

    // The reader scrolls on, with the mouse wheel, to read ahead.
    await follower.page.mouse.move(640, 400);
    for (let i = 0; i < 8; i++) await follower.page.mouse.wheel(0, 1200);
    await settle(follower.page, 200);
    await back.waitFor();
    const away = await followerPlace(follower.page);
    expect(away.slide).not.toBe('procedure');
    expect(await follower.page.locator('.live-marker').isVisible()).toBe(false);

    // The presenter moves on; the reader stays where they are reading.
    await press(presenter.page, 'PageDown');
    await press(presenter.page, 'PageDown');
    await settle(follower.page, 300);
    expect((await followerPlace(follower.page)).slide).toBe(away.slide);

    await back.click();
    await expectFollowing(presenter.page, [follower.page], 'after Back to live');
    expect(await back.isVisible()).toBe(false);
    expect(await follower.page.locator('.live-marker').textContent()).toBe('Live');
    // Following again: the next move takes them along.
    await press(presenter.page, 'PageDown');
    await expectFollowing(presenter.page, [follower.page], 'on the next move');
  });

  deckTest('shows followers a calm "paused" note while the presenter blacks out the screen', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    const note = follower.page.locator('.paused-note');
    expect(await note.isVisible()).toBe(false);
    await press(presenter.page, 'b');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/paused the slides.*keep reading/);
    // Not a black page: the reader's words are still there to read.
    expect(await follower.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(0, 0, 0)');
    expect(await follower.page.locator('#what-is-ms h2').isVisible()).toBe(true);
    await press(presenter.page, 'b');
    await note.waitFor({ state: 'hidden' });
  });

  deckTest('points the title and closing slides\' address and QR code to the audience address', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/title' });
    const url = presenter.page.locator('.slides > section.present .deck-url .url');
    expect(await url.textContent()).toBe(room.addresses.audience);
    const qr = presenter.page.locator('.slides > section.present .qr svg');
    expect(readQr(await qr.screenshot())).toBe(room.addresses.audience);
    expect(await presenter.page.evaluate(() => window.location.search), 'the secret is taken out of the address the projector shows').toBe('?view=slides&transition=none');
    const html = await (await fetch(room.addresses.audience)).text();
    expect(html, 'the secret is in no page').not.toContain(SECRET);
    expect(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+;/.test(html)).toBe(true);
  });
});

describe('room mode: the phone remote', () => {
  deckTest('drives the deck: next, back and black screen, with the notes and the time against the plan', async ({ openDeck, browser }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    onTestFinished(() => context.close());
    const remote = await context.newPage();
    const errors: string[] = [];
    remote.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await remote.goto(room.addresses.remote);
    await remote.getByText('Connected to the room').waitFor();
    const total = await presenter.page.evaluate(() => window.Reveal!.getTotalSlides());
    expect(await remote.locator('.remote-slide').textContent()).toBe(`4 of ${total}: What is multiple sclerosis?`);
    const notesShown = (await remote.locator('.remote-notes-text').textContent()) ?? '';
    expect(notesShown.length).toBeGreaterThan(100);
    expect(notesShown, 'citations as the slides show them, without the words kept for screen readers').toMatch(/\[\d+\]/);
    expect(notesShown).not.toMatch(/Source \[\d/);
    expect(await remote.locator('.remote-against').textContent()).toBe('Not started yet.');
    expect(await remote.evaluate(() => window.location.search), 'the key leaves the address').toBe('');

    await remote.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => presenterPlace(presenter.page)).toEqual({ slide: 'myelin', step: -1 });
    await expectFollowing(presenter.page, [follower.page], 'after the remote\'s Next');
    await remote.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => presenterPlace(presenter.page)).toEqual({ slide: 'myelin', step: 0 });
    await expect.poll(() => remote.locator('.remote-step').textContent()).toBe('Step 1 of 3');
    expect(await remote.locator('.remote-against').textContent()).toMatch(/^(On time|\d+ minutes? (ahead|behind))\.$/);
    await remote.getByRole('button', { name: /^Back/ }).click();
    await expect.poll(() => presenterPlace(presenter.page)).toEqual({ slide: 'myelin', step: -1 });

    await remote.getByRole('button', { name: 'Black screen' }).click();
    await expect.poll(() => presenter.page.evaluate(() => window.Reveal!.isPaused())).toBe(true);
    await follower.page.locator('.paused-note').waitFor();
    const show = remote.getByRole('button', { name: 'Show slides' });
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    expect(await remote.getByRole('button', { name: /^Next/ }).isDisabled()).toBe(true);
    await show.click();
    await expect.poll(() => presenter.page.evaluate(() => window.Reveal!.isPaused())).toBe(false);
    // Big enough for a finger with a tremor.
    for (const box of await remote.locator('.remote-drive button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    expect(errors).toEqual([]);
  });
});

describe('room mode: questions', () => {
  deckTest('are sent, voted for, answered and hidden; shown as text; most votes first for the presenter', async ({ openDeck, browser }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/questions' });
    const asker = await openFollower(openDeck, room, { viewport: PHONE });
    const voter = await openFollower(openDeck, room, { viewport: DESKTOP });
    const markup = '<img src=x onerror="document.title=1">Can I stop my MS drug before aHSCT?';

    const ask = async (page: Page, text: string): Promise<string> => {
      if (!(await page.locator('#room-questions').isVisible())) await page.getByRole('button', { name: /^Questions/ }).click();
      await page.getByLabel('Your question for the speaker').fill(text);
      await page.getByRole('button', { name: 'Send' }).click();
      const result = page.locator('.question-result');
      await expect.poll(() => result.textContent()).not.toBe('');
      const said = (await result.textContent()) ?? '';
      await result.evaluate((p) => (p.textContent = ''));
      return said;
    };
    expect(await ask(asker.page, markup)).toMatch(/^Sent/);
    expect(await ask(asker.page, 'How long is the hospital stay?')).toMatch(/^Sent/);
    expect(await ask(asker.page, '   ')).toMatch(/Write your question/);

    await voter.page.getByRole('button', { name: /^Questions \(2\)/ }).click();
    await expect.poll(() => listed(voter.page)).toHaveLength(2);
    // Shown as text: the markup's letters, and no image made of them.
    expect(await voter.page.locator('#room-questions img').count()).toBe(0);
    expect(await listed(voter.page)).toContain(markup);
    // A vote moves the hospital question first.
    await voter.page.locator('#room-questions li', { hasText: 'hospital stay' }).getByRole('button', { name: /^Me too/ }).click();
    await expect.poll(() => listed(asker.page)).toEqual(['How long is the hospital stay?', markup]);
    expect(await voter.page.locator('#room-questions li', { hasText: 'hospital stay' }).getByRole('button', { name: /^Voted/ }).isDisabled()).toBe(true);
    await expect.poll(() => asker.page.locator('#room-questions li', { hasText: 'hospital stay' }).locator('.question-votes').textContent()).toBe('2 people ask');

    // The presenter's speaker view lists them, most votes first.
    const popupEvent = presenter.page.context().waitForEvent('page');
    await presenter.page.keyboard.press('s');
    const popup = await popupEvent;
    // The speaker view is a page the notes plugin writes into its window: read it with its own script.
    await popup.waitForFunction(() => document.querySelectorAll('#speaker-questions .question-text').length === 2);
    expect(await listed(popup, '#speaker-questions')).toEqual(['How long is the hospital stay?', markup]);
    expect(await popup.locator('#speaker-questions img').count()).toBe(0);

    // Answered from the speaker view; hidden from the remote.
    await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#speaker-questions li')].find((li) => li.textContent!.includes('hospital stay'))!.querySelector<HTMLButtonElement>('[data-action="answered"]')!.click(),
    );
    await expect.poll(() => asker.page.locator('#room-questions li', { hasText: 'hospital stay' }).locator('.question-status').textContent()).toBe('Answered');
    const context = await browser.newContext({ viewport: PHONE });
    onTestFinished(() => context.close());
    const remote = await context.newPage();
    await remote.goto(room.addresses.remote);
    await remote.locator('.remote-questions .question-text').first().waitFor();
    await remote.locator('.remote-questions li', { hasText: 'stop my MS drug' }).getByRole('button', { name: /^Hide/ }).click();
    await expect.poll(() => listed(asker.page)).toEqual(['How long is the hospital stay?']);
    await expect.poll(() => listed(voter.page)).toEqual(['How long is the hospital stay?']);
    // The presenter still has it, marked hidden, and can show it again.
    await popup.waitForFunction(() => [...document.querySelectorAll('#speaker-questions li')].find((li) => li.textContent!.includes('stop my MS drug'))?.querySelector('.question-status')?.textContent === 'Hidden');
    expect(await presenter.page.title()).not.toBe('1');
    expect(await voter.page.title()).not.toBe('1');
  });
});

describe('room mode: trust', () => {
  deckTest('ignores a follower\'s page and a raw client that try to drive or moderate', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    const asker = rawClient(room);
    expect(await joined(asker)).toBe('joined');
    expect(await asker.emitWithAck('ask', { text: 'Is it safe?' })).toMatchObject({ ok: true });
    const id = room.state().questions[0]!.id;
    const before = { live: room.state().live, place: await presenterPlace(presenter.page) };

    // From the follower's own page, over the page's own connection to the room's socket.
    const sentFromPage = await follower.page.evaluate(async (questionId) => {
      const socket = new WebSocket(`ws://${location.host}/socket.io/?EIO=4&transport=websocket`);
      const frames: string[] = [];
      socket.onmessage = (event) => frames.push(String(event.data));
      await new Promise((resolve) => (socket.onopen = resolve));
      socket.send('40');
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const message of [
        ['drive', { action: 'next' }],
        ['drive', { action: 'blackout' }],
        ['show', { slide: 'risks', step: -1, paused: true, track: 'full' }],
        ['moderate', { id: questionId, status: 'hidden' }],
        ['restore', { live: { slide: 'risks', step: -1, paused: false, track: 'full' }, questions: [], clock: null }],
      ]) socket.send(`42${JSON.stringify(message)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.close();
      return frames.some((frame) => frame.startsWith('42["welcome"'));
    }, id);
    expect(sentFromPage, 'the page joined the room as a follower').toBe(true);

    // From a script, as a follower and with a wrong secret.
    const intruder = rawClient(room, { auth: { client: 'deck' } });
    expect(await joined(intruder)).toBe('joined');
    intruder.emit('drive', { action: 'next' });
    intruder.emit('moderate', { id, status: 'answered' });
    intruder.emit('show', { slide: 'risks', step: -1, paused: false, track: 'full' });
    const guesser = rawClient(room, { auth: { key: 'A'.repeat(27), client: 'deck' } });
    expect(await joined(guesser)).toBe('bad-key');

    await settle(presenter.page, 500);
    expect(await presenterPlace(presenter.page)).toEqual(before.place);
    expect(await presenter.page.evaluate(() => window.Reveal!.isPaused())).toBe(false);
    expect(room.state().live).toEqual(before.live);
    expect(room.state().questions.map((q) => q.status)).toEqual(['open']);
    expect(await followerPlace(follower.page)).toEqual(before.place);
    expect(room.stats().dropped['not-allowed']).toBe(8);
    expect(room.stats().refused.key).toBe(1);
    for (const client of [asker, intruder, guesser]) client.close();
  });

  deckTest('drops junk and floods, refuses another origin, and goes on serving', async ({ openDeck }) => {
    const room = await roomForTest({ limits: { maxConnections: 12 } });
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const junk = rawClient(room);
    expect(await joined(junk)).toBe('joined');
    junk.emit('no-such-thing', { a: 1 });
    junk.emit('vote', { id: '<script>' });
    junk.emit('vote', { id: 'abc', extra: true });
    junk.emit('ask', { text: 'x'.repeat(5000) });
    junk.emit('ask', 'just a string');
    await expect.poll(() => room.stats().dropped).toMatchObject({ unknown: 1, malformed: 3, oversized: 1 });

    // A flood of votes and questions: the rate limits drop the excess.
    const flood = rawClient(room);
    expect(await joined(flood)).toBe('joined');
    for (let i = 0; i < 300; i++) flood.emit('vote', { id: 'abc' });
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => flood.timeout(3000).emitWithAck('ask', { text: `Question number ${i}` }).catch(() => 'no answer')));
    await expect.poll(() => room.stats().dropped.rate).toBeGreaterThan(250);
    expect(room.state().questions.length).toBeLessThanOrEqual(3);
    expect(answers.filter((answer) => JSON.stringify(answer).includes('"ok":true')).length).toBeLessThanOrEqual(3);

    // A packet socket.io cannot read closes that connection alone.
    const broken = rawClient(room);
    expect(await joined(broken)).toBe('joined');
    const closed = new Promise((resolve) => broken.once('disconnect', resolve));
    (broken.io.engine as unknown as { write(data: string): void }).write('2["ask", {broken');
    await closed;

    // Another origin, and more connections than the room holds, are refused.
    const elsewhere = rawClient(room, { origin: 'http://evil.example' });
    expect(await joined(elsewhere)).not.toBe('joined');
    expect(room.stats().refused.origin).toBe(1);
    const crowd = Array.from({ length: 12 }, () => rawClient(room));
    const results = await Promise.all(crowd.map(joined));
    expect(results.filter((r) => r !== 'joined').length).toBeGreaterThan(0);
    expect(room.stats().refused.full).toBeGreaterThan(0);
    for (const client of [junk, flood, elsewhere, ...crowd]) client.close();

    // Still serving: a new follower joins and follows.
    await expect.poll(() => room.stats().connections).toBeLessThanOrEqual(2);
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    await press(presenter.page, 'PageDown');
    await expectFollowing(presenter.page, [follower.page], 'after the junk');
  });
});

describe('room mode: lost connections', () => {
  deckTest('brings a follower whose network was cut back to live when it returns', async ({ openDeck }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    await follower.page.context().setOffline(true);
    await follower.page.getByText('Connecting to the talk…').waitFor({ timeout: 8000 });
    await press(presenter.page, 'PageDown');
    await press(presenter.page, 'PageDown');
    await settle(follower.page, 500);
    expect((await followerPlace(follower.page)).slide, 'nothing reaches a follower offline').toBe('what-is-ms');
    await follower.page.context().setOffline(false);
    const back = performance.now();
    // What the browser says of the requests that failed while offline is not a fault of the page.
    const problems = follower.takeProblems();
    expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await expectFollowing(presenter.page, [follower.page], 'once the network is back');
    expect(performance.now() - back).toBeLessThan(5000);
    await follower.page.locator('.live-marker.is-live').waitFor();
  });

  deckTest('keeps the room through a presenter\'s reload and a restart of the server', async ({ openDeck }) => {
    let room = await openRoom();
    onTestFinished(async () => {
      await room.close();
    });
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const follower = await openFollower(openDeck, room, { viewport: PHONE });
    await follower.page.getByRole('button', { name: /^Questions/ }).click();
    await follower.page.getByLabel('Your question for the speaker').fill('Will my hair fall out?');
    await follower.page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => room.state().questions.length).toBe(1);

    // The presenter reloads: the room stays as it was, and the deck drives it again.
    await presenter.page.reload();
    await presenter.page.waitForFunction(() => window.Reveal?.isReady());
    await press(presenter.page, 'PageDown');
    await expectFollowing(presenter.page, [follower.page], 'after the presenter\'s reload');
    expect(room.state().questions.length).toBe(1);

    // The server stops mid-talk, and the presenter moves on while it is down.
    const { port } = room;
    await room.close();
    await follower.page.getByText('Connecting to the talk…').waitFor();
    await press(presenter.page, 'PageDown');
    room = await openRoom({ port });
    const restarted = performance.now();
    await expectFollowing(presenter.page, [follower.page], 'after the restart');
    expect(performance.now() - restarted, 'everyone back within seconds').toBeLessThan(5000);
    await expect.poll(() => room.state().questions.map((q) => q.text)).toEqual(['Will my hair fall out?']);
    await expect.poll(() => listed(follower.page)).toEqual(['Will my hair fall out?']);
    await press(presenter.page, 'PageDown');
    await expectFollowing(presenter.page, [follower.page], 'on the next move');
    // What the browser says of its tries to reach the server while it was down is not a fault of the page.
    const downWhile = /ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/;
    for (const deck of [presenter, follower]) expect(deck.takeProblems().filter((problem) => !downWhile.test(problem))).toEqual([]);
  });
});

describe('room mode: for everyone to read and use', () => {
  deckTest('passes axe, with 7:1 contrast, in each theme: the follower\'s bar, questions and paused note, and the remote', async ({ openDeck, browser }) => {
    const room = await roomForTest();
    const presenter = await openPresenter(openDeck, room, { hash: '#/what-is-ms' });
    const asker = rawClient(room);
    expect(await joined(asker)).toBe('joined');
    await asker.emitWithAck('ask', { text: 'Can I keep working during the treatment?' });
    for (const theme of ['standard', 'dark', 'yellow']) {
      const display = { theme, text: theme === 'dark' ? 2 : 1 };
      const follower = await openDeck({ site: room.url, query: '?view=reader', viewport: PHONE });
      await follower.page.evaluate((d) => localStorage.setItem('ms-seminar-deck:display', JSON.stringify(d)), display);
      await follower.page.reload();
      await follower.page.locator('.live-marker.is-live').waitFor();
      expect(await axeFindings(follower.page, '#room-status'), `${theme}: the live marker`).toEqual([]);
      await follower.page.getByRole('button', { name: /^Questions/ }).click();
      await follower.page.locator('#room-questions .question-text').first().waitFor();
      expect(await axeFindingsScrolled(follower.page, '#room-questions', '#room-questions'), `${theme}: the questions`).toEqual([]);
      await follower.page.keyboard.press('Escape');
      expect(await follower.page.locator('#room-questions').isVisible(), 'Escape closes them').toBe(false);
      await follower.page.mouse.move(200, 400);
      for (let i = 0; i < 6; i++) await follower.page.mouse.wheel(0, 1000);
      await follower.page.getByRole('button', { name: 'Back to live' }).waitFor();
      await press(presenter.page, 'b');
      await follower.page.locator('.paused-note').waitFor();
      expect(await axeFindings(follower.page, '#room-status'), `${theme}: paused, and away from live`).toEqual([]);
      const targets = await follower.page.locator('#room-status button').evaluateAll((buttons) => buttons.map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]));
      for (const [width, height] of targets) expect(Math.min(width!, height!)).toBeGreaterThanOrEqual(44);
      await press(presenter.page, 'b');

      const context = await browser.newContext({ viewport: PHONE });
      onTestFinished(() => context.close());
      await context.addInitScript((d) => localStorage.setItem('ms-seminar-deck:display', JSON.stringify(d)), display);
      const remote = await context.newPage();
      await remote.goto(room.addresses.remote);
      await remote.locator('.remote-questions .question-text').first().waitFor();
      expect(await axeFindings(remote), `${theme}: the remote`).toEqual([]);
    }
    asker.close();
  });
});
