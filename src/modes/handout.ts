import type { Deck } from '../deck/reveal-types.ts';
import { element } from '../panels/panel.ts';

/**
 * The handout: reveal.js's print view (`?print-pdf`), laid out again for readers to take home.
 *
 * reveal.js puts every slide on its own page (a `.pdf-page`, all fragments shown) and fires
 * `pdf-ready`. Then this module makes A4 portrait pages of them: a cover first (from the
 * `#handout-cover` template rendered at build time), then each slide scaled to the page width
 * with its narration (the slide's `aside.notes`) in large type below, ruled lines for the
 * reader's own notes in the space left, and a page number. The reference slides (glossary,
 * sources, questions) are set as text at reading size instead of as a picture of the slide.
 * The slides themselves are moved, not copied, so figures drawn into them print as drawn.
 * src/theme/print.css does the styling, all of it under `html.handout`.
 *
 * When the pages are ready to print (fonts loaded, laid out, checked against the paper),
 * `<html>` gets the class `handout-ready`: src/node/handout.ts waits for it.
 */

export const READY_CLASS = 'handout-ready';
/** Ruled lines put on a page; it shows as many as fit. */
const NOTE_LINES = 24;

/** Waits for reveal.js's print view to lay out its pages, then makes them a handout. */
export async function startHandout(deck: Deck, doc: Document = document): Promise<void> {
  await printViewLaidOut(deck, doc);
  layoutHandout(doc);
  await Promise.all([doc.fonts.ready, ...[...doc.images].map((image) => image.decode().catch(() => undefined))]);
  await nextFrames(2);
  fitPages(doc);
  doc.documentElement.classList.add(READY_CLASS);
}

/** Resolves once the print view's pages exist (it appends them and fires `pdf-ready` together). */
function printViewLaidOut(deck: Deck, doc: Document): Promise<void> {
  if (doc.querySelector('.reveal .slides > .pdf-page')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      deck.off('pdf-ready', done);
      resolve();
    };
    deck.on('pdf-ready', done);
  });
}

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

type PageKind = 'cover' | 'slide' | 'reference';

/**
 * Turns the print view's pages into handout pages. Works on the DOM alone (no measuring), so it
 * can be tested without a browser; `fitPages` then checks the result against the page size.
 */
export function layoutHandout(doc: Document = document): void {
  const container = doc.querySelector<HTMLElement>('.reveal .slides');
  if (!container) return;
  doc.documentElement.classList.add('handout');
  usePaperSize(doc);
  const pages = [...container.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  const total = pages.length + 1;
  const talkTitle = doc.querySelector('.slides section h1')?.textContent?.trim() ?? doc.title;

  pages.forEach((page, index) => {
    const section = page.querySelector<HTMLElement>(':scope > section');
    page.querySelector('.slide-number-pdf')?.remove();
    page.classList.add('handout-page');
    if (!section) return;
    const kind: PageKind = section.querySelector('dl.glossary, ol.sources, .questions') ? 'reference' : 'slide';
    page.dataset.kind = kind;
    if (kind === 'slide') pictureSlide(page, section);
    // Set as text, a reference slide has no use for its (empty) background layer, which
    // would otherwise lie over the words.
    else page.querySelector(':scope > .slide-background')?.remove();

    const figureWords = pictureInWords(section);
    if (figureWords) page.append(figureWords);
    const notes = section.querySelector('aside.notes');
    if (notes && notes.textContent?.trim()) {
      const narration = element('div', { className: 'handout-narration' });
      narration.append(element('p', { className: 'handout-label', text: 'What the speaker says' }));
      for (const child of notes.children) narration.append(child.cloneNode(true));
      page.append(narration);
    }
    page.append(noteLines(Boolean(section.querySelector('.questions'))));
    page.append(footer(talkTitle, index + 2, total));
  });

  const cover = coverPage(doc, pages, total);
  if (cover) container.prepend(cover);
  const template = doc.querySelector<HTMLTemplateElement>('template#handout-cover');
  if (template?.dataset.documentTitle) doc.title = template.dataset.documentTitle;
}

/**
 * A4 portrait for every page. reveal.js sets the page size to the slide's in a <style> it adds
 * on activation, after every stylesheet of ours; a constructed stylesheet comes after all of
 * them in the cascade (and, set through the CSS object model, needs no inline <style> that a
 * Content Security Policy would have to allow).
 */
function usePaperSize(doc: Document): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync('@page { size: A4 portrait; margin: 0; }');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** The slide as a picture: its canvas, scaled to the page width by print.css. */
function pictureSlide(page: HTMLElement, section: HTMLElement): void {
  const frame = element('div', { className: 'handout-slide' });
  const canvas = element('div', { className: 'handout-slide-canvas' });
  const background = page.querySelector(':scope > .slide-background');
  if (background) canvas.append(background);
  canvas.append(section);
  frame.append(canvas);
  page.prepend(frame);
  page.dataset.kind = 'slide';
}

/**
 * A figure prints complete, but on a slide only one step's words show under it: on paper,
 * every step of a step list is written out below the picture. (A figure whose words are a
 * data table, the comparison, draws them all in the picture already: they are not repeated.)
 */
function pictureInWords(section: HTMLElement): HTMLElement | undefined {
  const steps = section.querySelector<HTMLElement>('figure[data-figure] [data-figure-text="steps"]');
  if (!steps) return undefined;
  const copy = steps.cloneNode(true) as HTMLElement;
  copy.classList.remove('figure-steps');
  copy.removeAttribute('data-figure-text');
  for (const step of copy.querySelectorAll('.fragment')) {
    step.classList.remove('fragment', 'visible', 'current-fragment');
    step.removeAttribute('data-fragment-index');
  }
  const block = element('div', { className: 'handout-figure-words' });
  block.append(element('p', { className: 'handout-label', text: 'The picture, step by step' }), copy);
  return block;
}

/** Ruled lines for the reader's notes; `keep`: always there (under the questions). */
function noteLines(keep: boolean): HTMLElement {
  const block = element('div', { className: 'handout-lines' });
  if (keep) block.dataset.keep = '';
  block.append(element('p', { className: 'handout-label', text: 'Your notes' }));
  const lines = element('div', { className: 'handout-lines-ruled' });
  lines.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < NOTE_LINES; i++) lines.append(element('span', { className: 'handout-line' }));
  block.append(lines);
  return block;
}

