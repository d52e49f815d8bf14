import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type ServedSite } from '../../src/node/serve-site.ts';
import { ROOT, runCommand } from '../support/commands.ts';
import { launchBrowser, settle, showStep, waitForDeck } from '../support/browser.ts';
import { spills, typeSizes } from '../support/layout.ts';
import { MAX_LENGTH } from '../../src/build/seminar-config.ts';
import { readQr } from '../support/qr.ts';
import { squash } from '../support/text.ts';
import { library } from '../../slides/index.ts';

/** One deck, many seminars: a build with other seminar details shows them, and a bad file stops it. */
const WORK = join(ROOT, 'test-output', 'seminar-test');
const SITE = join(WORK, 'site');
/** Markup-like characters, and every value as long as the checks allow (MAX_LENGTH). */
const CUSTOM = {
  presenter: 'Prof Ana Ruiz-Montgomery <b>& teams</b>',
  organisation: 'Riverside & District "MS" Support Circle',
  date: '2027-12-30',
  venue: 'Riverside Community Library, Main Room 2',
  contact: 'seminar-enquires@riverside-district-ms.example.org',
  url: 'https://riverside-district-ms.example.org/seminars/ms/?from=slides&v=2',
  interests: 'Paid by <i>Acme</i> Pharma in 2026 to teach nurses about MS medicines; sits on a board of the Riverside transplant unit',
  sponsor: 'Riverside District Council & the Friends of Riverside Library, who lend the room',
};

let browser: Browser;
let site: ServedSite;
let page: Page;

const slideText = async (selector: string): Promise<string> => squash(await page.evaluate((sel) => document.querySelector(sel)!.textContent!, selector));

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'seminar.json'), JSON.stringify(CUSTOM, null, 2));
  const built = await runCommand('vite', ['build', '--outDir', SITE, '--emptyOutDir'], { SEMINAR_CONFIG: join(WORK, 'seminar.json') });
  expect(built.code, built.stderr).toBe(0);
  site = await serveSite(SITE);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`${site.url}?transition=none`);
  await waitForDeck(page);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a build with SEMINAR_CONFIG', () => {
  it('is tried with values as long as allowed', () => {
    for (const [key, max] of Object.entries(MAX_LENGTH)) expect(CUSTOM[key as keyof typeof MAX_LENGTH].length, key).toBeGreaterThanOrEqual(max - 1);
  });

  it('shows the seminar details, as written, on the title slide', async () => {
    const text = await slideText('.slides > section:first-of-type .seminar');
    for (const value of [CUSTOM.presenter, CUSTOM.organisation, '30 December 2027', CUSTOM.venue, CUSTOM.url]) expect(text).toContain(value);
    expect(await page.locator('.seminar b').count(), 'a value was read as HTML').toBe(0);
  });

  it('shows them on the closing slide, with a QR code that a decoder reads as the address', async () => {
    const index = await page.evaluate(() => window.Reveal!.getSlides().findIndex((s) => s.querySelector('.seminar[data-layout="closing"]')));
    expect(index, 'no closing slide with the seminar details').toBeGreaterThan(0);
    await page.evaluate((i) => window.Reveal!.slide(i), index);
    await settle(page);
    const text = await slideText('.slides > section.present .seminar');
    for (const value of [CUSTOM.presenter, CUSTOM.organisation, CUSTOM.contact, CUSTOM.url]) expect(text).toContain(value);

    const qr = page.locator('.slides > section.present .qr svg');
    expect(await qr.getAttribute('role')).toBe('img');
    expect(await qr.getAttribute('aria-label')).toBe(`QR code for the address ${CUSTOM.url}`);
    // The whole slide as the room sees it, 1280 x 720 at one pixel per CSS pixel.
    expect(readQr(await page.screenshot())).toBe(CUSTOM.url);
  });

  it('keeps the title, credits and closing slides within the canvas and their type large, with the longest values', async () => {
    const indices = await page.evaluate(() => window.Reveal!.getSlides().flatMap((s, i) => (s.querySelector('.seminar, .credits') ? [i] : [])));
    expect(indices.length).toBe(3);
    for (const index of indices) {
      await showStep(page, index, -1);
      expect(await spills(page), `slide ${index + 1}`).toEqual([]);
      expect((await typeSizes(page)).tooSmall, `slide ${index + 1}`).toEqual([]);
    }
  });

  it('says who wrote, checked and paid for the talk on the title and closing slides, and everyone\'s interests on the slide they link to', async () => {
    const { credits } = library.talk;
    for (const selector of ['.slides > section:first-of-type .credits', '.slides > section:last-of-type .credits']) {
      const text = await slideText(selector);
      for (const person of [...credits.writtenBy, ...credits.clinicalReviewers]) expect(text).toContain(person.name);
      expect(text).toContain(credits.fundedBy);
      expect(text).toContain('Everyone’s interests: slide 2.');
    }
    const full = await slideText('#about .credits');
    for (const person of [...credits.writtenBy, ...credits.clinicalReviewers, ...credits.patientReviewers]) {
      expect(full).toContain(person.name);
      if (!/^none/i.test(person.interests)) expect(full).toContain(person.interests);
    }
    expect(full).toContain(CUSTOM.interests);
    expect(full).toContain(CUSTOM.sponsor);
    expect(await page.locator('.credits i').count(), 'a value was read as HTML').toBe(0);
  });

  it('puts a QR code of the address on the title slide too', async () => {
    await page.evaluate(() => window.Reveal!.slide(0));
    await settle(page);
    expect(readQr(await page.screenshot())).toBe(CUSTOM.url);
  });
});

