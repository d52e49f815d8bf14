import type { Deck } from '../deck/reveal-types.ts';
import { fitDeckArea } from './deck-area.ts';
import { bindKey } from './keyboard-help.ts';
import { addToolButton, panelHead } from './reader-tools.ts';

const PANEL_ID = 'narration';
const BUTTON_ID = 'narration-button';
const N_KEY = 78;
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
 * The narration panel: what the speaker would say on the current slide (its notes), as
 * large text beside the slide. Made before reveal.js starts, so that its first layout
 * already leaves room for an open panel.
 */
export function prepareNarration(): void {
  const open = narrationWanted(window.location.search, stored());
  if (new URLSearchParams(window.location.search).has('narration')) remember(open);

  const panel = document.createElement('aside');
  panel.id = PANEL_ID;
  panel.className = 'narration';
  panel.setAttribute('aria-labelledby', 'narration-title');
  panel.hidden = !open;
  const head = panelHead('narration', 'The speaker says', { name: 'hide', text: 'Hide', label: 'Hide what the speaker says' });
  const text = document.createElement('div');
  text.className = 'narration-text';
  text.tabIndex = 0;
  text.setAttribute('aria-labelledby', 'narration-title');
  panel.append(head, text);
  document.body.append(panel);
  addToolButton({ id: BUTTON_ID, label: 'Read along', key: 'N', pressed: open });
}

/** N and the "Read along" button show and hide the panel; it follows every slide change. */
export function setupNarration(deck: Deck): void {
  const panel = (): HTMLElement | null => document.getElementById(PANEL_ID);
  if (!panel()) return;

  const show = (open: boolean): void => {
    const element = panel()!;
    element.hidden = !open;
    document.getElementById(BUTTON_ID)?.setAttribute('aria-pressed', String(open));
    remember(open);
    fitDeckArea(deck);
  };
  const toggle = (): void => show(panel()!.hasAttribute('hidden'));

  document.getElementById(BUTTON_ID)!.addEventListener('click', toggle);
  panel()!.querySelector('.narration-hide')!.addEventListener('click', () => {
    show(false);
    document.getElementById(BUTTON_ID)?.focus();
  });
  bindKey(deck, N_KEY, { key: 'N', description: 'Show or hide what the speaker says' }, toggle);

  const fill = (): void => {
    const text = panel()?.querySelector('.narration-text');
    const notes = deck.getCurrentSlide()?.querySelector('aside.notes');
    if (!text || !notes) return;
    text.replaceChildren(...[...notes.children].map((child) => child.cloneNode(true)));
    text.scrollTop = 0;
  };
  deck.on('slidechanged', fill);
  fill();
}
