import type { Deck } from '../deck/reveal-types.ts';
import { bindKey } from './keyboard-help.ts';
import { addToolButton, panelHead } from './reader-tools.ts';

const NAV_ID = 'contents';
const BUTTON_ID = 'contents-button';
const M_KEY = 77;

export interface ContentsEntry {
  section: string;
  /** The id of the section's first slide. */
  slideId: string;
}

/** The sections of the slides shown, in order, each with its first slide. */
export function contentsEntries(root: ParentNode = document): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const slide of root.querySelectorAll<HTMLElement>('.slides section[data-section]:not([data-visibility="hidden"])')) {
    const section = slide.dataset.section!;
    if (!entries.some((entry) => entry.section === section)) entries.push({ section, slideId: slide.id });
  }
  return entries;
}

/**
 * The table of contents: a <nav> under the Contents button, opened by it or by M. It is an
 * ordinary fixed panel rather than a top-layer popover, so that accessibility checkers can
 * work out its contrast. It lives outside the slides, so the scroll view's rewrites of the
 * slides leave it alone, and it is filled afresh each time it opens.
 */
export function prepareContents(): void {
  const button = addToolButton({ id: BUTTON_ID, label: 'Contents', key: 'M' });
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', NAV_ID);
  const nav = document.createElement('nav');
  nav.id = NAV_ID;
  nav.className = 'contents';
  nav.hidden = true;
  nav.dataset.ownKeys = '';
  nav.setAttribute('aria-labelledby', 'contents-title');
  const head = panelHead('contents', 'Contents', { name: 'close', text: 'Close' });
  nav.append(head, document.createElement('ol'));
  document.body.append(nav);
}

export function setupContents(deck: Deck): void {
  const nav = (): HTMLElement | null => document.getElementById(NAV_ID);
  const button = (): HTMLElement | null => document.getElementById(BUTTON_ID);
  if (!nav() || !button()) return;
  const isOpen = (): boolean => !nav()!.hidden;
  const links = (): HTMLAnchorElement[] => [...nav()!.querySelectorAll<HTMLAnchorElement>('ol a')];

  const open = (): void => {
    const current = deck.getCurrentSlide()?.dataset.section;
    const items = contentsEntries().map(({ section, slideId }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#/${slideId}`;
      link.textContent = section;
      if (section === current) link.setAttribute('aria-current', 'location');
      item.append(link);
      return item;
    });
    nav()!.querySelector('ol')!.replaceChildren(...items);
    nav()!.hidden = false;
    button()!.setAttribute('aria-expanded', 'true');
    const all = links();
    (all.find((link) => link.hasAttribute('aria-current')) ?? all[0])?.focus();
  };
  const close = ({ refocus }: { refocus: boolean }): void => {
    if (!isOpen()) return;
    const hadFocus = nav()!.contains(document.activeElement) || document.activeElement === document.body;
    nav()!.hidden = true;
    button()!.setAttribute('aria-expanded', 'false');
    if (refocus || hadFocus) button()!.focus();
  };
  const toggle = (): void => (isOpen() ? close({ refocus: true }) : open());

  button()!.addEventListener('click', toggle);
  nav()!.querySelector('.contents-close')!.addEventListener('click', () => close({ refocus: true }));
  // A chosen link moves the deck through its address (#/slide-id), as any link to a slide does.
  nav()!.addEventListener('click', (event) => {
    if ((event.target as Element).closest('ol a')) close({ refocus: true });
  });
  nav()!.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      close({ refocus: true });
    } else {
      moveFocus(event, links());
    }
  });
  // Escape closes it wherever the focus is, before reveal.js takes Escape for its overview.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && isOpen() && !nav()!.contains(event.target as Node)) {
        event.preventDefault();
        event.stopPropagation();
        close({ refocus: true });
      }
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !nav()!.contains(target) && !button()!.contains(target)) close({ refocus: false });
  });

  bindKey(deck, M_KEY, { key: 'M', description: 'Contents: jump to a part of the talk' }, toggle);
}

/** Up and down arrows, Home and End move between the links. */
function moveFocus(event: KeyboardEvent, links: HTMLAnchorElement[]): void {
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const last = links.length - 1;
  const next =
    event.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, last))
    : event.key === 'ArrowUp' ? (at < 0 ? last : Math.max(at - 1, 0))
    : event.key === 'Home' ? 0
    : event.key === 'End' ? last
    : undefined;
  if (next === undefined) return;
  event.preventDefault();
  links[next]?.focus();
}
