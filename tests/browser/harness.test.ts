import { describe, expect } from 'vitest';
import { axeFindings } from '../support/axe.ts';
import { deckTest } from '../support/deck-test.ts';
import { spills, typeSizes } from '../support/layout.ts';
import { lowContrastSvgText } from '../support/contrast.ts';

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
});
