import { writeFileSync } from 'node:fs';
import { extname, join, posix, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { offlinePolicy, withPolicy } from './content-policy.ts';

/** Rolldown's output, reduced to what this step reads. */
type OutputFile =
  | { type: 'chunk'; fileName: string; code: string; imports: string[] }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };
type OutputBundle = Record<string, OutputFile>;

export const OFFLINE_FILE = 'offline.html';

/** Big enough for the deck, small enough for an email or a slow USB stick. */
export const OFFLINE_BUDGET_BYTES = 1024 * 1024;

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export class OfflineFileError extends Error {
  override name = 'OfflineFileError';
}

/** The build mode of the second, in-memory build that the offline file is made from. */
export const OFFLINE_MODE = 'offline-file';

/**
 * After the site is written, writes `offline.html` next to `index.html`: the same page with its
 * script inlined as one module script, all its CSS as one <style>, and fonts and images as
 * data: URLs. It works opened straight from disk (file://) with no network, on a venue laptop
 * or a USB stick. One script block and one style block, so that a Content Security Policy can
 * allow them by hash.
 *
 * The site loads some code only when it is needed (the figures' drawing, the speaker view),
 * which a page opened from disk cannot fetch. So the offline file comes from a second build,
 * in memory, with that code inlined into the one script.
 */
export function offlineFile(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'offline-file',
    apply: (_config, env) => env.command === 'build' && env.mode !== OFFLINE_MODE,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const output = await build({
        configFile: config.configFile,
        root: config.root,
        mode: OFFLINE_MODE,
        logLevel: 'warn',
        build: { write: false, rolldownOptions: { output: { codeSplitting: false } } },
        plugins: [withoutSpeakerNotes()],
      });
      const files = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
      const bundle = Object.fromEntries(files.map((file) => [file.fileName, file])) as unknown as OutputBundle;
      const html = makeOfflineHtml(bundle);
      const outDir = resolve(config.root, config.build.outDir);
      writeFileSync(join(outDir, OFFLINE_FILE), html);
      const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
      const budget = Buffer.byteLength(html) > OFFLINE_BUDGET_BYTES ? ` (over the ${OFFLINE_BUDGET_BYTES / 1024 / 1024} MB budget)` : '';
      config.logger.info(`${config.build.outDir}/${OFFLINE_FILE}  ${kb} kB, self-contained${budget}`);
    },
  };
}

const NOTES_PLUGIN = 'reveal.js/plugin/notes';
const NO_NOTES = '\0offline-no-speaker-notes';

/**
 * The speaker view needs the deck served over http (its windows talk across origins), so
 * the offline file leaves reveal.js's notes plugin out; opened from disk, S says so instead
 * (src/modes/speaker-view.ts).
 */
function withoutSpeakerNotes(): Plugin {
  return {
    name: 'offline-without-speaker-notes',
    enforce: 'pre',
    resolveId: (id) => (id === NOTES_PLUGIN ? NO_NOTES : undefined),
    load: (id) =>
      id === NO_NOTES ? `export default () => { throw new Error('The speaker view needs the deck served over http.'); };` : undefined,
  };
}

/** The built index.html with everything it loads inside it. */
export function makeOfflineHtml(bundle: OutputBundle): string {
  const page = bundle['index.html'];
  if (page?.type !== 'asset') throw new OfflineFileError('offline file: the build wrote no index.html.');
  let html = String(page.source);

  const fileAt = (url: string, from = ''): OutputFile => {
    const name = posix.normalize(posix.join(posix.dirname(from), url.split(/[?#]/)[0]!)).replace(/^\.\//, '');
    const file = bundle[name];
    if (!file) throw new OfflineFileError(`offline file: "${url}" is not part of the build.`);
    return file;
  };
  const dataUrl = (file: OutputFile): string => {
    const mime = MIME[extname(file.fileName).toLowerCase()];
    if (!mime || file.type !== 'asset') throw new OfflineFileError(`offline file: cannot inline "${file.fileName}".`);
    return `data:${mime};base64,${Buffer.from(file.source).toString('base64')}`;
  };

  // The entry script, inline. It must not import other files, or the page would break offline.
  const scripts: string[] = [];
  html = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>\s*/g, (_tag, src: string) => {
    const chunk = fileAt(src);
    if (chunk.type !== 'chunk') throw new OfflineFileError(`offline file: "${src}" is not a script of the build.`);
    if (chunk.imports.length > 0) {
      throw new OfflineFileError(`offline file: the entry script imports ${chunk.imports.join(', ')} on start; it must be one file to work from disk.`);
    }
    scripts.push(chunk.code);
    return '';
  });
  if (scripts.length !== 1) throw new OfflineFileError(`offline file: expected one entry script, found ${scripts.length}.`);
  // Nothing to fetch ahead from disk: the fonts are inside the style.
  html = html.replace(/<link\b[^>]*\brel="(modulepreload|preload)"[^>]*>\s*/g, '');

  // All styles as one <style>: the page's own first, then its stylesheets in order, with
  // their fonts and images as data: URLs.
  const withDataUrls = (css: string, from: string): string =>
    css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote: string, url: string) =>
      /^(data:|#)/.test(url) ? whole : `url("${dataUrl(fileAt(url, from))}")`,
    );
  const styles: string[] = [];
  html = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>\s*/gi, (_tag, css: string) => {
    styles.push(withDataUrls(css, ''));
    return '';
  });
  html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>\s*/g, (_tag, href: string) => {
    const sheet = fileAt(href);
    if (sheet.type !== 'asset') throw new OfflineFileError(`offline file: "${href}" is not a stylesheet of the build.`);
    styles.push(withDataUrls(String(sheet.source), sheet.fileName));
    return '';
  });

  // Icons and images the markup links to.
  html = html.replace(/\b(href|src)="(\.\/assets\/[^"]+)"/g, (_attr, name: string, url: string) => `${name}="${dataUrl(fileAt(url))}"`);

  const css = styles.join('\n').replace(/<\/style/gi, '<\\/style');
  // Inside the script, "</script" would end the element early; "<\/script" means the same in JS.
  const js = scripts[0]!.replace(/<\/script/gi, '<\\/script');
  if (/<!--/.test(js)) throw new OfflineFileError('offline file: the entry script contains "<!--", which cannot be inlined safely.');
  const head = `<style>${css}</style>\n<script type="module">${js}</script>\n`;
  if (!html.includes('</head>')) throw new OfflineFileError('offline file: index.html has no </head>.');
  return withPolicy(html.replace('</head>', () => `${head}</head>`), offlinePolicy(js, css));
}
