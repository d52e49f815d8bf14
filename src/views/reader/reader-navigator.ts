import type { Navigator, Place } from '../place.ts';

/** How far down the screen a slide's section must reach to be the one being read. */
const READING_LINE = 0.3;

/** The talk's sections, in order: every slide the page shows. */
export function talkSections(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.slides > section:not([data-visibility="hidden"])')];
}

/** A figure's step in the reader view: how many of its steps are shown, less one (-1: none). */
export function figureStep(section: Element): number {
  const figure = section.querySelector('figure[data-step-count]');
  return figure ? figure.querySelectorAll('.figure-steps > .visible').length - 1 : -1;
}

/** A link's slide and step, as the slides write them too: `#/procedure/2`. */
export function placeFromHash(hash: string): Place | undefined {
  const [slide, step] = hash.replace(/^#\/?/, '').split('/');
  if (!slide) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(slide);
  } catch {
    return undefined;
  }
  return { slide: id, step: step !== undefined && /^\d+$/.test(step) ? Number(step) : -1 };
}

export function hashOf({ slide, step }: Place): string {
  return `#/${encodeURIComponent(slide)}${step >= 0 ? `/${step}` : ''}`;
}

/**
 * The reader's place in a page that scrolls: the section that crosses the reading line, a
 * third of the way down the screen, with its figure's step. Moving sets the figure's step
 * through `showStep` and scrolls the section to the top.
 */
export class ReaderNavigator implements Navigator {
  private readonly listeners: (() => void)[] = [];
  private last = '';

  constructor(private readonly showStep: (section: HTMLElement, step: number) => void) {
    let queued = false;
    const check = (): void => {
      queued = false;
      this.moved();
    };
    window.addEventListener(
      'scroll',
      () => {
        if (!queued) requestAnimationFrame(check);
        queued = true;
      },
      { passive: true },
    );
  }

  place(): Place {
    const line = window.innerHeight * READING_LINE;
    const sections = talkSections();
    let current = sections[0];
    for (const section of sections) {
      if (section.getBoundingClientRect().top <= line) current = section;
      else break;
    }
    return current ? { slide: current.id, step: figureStep(current) } : { slide: '', step: -1 };
  }

  go({ slide, step }: Place, { exactStep = false }: { exactStep?: boolean } = {}): void {
    const section = document.getElementById(slide)?.closest<HTMLElement>('.slides > section');
    if (!section) return;
    if (step >= 0 || exactStep) this.showStep(section, step);
    section.scrollIntoView({ block: 'start' });
    this.moved();
  }

  onMove(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Tells listeners when the place has changed: a scroll into another section, or a step. */
  moved(): void {
    const place = this.place();
    const key = hashOf(place);
    if (key === this.last) return;
    this.last = key;
    for (const listener of this.listeners) listener();
  }
}
