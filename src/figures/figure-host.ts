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

/** How long a replay may take at most: nothing moves on its own for longer than 5 s. */
export const REPLAY_MS = 4800;
let replayTimer = 0;

/**
 * Plays the current slide's figure again: back to its start, then step by step to where the
 * deck was (or to its end, from its start), within REPLAY_MS. The deck itself steps, so the
 * speaker view and the words follow; any key or slide change ends the replay.
 */
export function replayFigure(deck: Deck): void {
  const slide = deck.getCurrentSlide();
  const figure = slide?.querySelector<HTMLElement>('figure.is-drawn');
  if (!slide || !figure) return;
  const total = figure.querySelectorAll('.figure-steps > *').length;
  const target = currentStep(figure) || total;
  if (target === 0) return;
  window.clearTimeout(replayTimer);
  deck.navigateFragment(-1);
  const pace = Math.min(1200, REPLAY_MS / target);
  const next = (): void => {
    if (deck.getCurrentSlide() !== slide || currentStep(figure) >= target) return;
    deck.nextFragment();
    replayTimer = window.setTimeout(next, pace);
  };
  replayTimer = window.setTimeout(next, Math.min(400, pace));
}

export function stopReplay(): void {
  window.clearTimeout(replayTimer);
}

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
    stopReplay();
    stopMotion((event as unknown as { previousSlide?: Element }).previousSlide);
    drawFigures();
  });
  deck.on('resize', () => drawFigures());
}
