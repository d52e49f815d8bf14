import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { PHONE, settle } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { spills, typeSizes } from '../support/layout.ts';
import { lowContrastSvgText } from '../support/contrast.ts';
import {
  cutOffText,
  drawAllFigures,
  figureShows,
  hiddenTextShowing,
  landmarkProblems,
  missingOrRepeated,
  overlapsNext,
  overrideTextSpacing,
  readerTypeSizes,
  scrollToSection,
  sidewaysScroll,
  smallLabels,
} from '../support/reader.ts';

/** The reader view's page checks, each finding nothing. */
async function expectClean(page: Page): Promise<void> {
  expect(await sidewaysScroll(page)).toEqual([]);
  expect(await missingOrRepeated(page)).toEqual([]);
  expect(await hiddenTextShowing(page)).toEqual([]);
  expect(await landmarkProblems(page)).toEqual([]);
  expect(await cutOffText(page)).toEqual([]);
  expect(await overlapsNext(page)).toEqual([]);
}

/** The checks the suite relies on must catch what they are meant to catch. */
describe('the browser checks', () => {
  deckTest('catch a planted problem of each kind on a slide', async ({ openDeck }) => {
    const deck = await openDeck({ query: '?transition=none', hash: '#/what-is-ms' });
    await deck.page.evaluate(() => {
      const body = window.Reveal!.getCurrentSlide().querySelector('.slide-body')!;
      const faint = document.createElement('p');
      faint.className = 'planted';
      faint.textContent = 'Grey text at 5 to 1';
      faint.setAttribute('style', 'color:#6b6b6b;');
      const wide = document.createElement('p');
      wide.className = 'planted';
      wide.textContent = 'Tiny text too wide for the slide';
      wide.setAttribute('style', 'font-size:20px;width:2000px;');
      const figure = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      figure.setAttribute('class', 'planted');
      figure.setAttribute('viewBox', '0 0 400 60');
      figure.setAttribute('width', '400');
      figure.innerHTML = '<text x="0" y="40" font-size="30" fill="#9a9a9a">Pale label</text>';
      body.prepend(faint, figure);
      body.append(wide);
    });
    const findings = await axeFindings(deck.page);
    const rules = findings.map((finding) => finding.rule);
    expect(rules).toContain('color-contrast-enhanced');
    expect((await lowContrastSvgText(deck.page)).join()).toMatch(/"Pale label" at 2\.\d+:1/);
    expect((await spills(deck.page)).join()).toMatch(/p.planted "Tiny text/);
    expect((await typeSizes(deck.page)).tooSmall.join()).toMatch(/Tiny text.*20\.0px/);
    await deck.page.evaluate(() => document.querySelectorAll('.planted').forEach((el) => el.remove()));
    expect(await axeFindings(deck.page)).toEqual([]);
    expect(await spills(deck.page)).toEqual([]);
    expect(await lowContrastSvgText(deck.page)).toEqual([]);
  });

  deckTest('catch a console error, an uncaught error and a request off the origin, reported after the test', async ({ openDeck }) => {
    const deck = await openDeck({ hash: '#/what-is-ms' });
    const popup = deck.page.waitForEvent('popup');
    await deck.page.evaluate(() => {
      console.error('planted console error');
      setTimeout(() => {
        throw new Error('planted uncaught error');
      });
      // The page's policy stops a planted image, script or fetch before it asks; a window it lets open.
      window.open('https://planted.example.invalid/');
    });
    const planted = ['console error: planted console error', 'uncaught: planted uncaught error', 'request left the origin: https://planted.example.invalid/'];
    await expect.poll(() => deck.problems).toEqual(expect.arrayContaining(planted));
    await (await popup).close();
    expect(deck.takeProblems()).toEqual(expect.arrayContaining(planted));
  });

  deckTest('catch a planted problem of each kind in the reader view', async ({ openDeck }) => {
    const { page } = await openDeck({ viewport: PHONE, hasTouch: true, isMobile: true });
    const minimums = { body: 18, floor: 16, heading: 22 };
    await drawAllFigures(page);
    // Clean to start with, so each finding below is the planted problem's.
    await expectClean(page);

    await page.evaluate(() => {
      const plant = (html: string, where: Element, at: InsertPosition = 'beforeend'): void => where.insertAdjacentHTML(at, html);
      const body = (id: string): Element => document.querySelector(`[id="${id}"] .slide-body`)!;
      // Wider than any phone: the page scrolls sideways.
      plant('<div class="planted" style="width:1000px">A box 1000px wide</div>', body('overview'));
      // Small type: one set small, one drawn small by a transform while its CSS keeps a lead's size.
      plant('<p class="lead planted" style="font-size:12px">Twelve pixel words</p>', body('what-is-ms'));
      plant('<p class="lead planted" style="transform:scale(0.5)">Words scaled to half</p>', body('what-is-ms'));
      // A figure's words drawn at 30 units in a 1000-unit picture 300px wide: 9px on screen.
      plant('<svg class="planted" viewBox="0 0 1000 100" width="300"><text x="0" y="50" font-size="30">Tiny label</text></svg>', body('symptoms'));
      // A slide twice, and one without its narration.
      const copy = document.getElementById('diagnosis')!.cloneNode(true) as Element;
      copy.classList.add('planted');
      document.getElementById('diagnosis')!.after(copy);
      document.querySelector('#treatments > aside.notes')!.classList.replace('notes', 'planted-notes');
      // The hidden word before a citation number, showing.
      plant('<span class="visually-hidden planted" style="position:static !important;width:auto !important;height:auto !important;clip:auto !important">Source</span>', body('risks'));
      // reveal.js's application role, and a second main.
      document.querySelector('.slides')!.setAttribute('role', 'application');
      plant('<main class="planted">Another main</main>', document.body);
      // A line in a box just its height, which more line height cuts off; and words spilling
      // from a box too short for them over what comes next.
      plant('<p class="planted" style="height:1.3em;line-height:1.25;overflow:hidden">One line that fits</p>', body('candidates'));
      plant('<div class="planted" style="height:10px"><p>Words in a box ten pixels tall, spilling over the slide under it and the next one</p></div>', document.querySelector('#thanks > aside.notes')!, 'beforebegin');
      // A table cell at 4.3:1, in a column off to the side of the frame that scrolls it.
      const cell = document.querySelector<HTMLElement>('#comparison-figure tbody tr:first-child td:last-child')!;
      cell.style.color = '#707070';
      // A comparison's table clipped out of sight, as the slides' rule for its screen-reader copy did.
      document.querySelector<HTMLElement>('#comparison-figure .figure-table')!.style.clipPath = 'inset(50%)';
    });

    expect((await sidewaysScroll(page)).join()).toMatch(/div\.planted "A box 1000px wide" in overview reaches 10\d\dpx/);
    const sizes = await readerTypeSizes(page, minimums);
    expect(sizes.smallBody.join()).toMatch(/"Twelve pixel words" in what-is-ms at 12\.0px/);
    // A lead is 20.8px in its CSS; drawn at half, it is 10.4px to the eye.
    expect(sizes.smallBody.join()).toMatch(/"Words scaled to half" in what-is-ms at 10\.4px/);
    expect(sizes.tooSmall.join()).toMatch(/Twelve pixel words.*Words scaled to half/);
    expect((await smallLabels(page)).symptoms).toEqual(['"Tiny label" at 9.0px']);
    const missing = await missingOrRepeated(page);
    expect(missing.join('\n')).toMatch(/sections .*diagnosis, diagnosis/);
    expect(missing.join('\n')).toMatch(/"diagnosis" is in the page 2 times/);
    expect(missing.join('\n')).toMatch(/"treatments" has 0 narrations/);
    expect(await hiddenTextShowing(page)).toEqual([expect.stringMatching(/"Source" in risks shows in a \d+x\d+ box, unclipped/)]);
    expect(await landmarkProblems(page)).toEqual(['2 main landmarks', 'role="application" on main#talk']);
    expect((await overlapsNext(page)).join()).toMatch(/thanks: div\.planted "Words in a box ten pixel" reaches \d+px over aside/);
    expect((await figureShows(page, 'comparison-figure')).shows).toEqual([]);
    await page.evaluate(() => document.querySelector<HTMLElement>('#comparison-figure .figure-table')!.style.removeProperty('clip-path'));
    // The faint cell is off to the side, where axe cannot place it until the frame is scrolled
    // across: leaving out what is scrolled out of sight at each place must not lose it.
    await scrollToSection(page, 'comparison');
    const scrolled = await axeFindingsScrolled(page, '.table-frame', '#comparison');
    expect(scrolled.flatMap((finding) => finding.targets).join()).toMatch(/td:nth-child\(5\)/);
    expect(await cutOffText(page)).toEqual([]);
    await overrideTextSpacing(page);
    expect((await cutOffText(page)).join()).toMatch(/p\.planted "One line that fits" in candidates shows \d+x\d+ of \d+x\d+/);
    await page.evaluate(() => {
      document.querySelectorAll('.planted').forEach((el) => el.remove());
      document.querySelector('#treatments > aside.planted-notes')!.classList.replace('planted-notes', 'notes');
      document.querySelector('.slides')!.removeAttribute('role');
      document.querySelector<HTMLElement>('#comparison-figure tbody tr:first-child td:last-child')!.style.removeProperty('color');
    });
    await settle(page);
    await expectClean(page);
    expect(await smallLabels(page, 14, '#symptoms')).toEqual({});
  });
});
