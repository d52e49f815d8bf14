import { selectAll } from 'd3-selection';
import 'd3-transition';
import type { FigureType } from '../content/model.ts';
import type { SpecOf } from '../content/figure-content.ts';
import type { FigureModule } from './figure-module.ts';
import { restMover } from './svg.ts';
import { comparison } from './comparison.ts';
import { iconArray } from './icon-array.ts';
import { myelin } from './myelin.ts';
import { procedure } from './procedure.ts';
import { timeline } from './timeline.ts';

/**
 * Drawing figures and their motion: D3 and the figure modules. The deck loads this part
 * only when a figure comes near (see figure-host.ts), so it stays out of the first view.
 */

/**
 * Every kind's drawing, keyed as their content is (src/content/figure-content.ts): a kind
 * missing here, or a module drawing another spec than its content hands it, is a type error.
 */
const MODULES: { [K in FigureType]: FigureModule<SpecOf<K>> } = {
  myelin,
  procedure,
  'icon-array': iconArray,
  timeline,
  comparison,
};

const reported = new Set<string>();

export function reportOnce(figure: HTMLElement, error: unknown): void {
  if (reported.has(figure.id)) return;
  reported.add(figure.id);
  console.warn(`The figure "${figure.id}" could not be drawn; its slide shows the words instead.`, error);
}

function kindOf(figure: HTMLElement): FigureType | undefined {
  const kind = figure.dataset.figure ?? '';
  return Object.hasOwn(MODULES, kind) ? (kind as FigureType) : undefined;
}

/** A kind's drawing, with the spec its content wrote into the page. */
function drawingOf<K extends FigureType>(kind: K, figure: HTMLElement): { module: FigureModule<SpecOf<K>>; spec: SpecOf<K> } {
  return { module: MODULES[kind], spec: JSON.parse(figure.dataset.spec ?? 'null') };
}

/**
 * Draws one figure, unless drawn already; one that throws is left as its words, reported once.
 * `narrow` asks for the kind's layout for a narrow screen, `paged` for its parts apart on paper.
 */
export function drawFigure(figure: HTMLElement, { narrow = false, paged = false }: { narrow?: boolean; paged?: boolean } = {}): void {
  const art = figure.querySelector<HTMLElement>('.figure-art');
  figure.classList.remove('is-pending');
  if (!art || art.querySelector('svg')) return;
  try {
    const kind = kindOf(figure);
    if (!kind) throw new Error(`no figure module for "${figure.dataset.figure}"`);
    const { module, spec } = drawingOf(kind, figure);
    const slide = figure.closest('section');
    module.draw(art, spec, {
      id: figure.id,
      title: slide?.querySelector('.slide-title')?.textContent?.trim() ?? figure.id,
      summary: figure.querySelector('.figure-summary')?.textContent?.trim() ?? '',
      narrow,
      paged,
    });
    figure.dataset.layout = narrow ? 'narrow' : 'wide';
    figure.classList.add('is-drawn');
    figure.classList.remove('is-failed');
  } catch (error) {
    art.replaceChildren();
    figure.classList.remove('is-drawn');
    figure.classList.add('is-failed');
    reportOnce(figure, error);
  }
}

/** Stops every figure's motion in (or under) an element: the pictures keep their step's end state. */
export function stopMotion(root: Element | null | undefined): void {
  if (!root) return;
  selectAll(root.querySelectorAll('.figure-art .in-motion')).interrupt();
  root.querySelectorAll('.figure-art .in-motion').forEach(restMover);
}

/** Motion from one step to the next, over a drawn figure. */
export function animate(figure: HTMLElement, from: number, to: number): void {
  const kind = kindOf(figure);
  const art = figure.querySelector<HTMLElement>('.figure-art');
  if (!kind || !MODULES[kind].animate || !art || !figure.classList.contains('is-drawn')) return;
  stopMotion(figure);
  try {
    const { module, spec } = drawingOf(kind, figure);
    module.animate?.(art, spec, from, to);
  } catch (error) {
    stopMotion(figure);
    reportOnce(figure, error);
  }
}