describe('a bad seminar details file', () => {
  const GOOD = { ...CUSTOM, presenter: 'Dr Ana Ruiz' };
  const cases: [string, string, string, RegExp][] = [
    ['a missing field', 'no-contact.json', JSON.stringify({ ...GOOD, contact: undefined }), /field "contact" is missing/],
    ['no word on interests', 'no-interests.json', JSON.stringify({ ...GOOD, interests: undefined }), /field "interests" is missing\. Write the presenter's interests/],
    ['a date that is not a date', 'bad-date.json', JSON.stringify({ ...GOOD, date: '2027-13-01' }), /field "date"/],
    ['a URL that is not http or https', 'bad-url.json', JSON.stringify({ ...GOOD, url: 'file:///etc/passwd' }), /field "url"/],
    ['an unknown key', 'extra-key.json', JSON.stringify({ ...GOOD, room: '4' }), /field "room" is not a seminar detail/],
    ['invalid JSON', 'broken.json', '{ "presenter": "Dr Ana Ruiz",, }', /not valid JSON/],
  ];

  it.each(cases)('(%s) stops the build with one message naming the file and field, and leaves dist/ as it was', async (_kind, name, text, problem) => {
    const dist = join(WORK, `dist-${name.replace('.json', '')}`);
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the previous build');
    writeFileSync(join(dist, 'marker.txt'), 'still here');
    writeFileSync(join(WORK, name), text);

    const result = await runCommand('vite', ['build', '--outDir', dist, '--emptyOutDir'], { SEMINAR_CONFIG: join(WORK, name) });

    expect(result.code).not.toBe(0);
    const messages = result.stderr.split('\n').filter((line) => line.includes('Seminar details'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(name);
    expect(messages[0]).toMatch(problem);
    expect(result.stderr, 'a stack trace instead of one message').not.toMatch(/^\s+at /m);
    expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe('still here');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(join(dist, 'offline.html'))).toBe(false);
  });

  it('stops npm run handout the same way, before it builds or prints anything', async () => {
    const dist = join(WORK, 'dist-handout');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'marker.txt'), 'still here');
    writeFileSync(join(WORK, 'bad-handout.json'), JSON.stringify({ ...GOOD, date: 'next Tuesday' }));

    const result = await runCommand('tsx', ['src/node/handout.ts', '--site', dist, '--out', join(dist, 'handout.pdf')], {
      SEMINAR_CONFIG: join(WORK, 'bad-handout.json'),
      CHROME_PATH: inject('chromePath'),
    });

    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^Seminar details in .*bad-handout\.json: field "date": "next Tuesday" is not a date/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe('still here');
    expect(existsSync(join(dist, 'handout.pdf'))).toBe(false);
  });
});
