import { replayPace } from '../../figures/replay-pace.ts';
import { motionAllowed } from '../display-settings.ts';
import { button, element } from '../../panels/panel.ts';
import { lazyModule, whenOnline } from '../../deck/lazy-module.ts';

/**
 * Figures in the reader view, where no slide deck steps them: each is drawn when it comes
 * near, to the width it has, and gets its own step control (back, next, play) with the
 * step's words beside it. A step shows the way the slides show it, by marking the figure's
 * first steps `.visible` (figure-steps.css reads them), so the picture, its words and the
 * address agree. A figure whose words are a table (the comparison) shows the whole table
 * and has nothing to step.
 */

const loadDrawing = lazyModule(() => import('../../figures/figure-drawing.ts'));

/** Figures narrower than this get each kind's narrow layout, so their words stay readable. */
export const NARROW_BELOW = 600;

const stepsOf = (figure: HTMLElement): HTMLElement[] => [...figure.querySelectorAll<HTMLElement>('.figure-steps > *')];
const steppable = (figure: HTMLElement): boolean => figure.querySelector('[data-figure-text="steps"]') !== null;

/** How many of a figure's steps are shown (0: none yet). */
export function shownSteps(figure: HTMLElement): number {
  return figure.querySelectorAll('.figure-steps > .visible').length;
}

export class ReaderFigures {
  private playing = 0;

  /** `onStep` runs after every change of step, so the address and the panels can follow. */
  constructor(private readonly onStep: () => void) {
    const figures = [...document.querySelectorAll<HTMLElement>('.slides figure[data-figure]')];
    for (const figure of figures) {
      if (steppable(figure)) this.addStepper(figure);
      else stepsOf(figure).forEach((step) => step.classList.add('visible'));
    }
    const near = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near.unobserve(entry.target);
          void this.draw(entry.target as HTMLElement);
        }
      },
      { rootMargin: '150% 0px' },
    );
    figures.forEach((figure) => near.observe(figure));
    document.addEventListener('keydown', () => this.stop(), true);
    document.addEventListener('pointerdown', (event) => {
      if (!(event.target as Element).closest?.('.step-play')) this.stop();
    });
  }

  private async draw(figure: HTMLElement): Promise<void> {
    figure.classList.add('is-pending');
    try {
      const { drawFigure } = await loadDrawing();
      // The figure's width, not its picture's: an undrawn picture is not laid out, and measures 0.
      drawFigure(figure, { narrow: figure.clientWidth < NARROW_BELOW });
      // Once the picture is there, the step control says each step at reading size; the list
      // of every step stays for screen readers.
      if (figure.classList.contains('is-drawn') && steppable(figure)) figure.querySelector('ol.figure-steps')?.classList.add('visually-hidden');
    } catch (error) {
      figure.classList.replace('is-pending', 'is-failed');
      console.warn('The figures could not be loaded; their words are shown instead.', error);
      whenOnline(() => {
        figure.classList.remove('is-failed');
        void this.draw(figure);
      });
    }
  }

  private addStepper(figure: HTMLElement): void {
    const total = stepsOf(figure).length;
    const back = button('Back', { className: 'step-back', attrs: { 'aria-label': 'Back one step' } });
    const next = button('Next', { className: 'step-next', attrs: { 'aria-label': 'Next step' } });
    const play = button('Play', { className: 'step-play', attrs: { 'aria-label': 'Play all the steps' } });
    const words = element('p', { className: 'step-words', attrs: { 'aria-live': 'polite' } });
    const stepper = element('div', { className: 'figure-stepper' }, element('div', { className: 'step-buttons' }, back, next, play), words);
    figure.querySelector('.figure-replay')?.remove();
    figure.querySelector('.figure-art')?.after(stepper);
    back.addEventListener('click', () => this.setStep(figure, shownSteps(figure) - 1));
    next.addEventListener('click', () => this.setStep(figure, shownSteps(figure) + 1));
    play.addEventListener('click', () => this.play(figure));
    this.showWords(figure, 0, total);
  }

  /**
   * Shows `count` of a figure's steps (0: before the first), with motion when it moves forward
   * by one. A figure with nothing to step (the comparison) stays whole, whatever a link says.
   */
  setStep(figure: HTMLElement, count: number, { quiet = false }: { quiet?: boolean } = {}): void {
    if (!steppable(figure)) return;
    const steps = stepsOf(figure);
    const to = Math.max(0, Math.min(count, steps.length));
    const from = shownSteps(figure);
    steps.forEach((step, i) => {
      step.classList.toggle('visible', i < to);
      step.classList.toggle('current-fragment', i === to - 1);
    });
    this.showWords(figure, to, steps.length);
    if (to === from + 1 && motionAllowed()) void loadDrawing().then(({ animate }) => animate(figure, from, to), () => undefined);
    if (!quiet) this.onStep();
  }

  private showWords(figure: HTMLElement, shown: number, total: number): void {
    const stepper = figure.querySelector('.figure-stepper');
    if (!stepper) return;
    const words = stepper.querySelector('.step-words')!;
    const step = stepsOf(figure)[shown - 1];
    const head = element('strong', { text: shown === 0 ? `${total} steps. ` : `Step ${shown} of ${total}. ` });
    words.replaceChildren(head, ...(step ? [...step.childNodes].map((node) => node.cloneNode(true)) : ['Press Next or Play to start.']));
    stepper.querySelector<HTMLButtonElement>('.step-back')!.disabled = shown === 0;
    stepper.querySelector<HTMLButtonElement>('.step-next')!.disabled = shown === total;
  }

  /** Plays every step from the first, within REPLAY_MS: nothing moves on its own for longer. */
  play(figure: HTMLElement): void {
    this.stop();
    const total = stepsOf(figure).length;
    const pace = replayPace(total);
    this.setStep(figure, 0);
    const next = (): void => {
      if (shownSteps(figure) >= total) return;
      this.setStep(figure, shownSteps(figure) + 1);
      this.playing = window.setTimeout(next, pace);
    };
    this.playing = window.setTimeout(next, Math.min(400, pace));
  }

  stop(): void {
    window.clearTimeout(this.playing);
  }
}
