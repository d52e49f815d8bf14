// What the page does before a view starts: let the page paint (src/build/first-paint.ts asks
// for the entry script only after that), and say so on the start cover if a view cannot load.
import { afterNextPaint } from './next-task.ts';

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

/** Shows the start cover's alert that the deck could not start (render/start-cover.ts), if the cover is still up. */
export function showStartFailure(): void {
  const problem = document.querySelector<HTMLElement>('.start-cover-problem');
  if (problem) problem.hidden = false;
}
