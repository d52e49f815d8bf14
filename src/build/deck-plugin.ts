import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { library } from '../../slides/index.ts';
import { assertValidContent, reviewOverdue } from '../content/validate.ts';
import { renderSlides } from '../render/render-slides.ts';
import { escapeHtml } from '../render/html.ts';
import { loadSeminar } from './seminar-config.ts';
import { qrSvg } from './qr-code.ts';
import { renderHandoutCover } from '../render/render-handout.ts';
import { renderStartCover } from '../render/start-cover.ts';
import type { Seminar } from '../content/model.ts';
import { chooseView, READER_CLASS } from '../views/choose-view.ts';
import { applyDisplay, DISPLAY_STORAGE_KEY } from '../views/display-settings.ts';
import { trackFromQuery } from '../modes/track.ts';

export const DEFAULT_SEMINAR = 'slides/seminar.json';

/**
 * The page's own style, written into index.html: all that its first paint needs, the start
 * cover of the slides and the reader view's whole layout.
 */
export const PAGE_STYLES = ['src/theme/page.css', 'src/theme/reader.css'];

/**
 * The head's one classic script: it runs before the body is painted, marks <html> for the
 * reader view where chooseView says so and with the talk it asks for (?track=short), and
 * applies the reader's display settings, from those
 * functions' own source.
 */
export function viewScript(): string {
  return (
    `document.documentElement.classList.toggle(${JSON.stringify(READER_CLASS)},(${chooseView.toString()})(location.search,innerWidth)==="reader");` +
    `document.documentElement.dataset.track=(${trackFromQuery.toString()})(location.search);` +
    `let display=null;try{display=localStorage.getItem(${JSON.stringify(DISPLAY_STORAGE_KEY)})}catch{}` +
    `(${applyDisplay.toString()})(display,document.documentElement)`
  );
}

export interface DeckPluginOptions {
  root: string;
  /** The seminar details file; SEMINAR_CONFIG overrides the default. */
  seminarFile?: string;
}

/**
 * Renders the talk into index.html at build time, with the page's own style, so the start
 * cover paints before any other file comes and the words stay out of the JavaScript bundle.
 *
 * Bad seminar details or content stop a build in Vite's config step, with one message and
 * before the output folder is touched. The dev server checks them again at each page load,
 * so edits show at once. Loading the config for Vitest checks only the seminar details: the
 * content rules run there as tests, which report every problem.
 */
export function deckPlugin({ root, seminarFile }: DeckPluginOptions): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let seminar: Seminar;
  const loadDetails = (): Seminar => loadSeminar(resolve(root, seminarFile ?? (process.env.SEMINAR_CONFIG || DEFAULT_SEMINAR)));
  return {
    name: 'seminar-deck',
    config(_config, env) {
      command = env.command;
      seminar = loadDetails();
      if (command === 'build') assertValidContent(library);
    },
    configResolved(config) {
      const overdue = command === 'build' ? reviewOverdue(library.talk) : undefined;
      if (overdue) config.logger.warn(`\n${overdue}\n`);
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (command === 'serve') {
          seminar = loadDetails();
          assertValidContent(library);
        }
        const context = {
          ...library,
          seminar,
          readAsset: (file: string) => readFileSync(resolve(root, 'assets', file), 'utf8'),
          qrSvg: await qrSvg(seminar.url),
        };
        return html
          .replace('<!-- deck:view -->', () => `<script>${viewScript()}</script>`)
          .replace('<!-- deck:page-style -->', () => `<style>\n${PAGE_STYLES.map((file) => readFileSync(resolve(root, file), 'utf8')).join('\n')}</style>`)
          .replace('<!-- deck:slides -->', renderSlides(context))
          .replace('<!-- deck:handout-cover -->', renderHandoutCover(context))
          .replace('<!-- deck:start-cover -->', renderStartCover(library.talk))
          .replaceAll('<!-- deck:title -->', escapeHtml(library.talk.title))
          .replace('<!-- deck:description -->', escapeHtml(`${library.talk.subtitle}. ${library.talk.audience}.`));
      },
    },
  };
}
