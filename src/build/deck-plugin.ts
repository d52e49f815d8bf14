import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { library } from '../../slides/index.ts';
import { assertValidContent } from '../content/validate.ts';
import { renderSlides } from '../render/render-slides.ts';
import { escapeHtml } from '../render/html.ts';
import { loadSeminar } from './seminar-config.ts';
import type { Seminar } from '../content/model.ts';

export const DEFAULT_SEMINAR = 'slides/seminar.json';

export interface DeckPluginOptions {
  root: string;
  /** The seminar details file; SEMINAR_CONFIG overrides the default. */
  seminarFile?: string;
}

/**
 * Renders the talk into index.html at build time, so the first slide paints before any
 * script runs and the words stay out of the JavaScript bundle. Bad content or seminar details
 * stop a build before anything is written (buildStart comes before the output folder is
 * emptied), and show as an error when the dev server serves the page. Loading the config
 * alone (as Vitest does) checks nothing: there the content rules run as tests.
 */
export function deckPlugin({ root, seminarFile }: DeckPluginOptions): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let seminar: Seminar | undefined;
  const load = (): Seminar => {
    seminar = loadSeminar(resolve(root, seminarFile ?? process.env.SEMINAR_CONFIG ?? DEFAULT_SEMINAR));
    assertValidContent(library);
    return seminar;
  };
  return {
    name: 'seminar-deck',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command === 'build') load();
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const details = command === 'serve' || !seminar ? load() : seminar;
        const slides = renderSlides({
          ...library,
          seminar: details,
          readAsset: (file) => readFileSync(resolve(root, 'assets', file), 'utf8'),
        });
        return html
          .replace('<!-- deck:slides -->', slides)
          .replaceAll('<!-- deck:title -->', escapeHtml(library.talk.title))
          .replace('<!-- deck:description -->', escapeHtml(`${library.talk.subtitle}. ${library.talk.audience}.`));
      },
    },
  };
}
