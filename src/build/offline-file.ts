import { writeFileSync } from 'node:fs';
import { extname, join, posix, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

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

/**
 * After the site is written, writes `offline.html` next to `index.html`: the same page with its
 * entry script inlined as one module script, all its CSS as one <style>, and fonts and images
 * as data: URLs. It works opened straight from disk (file://) with no network, on a venue
 * laptop or a USB stick. One script block and one style block, so that a Content Security
 * Policy can allow them by hash. Code loaded with a dynamic import (the speaker view) stays a
 * separate file, which the offline file never needs.
 */
export function offlineFile(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'offline-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      const html = makeOfflineHtml(bundle as unknown as OutputBundle);
      const outDir = resolve(config.root, config.build.outDir);
      writeFileSync(join(outDir, OFFLINE_FILE), html);
      const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
      const budget = Buffer.byteLength(html) > OFFLINE_BUDGET_BYTES ? ` (over the ${OFFLINE_BUDGET_BYTES / 1024 / 1024} MB budget)` : '';
      config.logger.info(`${config.build.outDir}/${OFFLINE_FILE}  ${kb} kB, self-contained${budget}`);
    },
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
  html = html.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '');

  // All stylesheets, in order, as one <style>, with their fonts and images as data: URLs.
  const styles: string[] = [];
  html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>\s*/g, (_tag, href: string) => {
    const sheet = fileAt(href);
    if (sheet.type !== 'asset') throw new OfflineFileError(`offline file: "${href}" is not a stylesheet of the build.`);
    styles.push(
      String(sheet.source).replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote: string, url: string) =>
        /^(data:|#)/.test(url) ? whole : `url("${dataUrl(fileAt(url, sheet.fileName))}")`,
      ),
    );
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
  return html.replace('</head>', () => `${head}</head>`);
}
