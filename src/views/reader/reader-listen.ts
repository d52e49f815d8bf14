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
export function readerListen(navigator: ReaderNavigator, figures: ReaderFigures, toolButton: HTMLButtonElement): ListenPanel {
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
    // fits, else the words.
    keepInView: (parts) => {
      const first = parts[0];
      if (!first) return;
      const { top, bottom } = clearArea();
      const figure = first.closest<HTMLElement>('figure[data-figure]');
      const fits = figure && figure.getBoundingClientRect().height <= bottom - top;
      const target: HTMLElement[] = fits ? [figure] : parts;
      const inside = target.every((part) => {
        const r = part.getBoundingClientRect();
        return r.top >= top - 1 && r.bottom <= bottom + 1;
      });
      if (inside) return;
      const behavior = motionAllowed() ? 'smooth' : 'instant';
      if (fits) {
        // Its top just under the tool bar, or its foot just over the controls, whichever is nearer.
        const r = figure.getBoundingClientRect();
        const by = r.top < top ? r.top - top : r.bottom - bottom;
        window.scrollBy({ top: by, behavior });
      } else first.scrollIntoView({ block: 'center', behavior });
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
  return new ListenPanel(toolButton, {
    view,
    place: (controls) => {
      controls.classList.add('listen-bar');
      document.body.append(controls);
      // The page can scroll its last words clear of the controls.
      new ResizeObserver(() => root.style.setProperty('--listen-bar-height', controls.hidden ? '0px' : `${controls.offsetHeight}px`)).observe(controls);
    },
    closed: () => root.style.setProperty('--listen-bar-height', '0px'),
  });
}
