import type { Navigator } from '../views/place.ts';
import { Panel, element } from './panel.ts';
import { addToolButton, panelHead } from './tool-bar.ts';

export const NARRATION_STORAGE_KEY = 'ms-seminar-deck:narration';

/** Whether the narration starts open: `?narration=on|off` first, then the reader's last choice. */
export function narrationWanted(search: string, stored: string | null): boolean {
  const asked = new URLSearchParams(search).get('narration');
  if (asked === 'on' || asked === 'off') return asked === 'on';
  return stored === 'on';
}

function remember(open: boolean): void {
  try {
    localStorage.setItem(NARRATION_STORAGE_KEY, open ? 'on' : 'off');
  } catch {
    /* storage blocked: the choice lasts for this visit only */
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(NARRATION_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The narration panel: what the speaker would say on the current slide (its notes), as large
 * text beside the slide, shown and hidden by the "Read along" button or N. Made before
 * reveal.js starts, so that its first layout already leaves room for an open panel;
 * `onResize` lets the deck lay itself out again when the panel opens or closes.
 */
export class Narration extends Panel {
  readonly panel = element('aside', { id: 'narration', className: 'narration', attrs: { 'aria-labelledby': 'narration-title' } });
  private readonly text = element('div', { className: 'narration-text', attrs: { tabindex: 0, 'aria-labelledby': 'narration-title' } });
  private readonly button: HTMLButtonElement;
  private onResize: () => void = () => {};

  constructor() {
    super();
    const open = narrationWanted(window.location.search, stored());
    if (new URLSearchParams(window.location.search).has('narration')) remember(open);
    this.panel.hidden = !open;
    const head = panelHead('narration', 'The speaker says', { name: 'hide', text: 'Hide', label: 'Hide what the speaker says' });
    this.panel.append(head, this.text);
    document.body.append(this.panel);
    this.button = addToolButton({ id: 'narration-button', label: 'Read along', key: 'N', pressed: open });
    this.button.addEventListener('click', () => this.toggle());
    head.querySelector('.narration-hide')!.addEventListener('click', () => {
      this.deactivate();
      this.button.focus();
    });
  }

  /** Follows the reader from slide to slide; `onResize` runs when the panel opens or closes. */
  follow(navigator: Navigator, onResize: () => void): void {
    this.onResize = onResize;
    let shown = '';
    const fill = (): void => {
      const { slide } = navigator.place();
      if (slide === shown) return;
      shown = slide;
      this.text.dataset.slide = slide;
      const notes = document.getElementById(slide)?.querySelector('aside.notes');
      this.text.replaceChildren(...[...(notes?.children ?? [])].map((child) => child.cloneNode(true)));
      this.text.scrollTop = 0;
    };
    navigator.onMove(fill);
    fill();
  }

  isActive(): boolean {
    return !this.panel.hidden;
  }

  activate(): void {
    this.show(true);
  }

  deactivate(): void {
    this.show(false);
  }

  private show(open: boolean): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-pressed', String(open));
    remember(open);
    this.onResize();
  }
}
