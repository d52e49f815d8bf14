import type { Talk } from '../content/model.ts';
import { escapeHtml } from './html.ts';

/**
 * The talk's title, drawn by the page itself before any script runs and taken away once the
 * deck has started (main.ts): on a slow phone the reader sees the talk at once, not a blank
 * screen. Screen readers skip it; the title slide says the same.
 */
export function renderStartCover(talk: Pick<Talk, 'title' | 'audience'>): string {
  return (
    `<div class="start-cover" aria-hidden="true">` +
    `<p class="start-cover-title">${escapeHtml(talk.title)}</p>` +
    `<p class="start-cover-lead">${escapeHtml(talk.audience)}.</p>` +
    `</div>`
  );
}
