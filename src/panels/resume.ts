import type { Navigator, Place } from '../views/place.ts';
import { Panel, button, element } from './panel.ts';

export const POSITION_STORAGE_KEY = 'ms-seminar-deck:position';

/** A saved place, as the deck writes it: `{ slide, fragment }`. */
export function parsePosition(text: string | null): Place | undefined {
  try {
    const value = JSON.parse(text ?? '') as { slide?: unknown; fragment?: unknown };
    if (typeof value.slide === 'string' && typeof value.fragment === 'number') return { slide: value.slide, step: value.fragment };
  } catch {
    /* nothing saved, or not by us */
  }
  return undefined;
}

function readSaved(): Place | undefined {
  try {
    return parsePosition(localStorage.getItem(POSITION_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function save({ slide, step }: Place): void {
  try {
    localStorage.setItem(POSITION_STORAGE_KEY, JSON.stringify({ slide, fragment: step }));
  } catch {
    /* storage blocked: nothing is remembered */
  }
}

/**
 * Remembers the slide and step a reader reached. When they come back and the talk opens at
 * its first slide, a small offer at the top of the screen lets them go on from there. It takes
 * no focus, covers no part of the slide's content, and goes as soon as they move on.
 */
export class ResumeOffer extends Panel {
  readonly offer = element('div', { id: 'resume-offer', className: 'resume-offer', attrs: { role: 'status' } });
  private readonly saved = readSaved();
  private readonly opening: Place;

  constructor(private readonly navigator: Navigator) {
    super();
    this.opening = navigator.place();
    // A view may report its first place again after it starts: that is not the reader moving.
    navigator.onMove(() => {
      const place = navigator.place();
      if (this.isActive() && place.slide === this.opening.slide && place.step === this.opening.step) return;
      this.deactivate();
      if (place.slide) save(place);
    });
  }

  /** The slide to offer: a saved one other than the first, when the talk opens at its first slide. */
  private target(): HTMLElement | undefined {
    const first = document.querySelector<HTMLElement>('.slides section[id]:not([data-visibility="hidden"])');
    const target = this.saved && document.querySelector<HTMLElement>(`.slides section[id="${CSS.escape(this.saved.slide)}"]`);
    if (!target || !first || target === first || this.opening.slide !== first.id || target.dataset.visibility === 'hidden') return undefined;
    return target;
  }

  isActive(): boolean {
    return this.offer.isConnected;
  }

  activate(): void {
    const target = this.target();
    if (!target || this.isActive() || !this.saved) return;
    const shown = [...document.querySelectorAll('.slides section[id]:not([data-visibility="hidden"])')];
    const go = button('Continue there', { className: 'resume-go' });
    const no = button('No, thanks', { className: 'resume-no' });
    this.offer.replaceChildren(element('p', { text: `Last time you got to slide ${shown.indexOf(target) + 1}.` }), go, no);
    document.body.append(this.offer);
    const tools = document.getElementById('reader-tools')?.getBoundingClientRect();
    if (tools) document.documentElement.style.setProperty('--reader-tools-right', `${Math.round(tools.right)}px`);
    const place = this.saved;
    go.addEventListener('click', () => {
      this.deactivate();
      this.navigator.go(place);
    });
    no.addEventListener('click', () => this.deactivate());
  }

  deactivate(): void {
    this.offer.remove();
  }
}
