import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';
import { SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from '../deck/canvas.ts';

/**
 * The deck's Content Security Policy: the page runs its own files and nothing else. What
 * reveal.js must write inline (the print view's page size, the speaker view's page) is
 * allowed by the hash of its exact text, so an injected script or style sheet is refused.
 *
 * Style attributes are the one thing allowed inline: reveal.js's speaker view writes its
 * page with some. A style attribute cannot run code, and with fonts, images and connections held
 * to the deck's own files it cannot reach anywhere either.
 *
 * A <meta> policy cannot set `frame-ancestors`; a host that can send headers should send
 * this policy as a header with `frame-ancestors 'self'` added.
 */

export class ContentPolicyError extends Error {
  override name = 'ContentPolicyError';
}

/** A CSP source expression for the exact text of an inline script or style. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The style sheets reveal.js's print view writes into the page for this deck's canvas (PrintView.activate). */
export function printViewStyles(): string[] {
  const pageWidth = Math.floor(SLIDE_WIDTH * (1 + SLIDE_MARGIN));
  const pageHeight = Math.floor(SLIDE_HEIGHT * (1 + SLIDE_MARGIN));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${SLIDE_WIDTH}px; max-height:${SLIDE_HEIGHT}px}`,
  ];
}

/**
 * The inline style and script of the speaker view: the notes plugin writes its page into the
 * window it opens, and that window keeps the deck's policy. Read from the plugin's own source,
 * so a reveal.js update that changes them changes the hashes too.
 */
export function speakerViewInline(notesPluginSource: string, file = 'the notes plugin'): { style: string; script: string } {
  const call = notesPluginSource.indexOf('.document.write(');
  const open = call + '.document.write('.length;
  const quote = notesPluginSource[open];
  if (call < 0 || (quote !== '"' && quote !== "'" && quote !== '`')) {
    throw new ContentPolicyError(`content policy: no speaker view page found in ${file}; its script needs a hash in the policy.`);
  }
  let end = open + 1;
  while (end < notesPluginSource.length && notesPluginSource[end] !== quote) end += notesPluginSource[end] === '\\' ? 2 : 1;
  const page = String(runInNewContext(notesPluginSource.slice(open, end + 1)));
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  if (style === undefined || script === undefined) {
    throw new ContentPolicyError(`content policy: the speaker view page in ${file} has no <style> or <script> where expected.`);
  }
  return { style, script };
}

const COMMON = ["default-src 'none'", "style-src-attr 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"];

/** The page's own inline styles and scripts (those with no src), as written. */
export function inlinePieces(html: string): { styles: string[]; scripts: string[] } {
  return {
    styles: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!),
    scripts: [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]!),
  };
}

/**
 * The policy of the site: its own files, and by hash the page's own inline style and script
 * and the inline pieces of the print and speaker views.
 */
export function sitePolicy(speakerView: { style: string; script: string }, page: { styles: string[]; scripts: string[] }): string {
  return [
    ...COMMON,
    `script-src 'self' ${[...page.scripts, speakerView.script].map(hashSource).join(' ')}`,
    `style-src 'self'`,
    `style-src-elem 'self' ${[...page.styles, ...printViewStyles(), speakerView.style].map(hashSource).join(' ')}`,
    "font-src 'self'",
    // reveal.js's style sheet draws a few controls as data: images.
    "img-src 'self' data:",
    "connect-src 'self'",
    // The speaker view shows the deck's own slides in frames.
    "frame-src 'self'",
  ].join('; ');
}

/** The policy of the offline file: its inline scripts and styles by hash, fonts and images inside it. */
export function offlinePolicy(page: { styles: string[]; scripts: string[] }): string {
  return [
    ...COMMON,
    `script-src ${page.scripts.map(hashSource).join(' ')}`,
    `style-src ${page.styles.map(hashSource).join(' ')}`,
    `style-src-elem ${[...page.styles, ...printViewStyles()].map(hashSource).join(' ')}`,
    'font-src data:',
    'img-src data:',
  ].join('; ');
}

/** Puts the policy first in <head>: a policy applies only to what comes after it. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new ContentPolicyError('content policy: index.html has no <meta charset>, after which the policy goes.');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * The build step that writes the site's policy into index.html, once Vite has written the
 * page's last byte (the font addresses in its inline style go in after the HTML hooks), so the
 * hashes are of the text the browser reads. The dev server has none: Vite's own styles are
 * inline there.
 */
export function contentPolicy(skipInMode: string): Plugin {
  let speakerView: { style: string; script: string };
  return {
    name: 'content-policy',
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' && env.mode !== skipInMode,
    async buildStart() {
      const notes = await this.resolve('reveal.js/plugin/notes');
      if (!notes) throw new ContentPolicyError('content policy: cannot find reveal.js/plugin/notes; run npm install.');
      speakerView = speakerViewInline(readFileSync(notes.id, 'utf8'), notes.id);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new ContentPolicyError('content policy: the build wrote no index.html.');
        const html = String(page.source);
        page.source = withPolicy(html, sitePolicy(speakerView, inlinePieces(html)));
      },
    },
  };
}
