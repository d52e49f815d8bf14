import { nextTask } from '../../deck/next-task.ts';
import { element } from '../../panels/panel.ts';
import { plainTerm } from '../../panels/glossary.ts';

/**
 * The handout (`?print-pdf`): the reader view laid out for paper. Every word is real text at
 * its printed size (src/theme/handout.css: clear print, or large print with `&large-print`),
 * so the PDF reads at 12 pt and up (16 pt in large print) and its tag tree is the document's
 * own: a heading per slide, lists, tables, figures with their words. It is:
 * - a cover, from the `#handout-cover` template rendered at build time: the talk, the
 *   seminar's details, the QR code, the sections of the talk, who made it and who paid;
 * - each slide from a new page: its title, its words, its figure complete with every step in
 *   words, and what the speaker says; the space left is the reader's for notes, and the
 *   questions to ask have ruled lines for the answers;
 * - a last page of lines for notes.
 * Page numbers and the running title are the paper's margins (handout.css). When it is ready
 * to print, <html> gets `handout-ready`; src/node/handout.ts waits for it, prints, finds where
 * each section of the talk starts and writes those pages into the cover's contents.
 */

export const READY_CLASS = 'handout-ready';
/** A sheet of A4, or US Letter. */
export type Paper = 'a4' | 'letter';

export interface HandoutOptions {
  largePrint: boolean;
  paper: Paper;
}

/** What the address asks of the handout: `&large-print`, `&paper=letter`. */
export function handoutOptions(search: string): HandoutOptions {
  const query = new URLSearchParams(search);
  return { largePrint: query.has('large-print'), paper: query.get('paper') === 'letter' ? 'letter' : 'a4' };
}

/** Whether this page is the handout, rather than the reader view on screen. */
export const isHandout = (search: string): boolean => /print-pdf/i.test(search);

declare global {
  interface Window {
    /** For src/node/handout.ts: writes the pages each section starts on into the cover. */
    handoutContents?: (pages: Record<string, number>) => void;
  }
}

/**
 * Lays the handout out, draws every figure complete for paper (in its narrow layout for large
 * print, where words must be bigger than a wide drawing can keep them, with an icon array's
 * panels as pictures of their own that a page may fall between), and marks the page
 * ready once the fonts are in.
 */
export async function startHandout(doc: Document = document): Promise<void> {
  const options = handoutOptions(doc.defaultView?.location.search ?? '');
  layoutHandout(options, doc);
  // The worksheets' look, for their blank forms; never their code, which reads the reader's answers.
  await import('../../theme/worksheets.css');
  const { drawFigure } = await import('../../figures/figure-drawing.ts');
  for (const figure of doc.querySelectorAll<HTMLElement>('.slides figure[data-figure]')) drawFigure(figure, { narrow: options.largePrint, paged: options.largePrint });
  await doc.fonts.ready;
  await nextTask();
  window.handoutContents = (pages) => fillContentsPages(pages, doc);
  doc.documentElement.classList.add(READY_CLASS);
}

/** Ruled lines under each list of questions, and on the last page. */
const NOTE_LINES = { questions: { clear: 7, large: 5 }, last: { clear: 20, large: 14 } } as const;

/**
 * Lays the page out as the handout. Works on the DOM alone (no measuring), so it can be
 * tested without a browser; `drawn` resolves once the figures are drawn for paper.
 */
export function layoutHandout({ largePrint, paper }: HandoutOptions, doc: Document = document): void {
  const root = doc.documentElement;
  root.classList.add('handout');
  root.classList.toggle('large-print', largePrint);
  root.dataset.paper = paper;
  usePaper(doc, paper, doc.querySelector('.slides h1')?.textContent?.trim() ?? '');
  const template = doc.querySelector<HTMLTemplateElement>('template#handout-cover');
  if (template?.dataset.documentTitle) doc.title = template.dataset.documentTitle;

  const main = doc.querySelector('.slides');
  const sections = [...doc.querySelectorAll<HTMLElement>('.slides > section:not([data-visibility="hidden"])')];
  // The cover's title is the document's one top heading: the title slide's becomes a slide's.
  for (const heading of doc.querySelectorAll('.slides > section > h1')) heading.replaceWith(retag(heading, 'h2'));
  const size = largePrint ? 'large' : 'clear';
  for (const section of sections) forPaper(section, NOTE_LINES.questions[size]);
  if (template && main) main.prepend(cover(template, sections));
  main?.append(element('section', { className: 'handout-notes-page', attrs: { 'aria-label': 'Your notes' } }, noteLines(NOTE_LINES.last[size], 'Your notes')));
}

/** An element of another tag, with the same attributes and children. */
function retag(from: Element, tag: 'h2'): HTMLElement {
  const to = element(tag);
  for (const { name, value } of from.attributes) to.setAttribute(name, value);
  to.append(...from.childNodes);
  return to;
}

/** A slide as paper has it: words for buttons, every step shown and written out, narration, lines under questions. */
function forPaper(section: HTMLElement, questionLines: number): void {
  section.querySelectorAll('button.term').forEach((button) => button.replaceWith(plainTerm(button)));
  section.querySelectorAll('.term-popover, .figure-replay').forEach((node) => node.remove());
  section.querySelectorAll('a[href^="#/"]').forEach((link) => link.replaceWith(element('span', { text: link.textContent ?? '' })));
  section.querySelectorAll('.fragment').forEach((step) => step.classList.add('visible'));
  // A word list is a list on paper: a screen reader moves through the glossary by its items.
  for (const list of section.querySelectorAll('dl.glossary')) list.replaceWith(wordList(list));
  for (const steps of section.querySelectorAll<HTMLElement>('[data-figure-text="steps"]')) {
    steps.before(element('p', { className: 'handout-label', text: 'The picture, step by step' }));
  }
  const notes = section.querySelector<HTMLElement>(':scope > aside.notes');
  if (notes) {
    notes.setAttribute('aria-labelledby', `${section.id}-notes`);
    notes.prepend(element('h3', { className: 'notes-heading', id: `${section.id}-notes`, text: 'What the speaker says' }));
  }
  for (const questions of section.querySelectorAll('.questions')) questions.after(noteLines(questionLines, 'Answers and your own questions'));
  for (const worksheet of section.querySelectorAll<HTMLElement>('.worksheet')) blankWorksheet(worksheet, questionLines);
}

