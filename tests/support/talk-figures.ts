import { library } from '../../slides/index.ts';
import type { Seminar } from '../../src/content/model.ts';
import { drawFigure } from '../../src/figures/figure-drawing.ts';
import { renderSlides } from '../../src/render/render-slides.ts';

const seminar: Seminar = {
  presenter: 'Dr Alex Morgan', organisation: 'Org', date: '2027-02-13', contact: 'a@b.org', url: 'https://example.org/deck/', interests: 'None', sponsor: 'None',
};

/**
 * The talk's figures as the build writes them into the page, drawn by the browser's code (in a
 * DOM such as happy-dom's), wide as on the slides or narrow as for a phone. Each call adds a
 * copy of the slides to the page.
 */
export function drawTalkFigures({ narrow = false } = {}): HTMLElement[] {
  const root = document.createElement('div');
  root.className = 'reveal';
  root.innerHTML = `<div class="slides">${renderSlides({ ...library, seminar, readAsset: () => '<svg viewBox="0 0 10 10"></svg>' })}</div>`;
  document.body.append(root);
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-figure]')];
  figures.forEach((figure) => drawFigure(figure, { narrow }));
  return figures;
}
