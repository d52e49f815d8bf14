// What the deck does before it starts: let the page paint its start cover, then switch on
// the deck's style sheet, which index.html fetches without letting it hold up that paint
// (src/build/first-paint.ts).
import { afterNextPaint } from './next-task.ts';

/** Marks the deck's style sheet in the built index.html. */
export const DECK_STYLES_ATTRIBUTE = 'data-deck-styles';

/**
 * Resolves once the page has painted a frame, so what the HTML and its own style show comes
 * first; or after `waitMs` where no frame comes (a tab opened in the background paints none).
 * The built site's boot script has waited for one already; the offline file and the dev
 * server start the deck straight from the page.
 */
export function firstPaint(waitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
    setTimeout(resolve, waitMs);
  });
}

/**
 * Applies the deck's style sheet and resolves once it is in. The page fetches it as a print
 * sheet, which does not block painting; this makes it apply on screen. A sheet that has not
 * come yet, or failed, is asked for again by a fresh link, whose load or error then settles
 * it. With no such sheet (the dev server, the offline file) the styles are in the page already.
 */
export function applyDeckStyles(): Promise<void> {
  const fetched = document.querySelector<HTMLLinkElement>(`link[${DECK_STYLES_ATTRIBUTE}]`);
  if (!fetched) return Promise.resolve();
  if (hasRules(fetched.sheet)) {
    fetched.media = 'all';
    return Promise.resolve();
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = fetched.href;
  link.crossOrigin = fetched.crossOrigin;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`The deck's style sheet did not load: ${link.href}`)), { once: true });
  });
  fetched.replaceWith(link);
  return loaded;
}

/** Whether a link's sheet has come: one that failed has an empty sheet, whose rules cannot be read. */
function hasRules(sheet: CSSStyleSheet | null): boolean {
  try {
    return (sheet?.cssRules.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/** Shows the start cover's alert that the deck could not start (render/start-cover.ts), if the cover is still up. */
export function showStartFailure(): void {
  const problem = document.querySelector<HTMLElement>('.start-cover-problem');
  if (problem) problem.hidden = false;
}
