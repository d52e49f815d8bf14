import type { Answers } from './answers-store.ts';
import { element } from '../panels/panel.ts';

/**
 * "My summary": the reader's answers from every worksheet, in words, with the talk's key
 * numbers, on the summary worksheet and on one printed page to take to the next visit. It is
 * made from the forms themselves (their legends and labels) and the answers, so it says what
 * the reader saw. Printing puts it alone on the page (`html.printing-summary`, worksheets.css).
 */

export const PRINTING_CLASS = 'printing-summary';
export const PRINT_ID = 'summary-print';

/** What each worksheet is called in the summary. */
const PART_NAMES: Record<string, string> = {
  values: 'What matters to me',
  knowledge: 'What I know',
  leaning: 'Where I am leaning',
  questions: 'My questions',
};

/** The words of an element as the reader reads them: no words kept for screen readers, no source numbers. */
function wordsOf(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, .cite, .sure-letter').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The label's words of the control that holds `value`, in a group. */
function chosenWords(group: ParentNode, name: string, value: string): string {
  const control = [...group.querySelectorAll<HTMLInputElement>('input[name]')].find((input) => input.name === name && input.value === value);
  return wordsOf(control?.closest('label')?.querySelector('.choice-words'));
}

const nameOf = (group: Element): string => group.querySelector('input[name]')?.getAttribute('name') ?? '';

/** One part of the summary: its heading, then its lines (or "Not filled in"). */
function part(heading: string, level: 'h3' | 'h2', lines: (string | HTMLElement)[], className = ''): HTMLElement {
  const body = lines.length > 0 ? element('ul', {}, ...lines.map((line) => (typeof line === 'string' ? element('li', { text: line }) : line))) : element('p', { className: 'summary-none', text: 'Not filled in.' });
  return element('div', { className: `summary-part ${className}`.trim() }, element(level, { text: heading }), body);
}

function valuesLines(sheet: Element, answers: Answers): string[] {
  return [...sheet.querySelectorAll('fieldset.rating')].flatMap((group) => {
    const name = nameOf(group);
    const answer = answers[name];
    return typeof answer === 'string' ? [`${wordsOf(group.querySelector('legend'))}: ${chosenWords(group, name, answer)}`] : [];
  });
}

/** Questions answered otherwise than the talk, or "not sure": points to go over, never a mark. */
function knowledgeLines(sheet: Element, answers: Answers): string[] | null {
  const groups = [...sheet.querySelectorAll<HTMLElement>('fieldset.quiz')];
  const answered = groups.filter((group) => typeof answers[nameOf(group)] === 'string');
  if (answered.length === 0) return null;
  return answered
    .filter((group) => answers[nameOf(group)] !== group.dataset.answer)
    .map((group) => `${wordsOf(group.querySelector('legend'))} The talk said: ${chosenWords(group, nameOf(group), group.dataset.answer ?? '')}.`);
}

function leaningLines(sheet: Element, answers: Answers): string[] {
  const lines: string[] = [];
  const leaning = sheet.querySelector('fieldset.leaning');
  const choice = leaning && answers[nameOf(leaning)];
  if (leaning && typeof choice === 'string') lines.push(`Leaning: ${chosenWords(leaning, nameOf(leaning), choice)}`);
  // The SURE check in one line: four short answers read together.
  const sure = [...sheet.querySelectorAll('fieldset.sure-item')].flatMap((item) => {
    const answer = answers[nameOf(item)];
    return typeof answer === 'string' ? [{ no: answer === 'no', words: `${wordsOf(item.querySelector('.sure-name') ?? item.querySelector('legend'))} ${chosenWords(item, nameOf(item), answer)}` }] : [];
  });
  if (sure.length > 0) lines.push(`Am I SURE? ${sure.map((s) => s.words).join('; ')}.`);
  if (sure.some((s) => s.no)) lines.push(wordsOf(sheet.querySelector('.sure-if-no')));
  return lines;
}

function questionLines(sheet: Element, answers: Answers): (string | HTMLElement)[] {
  const lines: (string | HTMLElement)[] = [];
  for (const box of sheet.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
    const ticked = answers[box.name];
    if (Array.isArray(ticked) && ticked.includes(box.value)) lines.push(wordsOf(box.closest('label')?.querySelector('.choice-words')));
  }
  const own = sheet.querySelector<HTMLTextAreaElement>('textarea[name]');
  const written = own && answers[own.name];
  if (typeof written === 'string' && written.trim() !== '') {
    lines.push(element('li', { className: 'summary-own' }, element('strong', { text: `${wordsOf(sheet.querySelector('.own-label'))}: ` }), written.trim()));
  }
  return lines;
}

/** The summary of `answers`, made from the worksheets in `doc`; null when nothing is answered yet. */
export function summaryContent(answers: Answers, doc: Document = document, level: 'h3' | 'h2' = 'h3'): HTMLElement | null {
  if (Object.keys(answers).length === 0) return null;
  const content = element('div', { className: 'summary-content' });
  for (const sheet of doc.querySelectorAll<HTMLElement>('.worksheet[data-worksheet]')) {
    const type = sheet.dataset.worksheet!;
    const heading = PART_NAMES[type];
    if (!heading) continue;
    if (type === 'values') content.append(part(heading, level, valuesLines(sheet, answers)));
    else if (type === 'leaning') content.append(part(heading, level, leaningLines(sheet, answers)));
    else if (type === 'questions') content.append(part(heading, level, questionLines(sheet, answers), 'summary-questions'));
    else if (type === 'knowledge') {
      const lines = knowledgeLines(sheet, answers);
      const knowing = part(`${heading}: points to go over with my team`, level, lines ?? []);
      if (lines && lines.length === 0) knowing.querySelector('.summary-none')!.textContent = 'None: my answers agreed with what the talk said.';
      content.append(knowing);
    }
  }
  return content;
}

/** Shows the summary of `answers` on the summary worksheet. */
export function showSummary(answers: Answers, doc: Document = document): void {
  for (const place of doc.querySelectorAll<HTMLElement>('[data-summary]')) {
    const content = summaryContent(answers, doc);
    const empty = element('p', { className: 'summary-empty', text: 'Your answers will show here once you fill in the pages before this one.' });
    place.replaceChildren(content ?? empty);
  }
}

/** Today, as the printed summary says it: "5 January 2027". */
function today(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The page to print: a title, the date, the summary and the key numbers, alone on the paper.
 * Made afresh each time, outside the talk, so it prints the same from either view.
 */
export function printPage(answers: Answers, doc: Document = document): HTMLElement {
  doc.getElementById(PRINT_ID)?.remove();
  const talk = wordsOf(doc.querySelector('.slides h1'));
  const numbers = doc.querySelector('.worksheet[data-worksheet="summary"] .summary-numbers .key-numbers');
  const page = element(
    'div',
    { id: PRINT_ID, className: 'summary-print' },
    element('h1', { text: 'My summary' }),
    element('p', { className: 'summary-print-about', text: `${talk}: my answers to the Weigh it up pages, on ${today()}. To take to my next visit.` }),
    summaryContent(answers, doc, 'h2') ?? element('p', { text: 'No answers yet.' }),
    element('div', { className: 'summary-part' }, element('h2', { text: 'Key numbers from the talk' }), numbers ? (numbers.cloneNode(true) as Element) : ''),
    element('p', { className: 'summary-print-note', text: 'Numbers in [brackets] are sources, listed at the end of the talk and in its handout. For learning only, not medical advice.' }),
  );
  doc.body.append(page);
  return page;
}

/** Prints the summary alone (the browser's dialog prints or saves it as a PDF), then puts the page back. */
export function printSummary(answers: Answers, doc: Document = document): void {
  printPage(answers, doc);
  const root = doc.documentElement;
  root.classList.add(PRINTING_CLASS);
  const view = doc.defaultView;
  view?.addEventListener(
    'afterprint',
    () => {
      root.classList.remove(PRINTING_CLASS);
      doc.getElementById(PRINT_ID)?.remove();
    },
    { once: true },
  );
  view?.print();
}
