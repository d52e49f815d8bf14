import type { ListenView } from '../../listen/listener.ts';
import { ListenPanel } from '../../panels/listen.ts';
import { motionAllowed } from '../display-settings.ts';
import type { ReaderFigures } from './reader-figures.ts';
import { shownSteps } from './reader-figures.ts';
import type { ReaderNavigator } from './reader-navigator.ts';

/**
 * Listening in the reader view: the sentence being read is highlighted where the page shows
 * it (the narration under each slide, or a figure's step words beside its picture) and
 * scrolled into view when it is not; the controls stay at the foot of the screen.
 */
export function readerListen(navigator: ReaderNavigator, figures: ReaderFigures): ListenPanel {
  const root = document.documentElement;
  /** The part of the screen not under the tool bar at the top or the controls at the foot. */
  const clearArea = (): { top: number; bottom: number } => {
    const bar = document.getElementById('reader-tools');
    const controls = document.getElementById('listen');
    const top = bar && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
    const bottom = controls && !controls.hidden ? controls.getBoundingClientRect().top : window.innerHeight;
    return { top, bottom };
  };
  const view: ListenView = {
    navigator,
    narration: (slide) => slide.querySelector(':scope > aside.notes'),
    showStep: (slide, step) => {
      const figure = slide.querySelector<HTMLElement>('figure[data-figure]');
      if (figure?.querySelector('.figure-stepper') && shownSteps(figure) !== step + 1) figures.setStep(figure, step + 1);
    },
    // Beside a drawn picture, the step control shows the step's words after "Step 2 of 7.".
    stepWords: (slide, item) => {
      const words = slide.querySelector('.figure-stepper .step-words');
      return words ? { element: words, exclude: [...words.querySelectorAll(':scope > strong:first-child')] } : { element: item };
    },
    // A step's words are read with their picture: the whole figure comes into view where it
    // fits, else the words, in the middle of what the tool bar and the controls leave clear.
    keepInView: (parts) => {
      if (parts.length === 0) return;
      const { top, bottom } = clearArea();
      const figure = parts[0]!.closest<HTMLElement>('figure[data-figure]');
      const fits = figure !== null && figure.getBoundingClientRect().height <= bottom - top;
      const boxes = (fits ? [figure] : parts).map((part) => part.getBoundingClientRect());
      const [from, to] = [Math.min(...boxes.map((r) => r.top)), Math.max(...boxes.map((r) => r.bottom))];
      if (from >= top - 1 && to <= bottom + 1) return;
      // A figure moves only as far as it must; words go to the middle, or their start to the top if taller.
      const by = fits ? (from < top ? from - top : to - bottom) : to - from > bottom - top ? from - top - 8 : (from + to) / 2 - (top + bottom) / 2;
      window.scrollBy({ top: by, behavior: motionAllowed() ? 'smooth' : 'instant' });
    },
    // A reader who scrolls on while the sentence is still on screen is only looking around.
    stillInSight: (parts) => {
      const { top, bottom } = clearArea();
      return parts.some((part) => {
        if (!part.isConnected) return false;
        const r = part.getBoundingClientRect();
        return r.bottom > top && r.top < bottom;
      });
    },
  };
  return new ListenPanel({
    view,
    // Stop gives the focus to the Listen button of the slide being read.
    opener: () => document.getElementById(navigator.place().slide)?.querySelector<HTMLElement>('.notes-listen') ?? null,
    place: (controls) => {
      controls.classList.add('listen-bar');
      document.body.append(controls);
      // The page can scroll its last words clear of the controls.
      // When they grow (More), the sentence being read stays clear of them.
      new ResizeObserver(() => {
        root.style.setProperty('--listen-bar-height', controls.hidden ? '0px' : `${controls.offsetHeight}px`);
        if (!controls.hidden) view.keepInView([...document.querySelectorAll<HTMLElement>('.is-reading')]);
      }).observe(controls);
    },
    opened: (open) => {
      if (!open) root.style.setProperty('--listen-bar-height', '0px');
    },
  });
}
