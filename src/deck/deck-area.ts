import type { Deck } from '../deck/reveal-types.ts';
import { deckConfig } from '../deck/start-deck.ts';

export interface SlideGeometry {
  /** The slide canvas, in slide pixels. */
  width: number;
  height: number;
  /** reveal.js's margin around the canvas, as a share of the area. */
  margin: number;
  /** The slides' own top padding, in slide pixels: nothing is drawn above it. */
  paddingTop: number;
}

export interface AreaInsets {
  right: number;
  bottom: number;
}

/** reveal.js's scale for a layout area (layout() in reveal.js: clamped, then rounded). */
export function slideScale(areaWidth: number, areaHeight: number, slide: SlideGeometry): number {
  const fit = Math.min((areaWidth * (1 - slide.margin)) / slide.width, (areaHeight * (1 - slide.margin)) / slide.height);
  return Math.round(Math.min(Math.max(fit, 0.2), 2) * 100) / 100;
}

/**
 * How far down the layout area must start so that the slides' content begins at least
 * `clearance` pixels from the top of the screen, below the reader tools. Often 0: the slide's
 * own top margin and padding leave room. Pure, so it can be tested without a browser.
 */
export function topSpace(view: { width: number; height: number }, insets: AreaInsets, slide: SlideGeometry, clearance: number): number {
  let top = 0;
  for (let i = 0; i < 20; i++) {
    const height = view.height - top - insets.bottom;
    const scale = slideScale(view.width - insets.right, height, slide);
    const contentTop = top + (height - slide.height * scale) / 2 + slide.paddingTop * scale;
    if (contentTop >= clearance - 0.5) break;
    top += clearance - contentTop;
  }
  return Math.ceil(top);
}

function visibleBox(id: string): DOMRect | undefined {
  const element = document.getElementById(id);
  if (!element || element.hidden || getComputedStyle(element).display === 'none') return undefined;
  return element.getBoundingClientRect();
}

/**
 * Shrinks the area reveal.js lays the slides out in, so that the narration panel and the
 * reader tools sit beside the slide and never on it, then lays the slides out again. Before
 * reveal.js has started (no deck yet) it only sets the area, which its first layout then uses.
 */
export function fitDeckArea(deck?: Deck): void {
  const root = document.documentElement;
  const view = { width: root.clientWidth, height: root.clientHeight };
  const panel = visibleBox('narration');
  const insets: AreaInsets = {
    right: panel && panel.top < 1 && panel.right >= view.width - 1 ? Math.round(view.width - panel.left) : 0,
    bottom: panel && panel.left < 1 && panel.bottom >= view.height - 1 ? Math.round(view.height - panel.top) : 0,
  };
  const tools = visibleBox('reader-tools');
  const section = document.querySelector('.reveal .slides section');
  const config = deckConfig();
  const slide: SlideGeometry = {
    width: config.width as number,
    height: config.height as number,
    margin: config.margin ?? 0.04,
    paddingTop: section ? parseFloat(getComputedStyle(section).paddingTop) || 0 : 0,
  };
  const top = tools && tools.height > 0 ? topSpace(view, insets, slide, tools.bottom + 2) : 0;
  root.style.setProperty('--deck-top', `${top}px`);
  root.style.setProperty('--deck-right', `${insets.right}px`);
  root.style.setProperty('--deck-bottom', `${insets.bottom}px`);
  if (deck?.isReady()) deck.layout();
}

/** Keeps the area fitted as the window changes size. */
export function followWindowSize(deck: Deck): void {
  window.addEventListener('resize', () => fitDeckArea(deck));
}
