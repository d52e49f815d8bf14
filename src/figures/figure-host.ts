import { selectAll } from 'd3-selection';
import 'd3-transition';
import type { Deck } from '../deck/reveal-types.ts';
import type { FigureModule } from './figure-module.ts';
import { comparison } from './comparison.ts';
import { iconArray } from './icon-array.ts';
import { myelin } from './myelin.ts';
import { procedure } from './procedure.ts';
import { timeline } from './timeline.ts';

// Each module knows its own spec; the host only passes it through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MODULES: Record<string, FigureModule<any>> = {
  myelin,
  procedure,
  'icon-array': iconArray,
  timeline,
  comparison,
};

const reported = new Set<string>();

function reportOnce(figure: HTMLElement, error: unknown): void {
  if (reported.has(figure.id)) return;
  reported.add(figure.id);
  console.warn(`The figure "${figure.id}" could not be drawn; its slide shows the words instead.`, error);
}

/** The figure's current step: how many of its steps the deck has shown (0 before the first). */
export function currentStep(figure: Element): number {
  return figure.querySelectorAll('.figure-steps > .visible').length;
}

function moduleOf(figure: HTMLElement): FigureModule<unknown> | undefined {
  return MODULES[figure.dataset.figure ?? ''];
}

function specOf(figure: HTMLElement): unknown {
  return JSON.parse(figure.dataset.spec ?? 'null');
}

/**
 * Draws every figure not yet drawn. Synchronous, so that print view (which lays out pages on
 * window load) and scroll view (which snapshots the slides' HTML) both see the drawn pictures.
 * A figure that throws is left as its words, and reported once.
 */
export function drawFigures(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-figure]')) {
    const art = figure.querySelector<HTMLElement>('.figure-art');
    if (!art || art.querySelector('svg')) continue;
    try {
      const module = moduleOf(figure);
      if (!module) throw new Error(`no figure module for "${figure.dataset.figure}"`);
      const slide = figure.closest('section');
      module.draw(art, specOf(figure), {
        id: figure.id,
        title: slide?.querySelector('.slide-title')?.textContent?.trim() ?? figure.id,
        summary: figure.querySelector('.figure-summary')?.textContent?.trim() ?? '',
      });
      figure.classList.add('is-drawn');
      figure.classList.remove('is-failed');
    } catch (error) {
      art.replaceChildren();
      figure.classList.remove('is-drawn');
      figure.classList.add('is-failed');
      reportOnce(figure, error);
    }
  }
}

export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Stops every figure's motion in (or under) an element: the pictures keep their step's end state. */
export function stopMotion(root: Element | null | undefined): void {
  if (!root) return;
  selectAll(root.querySelectorAll('.figure-art *')).interrupt();
  for (const moving of root.querySelectorAll('.figure-art .in-motion')) moving.remove();
}

function animate(figure: HTMLElement, from: number, to: number): void {
  const module = moduleOf(figure);
  const art = figure.querySelector<HTMLElement>('.figure-art');
  if (!module?.animate || !art || !figure.classList.contains('is-drawn') || prefersReducedMotion()) return;
  stopMotion(figure);
  try {
    module.animate(art, specOf(figure), from, to);
  } catch (error) {
    stopMotion(figure);
    reportOnce(figure, error);
  }
}

/** Plays the current slide's figure again, step by step up to where the deck is, within 5 s. */
export function replayFigure(slide: Element | null | undefined): void {
  const figure = slide?.querySelector<HTMLElement>('figure.is-drawn');
  if (!figure) return;
  const target = currentStep(figure);
  const module = moduleOf(figure);
  if (!module?.animate || prefersReducedMotion() || target === 0) return;
  const pace = Math.min(1200, 4800 / target);
  let step = 0;
  const next = (): void => {
    if (!figure.isConnected || step >= target) return;
    animate(figure, step, step + 1);
    step += 1;
    replayTimer = window.setTimeout(next, pace);
  };
  window.clearTimeout(replayTimer);
  next();
}
let replayTimer = 0;

/**
 * Follows the deck: a step shown or hidden moves its figure; leaving a slide stops its
 * motion; a scroll view rebuild (which restores the slides' HTML) gets its pictures back.
 */
export function bindFigures(deck: Deck): void {
  const figureOf = (fragment: Element | undefined): HTMLElement | null =>
    fragment?.closest<HTMLElement>('figure[data-figure]') ?? null;

  deck.on('fragmentshown', (event) => {
    const figure = figureOf((event as unknown as { fragment?: Element }).fragment);
    if (figure) animate(figure, currentStep(figure) - 1, currentStep(figure));
  });
  deck.on('fragmenthidden', (event) => {
    const figure = figureOf((event as unknown as { fragment?: Element }).fragment);
    if (figure) stopMotion(figure);
  });
  deck.on('slidechanged', (event) => {
    window.clearTimeout(replayTimer);
    stopMotion((event as unknown as { previousSlide?: Element }).previousSlide);
    drawFigures();
  });
  deck.on('resize', () => drawFigures());
}