function footer(title: string, number: number, total: number): HTMLElement {
  const foot = element('div', { className: 'handout-foot' });
  foot.append(element('span', { className: 'handout-foot-title', text: title }), element('span', { className: 'handout-foot-page', text: `Page ${number} of ${total}` }));
  return foot;
}

/** The cover from its template, with the contents: each section of the talk and its first page. */
function coverPage(doc: Document, pages: HTMLElement[], total: number): HTMLElement | undefined {
  const template = doc.querySelector<HTMLTemplateElement>('template#handout-cover');
  if (!template) return undefined;
  const page = element('div', { className: 'pdf-page handout-page' });
  page.dataset.kind = 'cover';
  page.append(doc.importNode(template.content, true));
  const contents = page.querySelector('.handout-contents');
  if (contents) {
    const firstPage = new Map<string, number>();
    pages.forEach((p, index) => {
      const name = p.querySelector<HTMLElement>('section[data-section]')?.dataset.section;
      if (name && !firstPage.has(name)) firstPage.set(name, index + 2);
    });
    for (const [name, number] of firstPage) {
      const item = element('li');
      item.append(element('span', { className: 'handout-contents-name', text: name }), element('span', { className: 'handout-contents-page', text: `page ${number}` }));
      contents.append(item);
    }
  }
  page.dataset.pages = String(total);
  return page;
}

/**
 * Checks every page against the paper. A reference page whose text does not fit at reading
 * size becomes a picture of its slide, like the others; a page that still overflows gets
 * the compact layout (narration at 13 pt, never smaller). Note lines with room for fewer
 * than two lines are left out, so no page ends in a lone label.
 */
export function fitPages(doc: Document = document): void {
  for (const page of doc.querySelectorAll<HTMLElement>('.handout-page')) {
    if (!overflows(page)) continue;
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (page.dataset.kind === 'reference' && section) pictureSlide(page, section);
    if (overflows(page)) page.classList.add('handout-compact');
    if (overflows(page)) console.warn(`Handout: page ${page.querySelector('.handout-foot-page')?.textContent ?? ''} does not fit on A4.`);
  }
  for (const lines of doc.querySelectorAll<HTMLElement>('.handout-lines:not([data-keep])')) {
    const line = lines.querySelector('.handout-line');
    const room = lines.querySelector<HTMLElement>('.handout-lines-ruled')?.clientHeight ?? 0;
    if (!line || room < 2 * line.getBoundingClientRect().height) lines.remove();
  }
}

function overflows(page: HTMLElement): boolean {
  return page.scrollHeight > page.clientHeight + 1;
}
