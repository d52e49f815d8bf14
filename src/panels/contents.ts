import { sectionOf, type Navigator } from '../views/place.ts';
import { Panel, closeFromOutside, element } from './panel.ts';
import { addToolButton, panelHead } from './tool-bar.ts';

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
 * The table of contents: a <nav> under the Contents button, opened by it or by M. Made before
 * the deck starts, so that the first layout leaves room for its button. It is an
 * ordinary fixed panel rather than a top-layer popover, so that accessibility checkers can
 * work out its contrast. It is filled afresh each time it opens. Its links move to a
 * section through the address (#/slide-id), as any link to a slide does.
 */
export class Contents extends Panel {
  readonly nav = element('nav', { id: 'contents', className: 'contents', attrs: { 'aria-labelledby': 'contents-title', 'data-own-keys': true } });
  readonly button = addToolButton({ id: 'contents-button', label: 'Contents', key: 'M' });
  private readonly list = element('ol');
  private navigator: Navigator | undefined;

  constructor() {
    super();
    this.nav.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', this.nav.id);
    const head = panelHead('contents', 'Contents', { name: 'close', text: 'Close' });
    this.nav.append(head, this.list);
    document.body.append(this.nav);

    this.button.addEventListener('click', () => this.toggle());
    head.querySelector('.contents-close')!.addEventListener('click', () => this.deactivate());
    this.nav.addEventListener('click', (event) => {
      if ((event.target as Element).closest('ol a')) this.deactivate();
    });
    this.nav.addEventListener('keydown', (event) => {
      if (event.key === 'm' || event.key === 'M') {
        event.preventDefault();
        this.deactivate();
      } else {
        moveFocus(event, this.links());
      }
    });
    closeFromOutside(this, this.nav, this.button);
  }

  /** Marks the reader's section each time it opens. */
  follow(navigator: Navigator): void {
    this.navigator = navigator;
  }

  isActive(): boolean {
    return !this.nav.hidden;
  }

  activate(): void {
    const current = this.navigator && sectionOf(this.navigator.place().slide);
    this.list.replaceChildren(
      ...contentsEntries().map(({ section, slideId }) =>
        element('li', {}, element('a', { text: section, attrs: { href: `#/${slideId}`, 'aria-current': section === current ? 'location' : undefined } })),
      ),
    );
    this.nav.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    const links = this.links();
    (links.find((link) => link.hasAttribute('aria-current')) ?? links[0])?.focus();
  }

  /** Closes it; focus goes back to its button, unless a tap elsewhere took it away. */
  deactivate({ refocus = true }: { refocus?: boolean } = {}): void {
    if (!this.isActive()) return;
    const hadFocus = this.nav.contains(document.activeElement) || document.activeElement === document.body;
    this.nav.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (refocus || hadFocus) this.button.focus();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll('a')];
  }
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
