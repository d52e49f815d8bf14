import type { Plugin } from 'vite';
import { DECK_STYLES_ATTRIBUTE } from '../deck/boot.ts';

export class FirstPaintError extends Error {
  override name = 'FirstPaintError';
}

/**
 * Lets the built page paint its start cover from index.html alone (its inline style is
 * src/theme/page.css). The deck's style sheet is fetched at once but as a print sheet, which
 * does not block painting, and the deck switches it on (src/deck/boot.ts); the entry script,
 * a module that runs only after the page is read, is fetched at low priority, behind the
 * page and its fonts.
 */
export function holdNothingBeforeFirstPaint(html: string): string {
  let sheets = 0;
  let scripts = 0;
  const out = html
    .replace(/<link rel="stylesheet"([^>]*)>/g, (_tag, attributes: string) => {
      sheets++;
      return `<link rel="stylesheet" media="print" ${DECK_STYLES_ATTRIBUTE}${attributes}>`;
    })
    .replace(/<script type="module"([^>]*\bsrc="[^"]+"[^>]*)><\/script>/g, (_tag, attributes: string) => {
      scripts++;
      return `<script type="module" fetchpriority="low"${attributes}></script>`;
    });
  if (sheets !== 1 || scripts !== 1) {
    throw new FirstPaintError(`first paint: expected the build's index.html to load one style sheet and one script, found ${sheets} and ${scripts}.`);
  }
  return out;
}

/** The build step that applies holdNothingBeforeFirstPaint to index.html. */
export function firstPaint(skipInMode: string): Plugin {
  return {
    name: 'first-paint',
    apply: (_config, env) => env.command === 'build' && env.mode !== skipInMode,
    transformIndexHtml: { order: 'post', handler: holdNothingBeforeFirstPaint },
  };
}