/**
 * A worksheet on paper: its form, blank, to fill in with a pen. The handout never reads the
 * answers a reader keeps on their device (it does not load the worksheets' code), and every
 * control is cleared here too, whatever the browser might have put back. What only works on
 * a screen goes: the projector's prompt, the buttons, the note on what the device keeps. A
 * text box becomes lines to write on; the answers to the knowledge questions move to the end,
 * to check after answering; the summary keeps its key numbers, with lines for notes.
 */
function blankWorksheet(worksheet: HTMLElement, lines: number): void {
  worksheet.querySelectorAll('.worksheet-prompt, .worksheet-open-row, .worksheet-privacy, .worksheet-kept, .summary-actions, .summary-sheet, .worksheet-on-screen').forEach((node) => node.remove());
  for (const control of worksheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (control instanceof HTMLInputElement) {
      control.checked = false;
      control.removeAttribute('checked');
    } else control.value = '';
  }
  for (const text of worksheet.querySelectorAll('.own-questions')) {
    text.replaceWith(noteLines(lines, text.querySelector('label')?.textContent ?? 'My own questions'));
  }
  const explanations = [...worksheet.querySelectorAll<HTMLElement>('.explanation')];
  if (explanations.length > 0) {
    const list = element('ol', { className: 'worksheet-answers-list' });
    for (const explanation of explanations) {
      const question = explanation.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      explanation.remove();
      const words = explanation.querySelector('.explanation-words p');
      words?.querySelector('strong')?.remove();
      list.append(element('li', {}, element('strong', { text: `${question} ` }), ...(words ? [...words.childNodes] : [])));
    }
    worksheet.querySelector('.worksheet-question')?.append('What the talk said is after the questions.');
    worksheet.querySelector('.worksheet-form')?.append(element('div', { className: 'worksheet-answers' }, element('p', { className: 'handout-label', text: 'What the talk said: check after you answer' }), list));
  }
  if (worksheet.dataset.worksheet === 'summary') {
    worksheet.querySelector('.worksheet-question')?.remove();
    worksheet.querySelector('.worksheet-form')?.append(noteLines(lines, 'My notes for my next visit'));
  }
}

/** The glossary's terms and meanings as a list, each item a term in bold and what it means. */
function wordList(terms: Element): HTMLElement {
  const items = [...terms.querySelectorAll(':scope > div')].map((pair) =>
    element('li', { attrs: { id: pair.id || undefined } }, element('strong', { text: pair.querySelector('dt')?.textContent ?? '' }), ` ${pair.querySelector('dd')?.textContent ?? ''}`),
  );
  return element('ul', { className: 'glossary-list' }, ...items);
}

function noteLines(count: number, label: string): HTMLElement {
  const lines = element('div', { className: 'handout-lines-ruled', attrs: { 'aria-hidden': 'true' } });
  for (let i = 0; i < count; i++) lines.append(element('span', { className: 'handout-line' }));
  return element('div', { className: 'handout-lines' }, element('p', { className: 'handout-label', text: label }), lines);
}

/** The cover, with the contents: each section of the talk, its page filled in once known. */
function cover(template: HTMLTemplateElement, sections: HTMLElement[]): HTMLElement {
  const page = element('section', { className: 'handout-cover-page', id: 'handout-cover-page' });
  page.append(template.content.cloneNode(true));
  const contents = page.querySelector('.handout-contents');
  const seen = new Set<string>();
  for (const section of sections) {
    const name = section.dataset.section;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    contents?.append(
      element(
        'li',
        { attrs: { 'data-slide': section.id } },
        element('span', { className: 'handout-contents-name', text: name }),
        element('span', { className: 'handout-contents-page' }),
      ),
    );
  }
  return page;
}

/** Writes the page each section starts on into the cover's contents (from the printed PDF). */
export function fillContentsPages(pages: Record<string, number>, doc: Document = document): void {
  for (const item of doc.querySelectorAll<HTMLElement>('.handout-contents li[data-slide]')) {
    const page = pages[item.dataset.slide!];
    const where = item.querySelector('.handout-contents-page');
    if (where) where.textContent = page ? `page ${page}` : '';
  }
}

/**
 * The paper: its size, and its margins with the talk's title and "Page n of N" at the foot of
 * every page but the cover. In a sheet of its own, made here, since the size is chosen by the
 * address and the title is the talk's; margin boxes are not in the page, so a screen reader
 * meets them as the artefacts they are.
 */
function usePaper(doc: Document, paper: Paper, title: string): void {
  const view = doc.defaultView;
  if (!view?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return;
  const sheet = new view.CSSStyleSheet();
  const foot = 'font-family: var(--font); font-size: var(--read-type-small); color: var(--print-soft);';
  sheet.replaceSync(
    `@page { size: ${paper === 'letter' ? 'letter' : 'A4'} portrait; margin: 15mm 15mm 18mm; ` +
      `@bottom-left { content: ${JSON.stringify(title)}; ${foot} } ` +
      `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${foot} font-weight: 700; } }` +
      `@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }`,
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
