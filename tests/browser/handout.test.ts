import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { plainText } from '../../src/content/inline.ts';
import { formatDate } from '../../src/render/dates.ts';
import { serveSite, type ServedSite } from '../../src/node/serve-site.ts';
import { allTags, readPdf, tagText, type PdfDocument, type PdfTag } from '../../src/node/pdf-read.ts';
import { ROOT, runCommand, type CommandResult } from '../support/commands.ts';
import { launchBrowser } from '../support/browser.ts';
import { axeFindings } from '../support/axe.ts';
import { greyPages, pdfFonts, pdfInfo, requirePoppler } from '../support/poppler.ts';
import { readQr } from '../support/qr.ts';
import { words } from '../support/text.ts';

/**
 * `npm run handout`, in clear print on A4 and in large print on US Letter, with another
 * seminar's details, run as a user runs it. Each PDF is read back as its reader gets it: with
 * pdf.js, the size of every word on paper and the tag tree a screen reader moves through; with
 * poppler-utils, its fonts and its pixels.
 */
const WORK = join(ROOT, 'test-output', 'handout-test');
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

interface Made {
  file: string;
  run: CommandResult;
  pdf: PdfDocument;
}
const VERSIONS = {
  clear: { args: [], minimum: 12, reading: 14, paper: 'A4', points: [595, 842] },
  large: { args: ['--large-print', '--paper', 'letter'], minimum: 16, reading: 18, paper: 'Letter', points: [612, 792] },
} as const;
const made = {} as Record<keyof typeof VERSIONS, Made>;

beforeAll(async () => {
  requirePoppler();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'seminar.json'), JSON.stringify(SEMINAR));
  for (const [name, version] of Object.entries(VERSIONS) as [keyof typeof VERSIONS, (typeof VERSIONS)[keyof typeof VERSIONS]][]) {
    const file = join(WORK, `handout-${name}.pdf`);
    const run = await runCommand('tsx', ['src/node/handout.ts', '--out', file, '--site', SITE, ...version.args], {
      SEMINAR_CONFIG: join(WORK, 'seminar.json'),
      CHROME_PATH: inject('chromePath'),
    });
    expect(run.code, run.stderr).toBe(0);
    made[name] = { file, run, pdf: await readPdf(file) };
  }
});

/** Text as it reads on paper, words only: citations ([4], [2, 3]) and spacing left out. */
const paperWords = (text: string): string => words(text.replace(/\[[\d,\s]+\]/g, ' '));
const squashed = (text: string): string => text.replace(/\s+/g, '');
const tagsOf = (pdf: PdfDocument): PdfTag[] => pdf.pages.flatMap((page) => allTags(page.tags));

