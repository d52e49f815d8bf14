import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { plainText } from '../../src/content/inline.ts';
import { formatDate } from '../../src/render/dates.ts';
import { serveSite, type ServedSite } from '../../src/node/serve-site.ts';
import { ROOT, runCommand, type CommandResult } from '../support/commands.ts';
import { launchBrowser } from '../support/browser.ts';
import { axeFindings } from '../support/axe.ts';
import { greyPages, pageText, pdfFonts, pdfInfo, requirePoppler } from '../support/poppler.ts';
import { readQr } from '../support/qr.ts';
import { words } from '../support/text.ts';

/**
 * `npm run handout` with another seminar's details, run as a user runs it; then the PDF is read
 * with poppler-utils, as text, fonts and pixels.
 */
const WORK = join(ROOT, 'test-output', 'handout-test');
const PDF = join(WORK, 'handout.pdf');
const SITE = join(WORK, 'site');
const SEMINAR = {
  presenter: 'Dr Ana Ruiz & <b>team</b>',
  organisation: 'Riverside "MS" Circle',
  date: '2027-03-09',
  venue: 'Riverside Library, Room 4',
  contact: 'hello@riverside.example.org',
  url: 'https://riverside.example.org/ms-seminar/?from=handout&v=2',
  interests: 'Paid by Acme Pharma to teach nurses about MS medicines',
  sponsor: 'Riverside Council, which lends the room',
};
const { talk } = library;
const slides = talk.slides;
const FIVE_MB = 5 * 1024 * 1024;

let run: CommandResult;

beforeAll(async () => {
  requirePoppler();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'seminar.json'), JSON.stringify(SEMINAR));
  run = await runCommand('tsx', ['src/node/handout.ts', '--out', PDF, '--site', SITE], {
    SEMINAR_CONFIG: join(WORK, 'seminar.json'),
    CHROME_PATH: inject('chromePath'),
  });
  expect(run.code, run.stderr).toBe(0);
});

/** Text of a slide's narration as it reads on paper: citations as [n], words only. */
const paperWords = (text: string): string => words(text.replace(/\[[\d,\s]+\]/g, ' '));

describe('npm run handout', () => {
  it('shows one line per stage while it works, and finishes well under a minute', () => {
    const stages = run.lines.map((line) => line.text);
    expect(stages[0]).toMatch(/^Building the site .* seminar details from .*seminar\.json/);
    expect(stages).toContainEqual(`Rendering ${slides.length + 1} pages...`);
    expect(stages).toContainEqual(expect.stringMatching(/^Writing .*handout\.pdf/));
    expect(run.seconds).toBeLessThan(60);
  });

  it('makes an A4 PDF of a cover and one page per slide, no more, titled with the seminar as text', () => {
    const info = pdfInfo(PDF);
    expect(Number(info.Pages)).toBe(slides.length + 1);
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info.Title).toBe(`${talk.title}: handout, ${SEMINAR.organisation}, 9 March 2027`);
    expect(info.Tagged).toBe('yes');
  });

  it('has a cover with the title, the seminar details, review dates, disclaimer and the address', () => {
    const cover = pageText(PDF, 1);
    for (const value of [talk.title, SEMINAR.presenter, SEMINAR.organisation, '9 March 2027', SEMINAR.venue, SEMINAR.contact]) {
      expect(cover).toContain(value);
    }
    // A long address may wrap over two lines.
    expect(cover.replace(/\s/g, '')).toContain(SEMINAR.url);
    expect(cover).toContain(`Last reviewed ${formatDate(talk.lastReviewed)}. Next review by ${formatDate(talk.nextReview)}.`);
    expect(cover).toContain(talk.disclaimer);
  });

  it('has a QR code on the cover that a decoder reads as the address', () => {
    const png = execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', PDF]);
    expect(readQr(png)).toBe(SEMINAR.url);
  });

  it.each(slides.map((slide, i) => [slide.id, i] as const))('prints slide "%s" on its own page with its title, narration and page number', (_id, i) => {
    const text = paperWords(pageText(PDF, i + 2));
    const slide = slides[i]!;
    expect(text).toContain(paperWords(plainText(slide.title)));
    for (const paragraph of slide.notes) expect(text).toContain(paperWords(plainText(paragraph)));
    expect(text).toContain(`Page ${i + 2} of ${slides.length + 1}`);
  });

  it('embeds every font', () => {
    const fonts = pdfFonts(PDF);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('has no blank page', () => {
    const pages = greyPages(PDF, 20);
    expect(pages).toHaveLength(slides.length + 1);
    pages.forEach((page, i) => {
      const inked = page.pixels.filter((value) => value < 200).length / page.pixels.length;
      expect(inked, `page ${i + 1} is (nearly) blank`).toBeGreaterThan(0.02);
    });
  });

  it('is under 5 MB', () => {
    expect(statSync(PDF).size).toBeLessThan(FIVE_MB);
  });
});

describe('the print view (?print-pdf) the handout is made from', () => {
  let browser: Browser;
  let site: ServedSite;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite(SITE);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${site.url}?print-pdf`);
    await page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('sets the narration at 12 pt or more (16 CSS px)', async () => {
    const sizes = await page.evaluate(() => [...document.querySelectorAll('.handout-narration p')].map((p) => parseFloat(getComputedStyle(p).fontSize)));
    expect(sizes).toHaveLength(slides.reduce((n, slide) => n + slide.notes.length + 1, 0));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  });

  it('passes axe, with 7:1 contrast for all text', async () => {
    expect(await axeFindings(page)).toEqual([]);
  });

  it('fits everything on its page: nothing cut off at the foot', async () => {
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.handout-page')]
        .filter((p) => p.scrollHeight > p.clientHeight + 1 || p.classList.contains('handout-compact'))
        .map((p) => p.querySelector('section')?.id ?? 'cover'),
    );
    expect(overflowing).toEqual([]);
  });
});
