import { GLOSSARY_SLIDE_ID } from '../render/glossary-popovers.ts';
import type { DeckMode } from '../modes/deck-mode.ts';
import type { Navigator } from '../views/place.ts';
import { Panel, element } from './panel.ts';

const GAP = 8;
const EDGE = 8;
/** What opens a popover: a term on a slide, or a word listed under a slide on a phone. */
const OPENER = 'button[popovertarget]:not([popovertargetaction="hide"])';

/** A term as plain words, where it cannot be a button (paper, tiny phone slides). */
export function plainTerm(button: Element): HTMLElement {
  return element('span', { className: 'term', text: button.textContent ?? '', attrs: { 'data-term': button.getAttribute('data-term') ?? '' } });
}

/**
 * Runs before reveal.js starts. On paper nothing opens: terms and links print as words (the handout
 * has the glossary), without popovers. The short talk leaves the glossary slide out: its
 * popovers then lose the link to it.
 */
export function prepareGlossary(mode: DeckMode): void {
  if (mode.print) {
    document.querySelectorAll('.slides button.term').forEach((button) => button.replaceWith(plainTerm(button)));
    document.querySelectorAll('.slides .term-popover').forEach((popover) => popover.remove());
    // Links between slides are words on paper too: "slide 2" is where to turn.
    document.querySelectorAll('.slides a[href^="#/"]').forEach((link) => link.replaceWith(element('span', { text: link.textContent ?? '' })));
    return;
  }
  const glossary = document.getElementById(GLOSSARY_SLIDE_ID);
  if (!glossary || glossary.dataset.visibility === 'hidden') {
    document.querySelectorAll('.term-popover .see-all-words').forEach((link) => link.remove());
  }
}

/**
 * Glossary popovers (rendered with the slides, see src/render/glossary-popovers.ts) sit in the
 * top layer at the screen's real size. This places each next to whatever opened it, inside the
 * screen, and closes them when the reader moves on. Active while one is open.
 */
export class Glossary extends Panel {
  // The button last pressed, used only if it is still one of the popover's openers.
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    document.addEventListener(
      'click',
      (event) => {
        this.opener = (event.target as Element).closest?.<HTMLElement>(OPENER) ?? this.opener;
      },
      true,
    );
    for (const [type, measured] of [['beforetoggle', false], ['toggle', true]] as const) {
      document.addEventListener(
        type,
        (event) => {
          const popover = event.target as HTMLElement;
          if (popover.matches('.term-popover') && (event as ToggleEvent).newState === 'open') placeNear(popover, this.openerOf(popover), measured);
        },
        true,
      );
    }
    window.addEventListener('resize', () => this.deactivate());
  }

  /** Closes any open popover when the reader moves on. */
  follow(navigator: Navigator): void {
    navigator.onMove(() => this.deactivate());
  }

  private openerOf(popover: HTMLElement): HTMLElement | null {
    const candidates = [...document.querySelectorAll<HTMLElement>(OPENER)].filter((button) => button.getAttribute('popovertarget') === popover.id);
    return this.opener && candidates.includes(this.opener) ? this.opener : (candidates[0] ?? null);
  }

  private open(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('.term-popover:popover-open')];
  }

  isActive(): boolean {
    return this.open().length > 0;
  }

  /** Opens the popover of the first term on screen, as its button would. */
  activate(): void {
    document.querySelector<HTMLElement>(`section.present ${OPENER}, ${OPENER}`)?.click();
  }

  deactivate(): void {
    this.open().forEach((popover) => popover.hidePopover());
  }
}

/**
 * Below the term, or above it where there is no room below; its left edge at the term's,
 * moved in to keep it inside the screen. Before it shows (`measured` false) its height is
 * not known yet: it goes below the term, and is moved above once it shows if need be.
 */
function placeNear(popover: HTMLElement, term: HTMLElement | null | undefined, measured: boolean): void {
  if (!term) return;
  const anchor = term.getBoundingClientRect();
  const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  // Before it shows, its widest possible size keeps it inside the screen from the first frame.
  const size = measured ? popover.getBoundingClientRect() : { width: parseFloat(getComputedStyle(popover).maxWidth) || 0, height: 0 };
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= view.height - EDGE || above < EDGE ? below : above;
  const left = Math.max(EDGE, Math.min(anchor.left, view.width - EDGE - size.width));
  popover.style.inset = 'auto';
  popover.style.margin = '0';
  popover.style.left = `${left}px`;
  popover.style.top = `${Math.max(EDGE, Math.min(top, view.height - EDGE - size.height))}px`;
}
