import type { Talk } from '../content/model.ts';
import { escapeHtml } from './html.ts';

export const START_FAILURE_TEXT = 'The slides could not load. Check your internet connection, then reload the page.';
export const NO_SCRIPT_TEXT = 'The slides need JavaScript, which is turned off in this browser. Turn it on, then reload the page.';

/**
 * The talk's title, drawn by the page itself before any script runs and taken away once the
 * deck has started (main.ts): on a slow phone the reader sees the talk at once, not a blank
 * screen. Screen readers skip the title; the title slide says the same. The hidden alert is
 * shown if the deck's script or style sheet cannot load (src/build/first-paint.ts,
 * src/deck/boot.ts), so the reader is not left waiting on the title; a browser with scripts
 * turned off says why at once.
 */
export function renderStartCover(talk: Pick<Talk, 'title' | 'audience'>): string {
  return (
    `<div class="start-cover">` +
    `<p class="start-cover-title" aria-hidden="true">${escapeHtml(talk.title)}</p>` +
    `<p class="start-cover-lead" aria-hidden="true">${escapeHtml(talk.audience)}.</p>` +
    `<p class="start-cover-problem" role="alert" hidden>${escapeHtml(START_FAILURE_TEXT)}</p>` +
    `<noscript><p class="start-cover-problem">${escapeHtml(NO_SCRIPT_TEXT)}</p></noscript>` +
    `</div>`
  );
}
