// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { animate, stopMotion } from '../../src/figures/figure-drawing.ts';
import { NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { narrowProcedureLayout } from '../../src/figures/procedure-layout.ts';
import type { ProcedureSpec } from '../../src/figures/procedure-content.ts';
import { routePoints } from '../../src/figures/route-path.ts';
import { narrowTimelineLayout } from '../../src/figures/timeline.ts';
import type { TimelineSpec } from '../../src/figures/timeline-content.ts';
import { drawTalkFigures } from '../support/talk-figures.ts';

/**
 * Each figure drawn narrow, for a phone, against the same figure drawn wide for the slides:
 * the same words and marks at every step, told to screen readers the same way, with motion
 * along the narrow drawing's own lines.
 */

const wide = drawTalkFigures();
const narrow = drawTalkFigures({ narrow: true });
const pairs = narrow.map((figure, i) => ({ id: figure.id, kind: figure.dataset.figure!, narrow: figure, wide: wide[i]! }));
const svgOf = (figure: HTMLElement): SVGSVGElement => figure.querySelector('svg')!;
const specOf = <Spec>(figure: HTMLElement): Spec => JSON.parse(figure.dataset.spec!) as Spec;

/** Every mark shown at some steps only, as what it is, which steps, and its words: the picture's story, wherever it is drawn. */
function stepMarks(figure: HTMLElement): string[] {
  return [...figure.querySelectorAll('.figure-art [data-steps]')]
    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class')} @${el.getAttribute('data-steps')} ${el.textContent?.trim() ?? ''}`)
    .sort();
}

/** Where a mark's transform puts it. */
function placeOf(mover: Element): [number, number] {
  const [, x, y] = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(mover.getAttribute('transform') ?? '')!;
  return [Number(x), Number(y)];
}

describe.each(pairs)('the $kind figure "$id", drawn narrow', ({ kind, narrow: figure, wide: slide }) => {
  it('is one image for screen readers, with the same name and description as on the slide', () => {
    const svg = svgOf(figure);
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => svg.querySelector(`[id="${id}"]`));
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(title!.textContent).toBe(svgOf(slide).querySelector('title')!.textContent);
    expect(desc!.textContent).toBe(svgOf(slide).querySelector('desc')!.textContent);
    expect(title!.textContent).not.toBe('');
    expect(figure.dataset.layout).toBe('narrow');
  });

  it('shows the same marks and words at every step as the slide does', () => {
    expect(stepMarks(figure).length).toBeGreaterThan(0);
    expect(stepMarks(figure)).toEqual(stepMarks(slide));
    expect(figure.querySelectorAll('.mover')).toHaveLength(slide.querySelectorAll('.mover').length);
  });

  it.skipIf(kind === 'comparison')('is drawn at the narrow width, taller than wide, with every word hidden from screen readers', () => {
    const [, , width, height] = svgOf(figure).getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).toBe(NARROW_WIDTH);
    expect(height).toBeGreaterThan(width! / 3);
    for (const text of figure.querySelectorAll('text')) expect(text.getAttribute('aria-hidden'), text.textContent!).toBe('true');
  });
});

describe('motion in a narrow drawing', () => {
  const pair = (kind: string): (typeof pairs)[number] => pairs.find((p) => p.kind === kind)!;

  it('moves the procedure\'s cells along the narrow drawing\'s routes', () => {
    const { narrow: figure } = pair('procedure');
    const routes = narrowProcedureLayout(specOf<ProcedureSpec>(figure)).routes;
    for (const [to, flow] of [[3, 'collect'], [4, 'freeze'], [7, 'settle']] as const) {
      animate(figure, to - 1, to);
      const moving = [...figure.querySelectorAll('.in-motion')];
      expect(moving.length, `step ${to}`).toBeGreaterThan(0);
      const start = routePoints(routes[flow])[0]!;
      for (const mover of moving) expect(placeOf(mover), `step ${to}`).toEqual([start.x, start.y]);
      stopMotion(figure);
      expect(figure.querySelectorAll('.in-motion')).toHaveLength(0);
    }
  });

  it('spreads the timeline\'s ring from the marker of the event just reached, on the vertical axis', () => {
    const { narrow: figure } = pair('timeline');
    const layout = narrowTimelineLayout(specOf<TimelineSpec>(figure).events);
    animate(figure, 2, 3);
    const [ring] = figure.querySelectorAll('.in-motion');
    expect(placeOf(ring!)).toEqual([layout.axisX, layout.events[2]!.y]);
    stopMotion(figure);
  });

  it('starts the myelin figure\'s message inside the narrow drawing, at the fibre\'s start', () => {
    const { narrow: figure, wide: slide } = pair('myelin');
    animate(figure, 0, 1);
    animate(slide, 0, 1);
    const [x, y] = placeOf(figure.querySelector('.in-motion')!);
    expect(x).toBeLessThan(NARROW_WIDTH / 10);
    expect(y).toBeGreaterThan(0);
    expect([x, y]).not.toEqual(placeOf(slide.querySelector('.in-motion')!));
    stopMotion(figure);
    stopMotion(slide);
  });
});
