import { create, select, type Selection } from 'd3-selection';
import type { FigureContext } from './figure-module.ts';

export type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
// Any selection of SVG elements, whatever it is bound to.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySelection = Selection<any, any, any, any>;

/**
 * A new SVG for a figure, exposed to assistive technology as one image with a description.
 * A narrow layout says so on the SVG, where its motion (and the theme) can read it.
 */
export function createFigureSvg(art: HTMLElement, width: number, height: number, context: FigureContext, { narrow = false } = {}): Svg {
  const svg = create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${context.id}-title ${context.id}-desc`)
    .attr('class', 'figure-svg');
  if (narrow) svg.attr('data-layout', 'narrow');
  svg.append('title').attr('id', `${context.id}-title`).text(context.title);
  svg.append('desc').attr('id', `${context.id}-desc`).text(context.summary);
  art.replaceChildren(svg.node()!);
  return svg;
}

/**
 * One more picture in `art`, after the figure's first (see FigureContext.paged): part `index`
 * of the figure, named by its own label and the figure's title.
 */
export function addFigurePart(art: HTMLElement, width: number, height: number, context: FigureContext, index: number, name: string): Svg {
  const id = `${context.id}-part-${index}`;
  const svg = create('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title`)
    .attr('class', 'figure-svg figure-part')
    .attr('data-layout', 'narrow');
  svg.append('title').attr('id', `${id}-title`).text(`${context.title}: ${name}`);
  art.append(svg.node()!);
  return svg;
}

/** Whether the picture in `art` was drawn in its narrow layout. */
export function drawnNarrow(art: Element): boolean {
  return art.querySelector('svg')?.getAttribute('data-layout') === 'narrow';
}

/** Marks an element as shown only at the given steps (0: before the first click). */
export function showAt<S extends AnySelection>(selection: S, steps: number[]): S {
  return selection.attr('data-steps', steps.join(' '));
}

/**
 * Words drawn in the picture, at `size` (from FIGURE_TYPE, which the layout measured them with).
 * They repeat words the page already gives: keep them from screen readers.
 */
export function label<S extends AnySelection>(parent: S, x: number, y: number, text: string, size: number, className = 'figure-label'): AnySelection {
  return parent.append('text').attr('x', x).attr('y', y).attr('class', className).attr('font-size', size).attr('aria-hidden', 'true').text(text);
}

/**
 * Marks that move over a picture are drawn with it, hidden, and reused. Adding or removing
 * elements inside a drawn picture makes the browser restyle and lay it out again, on every
 * frame that does so; showing, moving and hiding marks already there costs almost nothing.
 */
export function drawMovers(parent: AnySelection, count: number, shape: 'circle' | 'use' = 'circle'): AnySelection {
  const layer = parent.append('g').attr('class', 'motion-layer');
  for (let i = 0; i < count; i++) layer.append(shape).attr('class', 'mover');
  return layer;
}

/** Shows hidden movers under `root` (`count` of them, or all) as `className`; they hide again at rest. */
export function takeMovers(root: Element, className: string, count = Infinity): Selection<SVGElement, unknown, null, undefined>[] {
  const idle = [...root.querySelectorAll<SVGElement>('.mover:not(.in-motion)')].slice(0, count);
  return idle.map((mover) => select(mover).attr('class', `mover in-motion ${className}`));
}

/** Hides a mover again, ready for the next motion. */
export function restMover(mover: Element): void {
  mover.setAttribute('class', 'mover');
  mover.removeAttribute('opacity');
  mover.removeAttribute('style');
}
