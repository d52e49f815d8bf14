import type { GlossaryEntry } from '../content/model.ts';
import { escapeHtml } from './html.ts';

/** The id of the slide that lists every glossary word. */
export const GLOSSARY_SLIDE_ID = 'glossary';

/** Unique per slide and term; ids and keys never contain "--", so the pair cannot collide. */
export function termPopoverId(slideId: string, key: string): string {
  return `word-${slideId}--${key}`;
}

/**
 * A glossary term on a slide: a button that opens the term's popover (the native Popover API,
 * so it works by keyboard and touch, and without script).
 */
export function termButton(slideId: string, key: string, text: string): string {
  return `<button type="button" class="term" data-term="${escapeHtml(key)}" popovertarget="${termPopoverId(slideId, key)}">${escapeHtml(text)}</button>`;
}

/** The popovers for the terms used on one slide: the plain definition, and a way to the full list. */
export function termPopovers(slideId: string, keys: Iterable<string>, glossary: Record<string, GlossaryEntry>, linkToGlossary: boolean): string {
  return [...keys]
    .map((key) => {
      const entry = glossary[key];
      if (!entry) return '';
      const id = termPopoverId(slideId, key);
      const link = linkToGlossary ? `<a class="see-all-words" href="#/${GLOSSARY_SLIDE_ID}">See all words</a>` : '';
      return (
        `<div id="${id}" class="term-popover" popover>` +
        `<p class="term-popover-text"><strong>${escapeHtml(entry.term)}:</strong> ${escapeHtml(entry.definition)}</p>` +
        `<p class="term-popover-actions">${link}` +
        `<button type="button" class="reader-button" popovertarget="${id}" popovertargetaction="hide">Close</button></p>` +
        `</div>`
      );
    })
    .join('');
}