describe.each(Object.keys(VERSIONS) as (keyof typeof VERSIONS)[])('the %s print handout', (name) => {
  const version = VERSIONS[name];
  const pdf = (): PdfDocument => made[name].pdf;

  it('is made in well under 30 seconds, saying each stage in a line', () => {
    const { run } = made[name];
    const stages = run.lines.map((line) => line.text);
    expect(stages[0]).toMatch(/^Building the site .* seminar details from .*seminar\.json/);
    expect(stages).toContainEqual(expect.stringMatching(/^Writing \d+ pages to .*\.pdf\.\.\.$/));
    expect(run.seconds).toBeLessThan(30);
  });

  it(`is on ${version.paper} paper, titled with the seminar, in English, tagged, fonts embedded, under 5 MB`, () => {
    for (const page of pdf().pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual(version.points);
    const info = pdfInfo(made[name].file);
    expect(info.Title).toBe(`${talk.title}: handout, ${SEMINAR.organisation}, 9 March 2027`);
    expect(info.Tagged).toBe('yes');
    expect(pdf().language).toBe('en');
    expect(pdfFonts(made[name].file).filter((font) => !font.embedded)).toEqual([]);
    expect(statSync(made[name].file).size).toBeLessThan(FIVE_MB);
  });

  it(`sets every word on every page at ${version.minimum} pt or more, the picture's words included`, () => {
    const small = pdf().pages.flatMap((page) => page.words.filter((word) => word.size < version.minimum - 0.05).map((word) => `page ${page.number}: "${word.text}" at ${word.size.toFixed(1)} pt`));
    expect(small).toEqual([]);
    // The figures' own labels are real text on the page: the myelin figure's stages, say.
    expect(pdf().pages.some((page) => /Healthy/.test(page.text) && /Blocked/.test(page.text))).toBe(true);
  });

  it(`sets what the speaker says at ${version.reading} pt or more`, () => {
    const narration = slides[3]!.notes[0]!;
    const first = plainText(narration).split(' ').slice(0, 4).join(' ');
    const page = pdf().pages.find((p) => p.text.includes(first))!;
    const sizes = page.words.filter((word) => first.includes(word.text.trim())).map((word) => word.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(version.reading - 0.05);
  });

  it('has a cover with the title, the seminar details, review dates, who made it, the disclaimer and the address', () => {
    const cover = pdf().pages.slice(0, 2).map((page) => page.text).join(' ');
    for (const value of [talk.title, SEMINAR.presenter, SEMINAR.organisation, '9 March 2027', SEMINAR.venue, SEMINAR.contact, SEMINAR.interests, talk.credits.writtenBy[0]!.name]) {
      expect(squashed(cover)).toContain(squashed(value));
    }
    expect(squashed(cover)).toContain(squashed(SEMINAR.url));
    expect(squashed(cover)).toContain(squashed(`Last reviewed ${formatDate(talk.lastReviewed)}. Next review by ${formatDate(talk.nextReview)}.`));
    expect(squashed(cover)).toContain(squashed(talk.disclaimer));
  });

  it("lists the talk's sections on the cover with the page each starts on", () => {
    const cover = squashed(pdf().pages.slice(0, 2).map((page) => page.text).join(' '));
    const sections = [...new Set(slides.map((slide) => slide.section))];
    for (const section of sections) {
      const first = slides.find((slide) => slide.section === section)!;
      const number = pdf().pages.findIndex((page, i) => i > 0 && squashed(page.text).includes(squashed(plainText(first.title)))) + 1;
      expect(cover, section).toContain(squashed(`${section}page ${number}`));
    }
  });

  it("has every slide's title and narration, in the talk's order", () => {
    const all = paperWords(pdf().pages.map((page) => page.text).join(' '));
    let from = 0;
    for (const slide of slides) {
      const at = all.indexOf(paperWords(plainText(slide.title)), from);
      expect(at, `slide "${slide.id}" title`).toBeGreaterThanOrEqual(0);
      for (const paragraph of slide.notes) expect(all.indexOf(paperWords(plainText(paragraph)), at), `slide "${slide.id}" narration`).toBeGreaterThan(at);
      from = at;
    }
  });

  it('gives a screen reader one top heading, then a heading for each slide, in order, and bookmarks', () => {
    const tags = tagsOf(pdf());
    expect(tags.filter((tag) => tag.role === 'H1').map(tagText)).toHaveLength(1);
    const headings = tags.filter((tag) => tag.role === 'H2').map((tag) => squashed(tagText(tag)));
    let from = 0;
    for (const slide of slides) {
      const at = headings.indexOf(squashed(plainText(slide.title)), from);
      expect(at, `an H2 for slide "${slide.id}"`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const outline = pdf().outline.map(squashed);
    for (const slide of slides) expect(outline, `a bookmark for slide "${slide.id}"`).toContain(squashed(plainText(slide.title)));
  });

  it('tags the glossary and the sources as lists, and the comparison as a table with header cells', () => {
    const tags = tagsOf(pdf());
    const lists = tags.filter((tag) => tag.role === 'L').map((tag) => squashed(tagText(tag)));
    const term = Object.values(library.glossary).sort((a, b) => a.term.localeCompare(b.term))[0]!;
    expect(lists.some((text) => text.includes(squashed(term.term)) && text.includes(squashed(term.definition)))).toBe(true);
    expect(lists.some((text) => text.includes(squashed(library.sources.S7!.title)))).toBe(true);
    const comparison = tags.find((tag) => tag.role === 'Table' && squashed(tagText(tag)).includes('Nochange'));
    expect(comparison, 'the comparison as a Table').toBeDefined();
    expect(allTags(comparison!).filter((tag) => tag.role === 'TH').length).toBeGreaterThanOrEqual(5);
  });

  it('gives every figure a Figure tag with its words as alternative text', () => {
    const figures = slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type !== 'comparison' ? [slide] : [])));
    const alts = tagsOf(pdf())
      .filter((tag) => tag.role === 'Figure' && tag.alt)
      .map((tag) => squashed(tag.alt!));
    for (const slide of figures) expect(alts.some((alt) => alt.startsWith(squashed(plainText(slide.title)))), `slide "${slide.id}"`).toBe(true);
  });

  it('has no blank page', () => {
    greyPages(made[name].file, 20).forEach((page, i) => {
      const inked = page.pixels.filter((value) => value < 200).length / page.pixels.length;
      expect(inked, `page ${i + 1} is (nearly) blank`).toBeGreaterThan(0.01);
    });
  });
});

describe('the clear print handout', () => {
  it('has a QR code on the cover that a decoder reads as the address', () => {
    const png = execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', made.clear.file]);
    expect(readQr(png)).toBe(SEMINAR.url);
  });

  it('gives the questions lines to write on', () => {
    const page = made.clear.pdf.pages.find((p) => p.text.includes(plainText(slides.find((s) => s.id === 'questions')!.title)))!;
    expect(page.text).toContain('Answers and your own questions');
  });
});

describe('the handout in a browser (?print-pdf), as a print dialog prints it', () => {
  let browser: Browser;
  let site: ServedSite;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite(SITE);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each([
    ['clear print', '', 12 * (4 / 3)],
    ['large print', '&large-print', 16 * (4 / 3)],
  ])('%s: passes axe with 7:1 contrast, and sets no text smaller than its floor', async (_name, query, floorPx) => {
    await page.goto(`${site.url}?print-pdf${query}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    await page.emulateMedia({ media: 'print' });
    expect(await axeFindings(page)).toEqual([]);
    const smallest = await page.evaluate(() => {
      const sizes: number[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent?.trim() || el.closest('.visually-hidden, svg, [hidden], template') || el.getClientRects().length === 0) continue;
        if (getComputedStyle(el).display === 'none') continue;
        sizes.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(floorPx - 0.1);
    await page.emulateMedia({ media: 'screen' });
  });
});
