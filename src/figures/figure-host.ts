import { afterNextPaint } from '../deck/next-task.ts';
import { lazyModule } from '../deck/lazy-module.ts';
import type { Deck } from '../deck/reveal-types.ts';
import { motionAllowed } from '../views/display-settings.ts';
import { replayPace } from './replay-pace.ts';

/**
 * Figures follow the deck: this module binds them to reveal.js's events, decides when to
 * draw them, and replays them. The drawing itself (D3 and the figure modules) is loaded on
 * demand from figure-drawing.ts, when a figure is within REACH slides of the one shown.
 *
 * Each figure's picture is always at its step's end state (figure-steps.css reads the step
 * from reveal.js's own fragment classes); motion between steps is decoration on top.
 */

/** How many slides ahead (and behind) figures are drawn, so they are ready on arrival. */
const REACH = 2;

type Drawing = typeof import('./figure-drawing.ts');
let loaded: Drawing | undefined;
const loadDrawing = lazyModule(() => import('./figure-drawing.ts').then((module) => (loaded = module)));

/** The figure's current step: how many of its steps the deck has shown (0 before the first). */
export function currentStep(figure: Element): number {
  return figure.querySelectorAll('.figure-steps > .visible').length;
}

/** Draws every figure in `root` now. Print view needs them all before it lays out its pages. */
export async function drawFigures(root: ParentNode = document): Promise<void> {
  const { drawFigure } = await loadDrawing();
  root.querySelectorAll<HTMLElement>('figure[data-figure]').forEach((figure) => drawFigure(figure));
}

/**
 * Draws the figures on and near the slide shown: at once where the drawing code is loaded,
 * else as soon as it is (the figure waits, hidden, rather than flashing its words first).
 * Called after each slide change.
 */
export function drawFiguresSoon(deck: Deck): void {
  const slides = deck.getSlides();
  const here = slides.indexOf(deck.getCurrentSlide());
  const near = slides
    .slice(Math.max(0, here - REACH), here + REACH + 1)
    .flatMap((slide) => [...slide.querySelectorAll<HTMLElement>('figure[data-figure]')])
    .filter((figure) => figure.querySelector('.figure-art:empty'));
  if (near.length === 0) return;
  if (loaded) {
    near.forEach((figure) => loaded!.drawFigure(figure));
    return;
  }
  for (const figure of near) if (!figure.classList.contains('is-failed')) figure.classList.add('is-pending');
  loadDrawing().then(
    ({ drawFigure }) => near.forEach((figure) => drawFigure(figure)),
    (error: unknown) => {
      for (const figure of near) {
        figure.classList.replace('is-pending', 'is-failed');
      }
      console.warn('The figures could not be loaded; their slides show the words instead.', error);
    },
  );
}

/** No motion: the device asks for less, or the reader turned it off (the Display panel). */
export const prefersReducedMotion = (): boolean => !motionAllowed();

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
  const total = Number(figure.dataset.stepCount);
  const target = currentStep(figure) || total;
  if (target === 0) return;
  window.clearTimeout(replayTimer);
  deck.navigateFragment(-1);
  const pace = replayPace(target);
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
 * motion; figures near the slide shown get drawn.
 */
export function bindFigures(deck: Deck): void {
  const figureOf = (fragment: Element | undefined): HTMLElement | null =>
    fragment?.closest<HTMLElement>('figure[data-figure]') ?? null;

  // Each move of the deck; motion waiting to start is dropped once the deck has moved again.
  let moves = 0;
  deck.on('fragmentshown', (event) => {
    const move = ++moves;
    const figure = figureOf((event as unknown as { fragment?: Element }).fragment);
    if (!figure || prefersReducedMotion()) return;
    const step = currentStep(figure);
    // The step's picture shows at once (CSS); its motion starts a frame later, so the click's
    // own frame stays short on a slow phone.
    afterNextPaint(() => {
      if (move === moves) loaded?.animate(figure, step - 1, step);
    });
  });
  deck.on('fragmenthidden', (event) => {
    moves++;
    const figure = figureOf((event as unknown as { fragment?: Element }).fragment);
    if (figure) loaded?.stopMotion(figure);
  });
  deck.on('slidechanged', (event) => {
    moves++;
    stopReplay();
    loaded?.stopMotion((event as unknown as { previousSlide?: Element }).previousSlide);
    drawFiguresSoon(deck);
  });
  deck.on('resize', () => drawFiguresSoon(deck));
  drawFiguresSoon(deck);
}
