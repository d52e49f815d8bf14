import type { Inline, KnowledgeWorksheet, LeaningWorksheet, QuestionsWorksheet, Slide, SummaryWorksheet, ValuesWorksheet, Worksheet } from '../content/model.ts';
import { plainText } from '../content/inline.ts';
import { answerName, questionKey } from '../content/worksheet-content.ts';
import { ANSWERS_STORAGE_KEY } from '../worksheets/answers-store.ts';
import { attrs, escapeHtml } from './html.ts';

/**
 * A worksheet as HTML, rendered at build time. It has three parts, and each view shows what
 * it needs (theme.css, reader.css, worksheets.css, handout.css):
 * - the prompt: what the projector shows, for the presenter to talk to;
 * - a "Fill in this worksheet" button, on the slides: it opens the form in a panel;
 * - the form: real fieldsets with legends, radio groups, checkboxes and a text box, read and
 *   saved on the reader's device by src/worksheets/ (never sent anywhere). Without that script
 *   (on paper) it is a blank worksheet.
 * Every control's `name` is where its answer is kept (answerName in worksheet-content.ts).
 */

export interface WorksheetScope {
  /** The slide the worksheet is on. */
  slide: Slide;
  slides: readonly Slide[];
  /** Inline text as HTML, glossary words as buttons. */
  inline(value: Inline): string;
  /** Inline text as HTML for a label or legend: glossary words as plain words (nothing to press inside a label). */
  label(value: Inline): string;
}

/** The slide that holds the summary, where answers are cleared; undefined without one. */
export const summarySlideOf = (slides: readonly Slide[]): Slide | undefined =>
  slides.find((slide) => slide.blocks.some((block) => block.kind === 'worksheet' && block.worksheet.type === 'summary'));

export function renderWorksheet(scope: WorksheetScope, worksheet: Worksheet): string {
  const id = `${scope.slide.id}-worksheet`;
  const [prompt, form] = parts(scope, worksheet);
  return (
    `<div${attrs({ class: 'worksheet', id, 'data-worksheet': worksheet.type })}>` +
    `<div class="worksheet-prompt">${prompt}</div>` +
    `<p class="worksheet-open-row"><button type="button" class="worksheet-open" aria-haspopup="dialog" aria-controls="${id}-form">Fill in this worksheet</button></p>` +
    `<div class="worksheet-form" id="${id}-form">${form}${privacy(scope, worksheet.type)}</div>` +
    `</div>`
  );
}

function parts(scope: WorksheetScope, worksheet: Worksheet): [string, string] {
  switch (worksheet.type) {
    case 'values':
      return values(scope, worksheet);
    case 'knowledge':
      return knowledge(scope, worksheet);
    case 'leaning':
      return leaning(scope, worksheet);
    case 'questions':
      return questions(scope, worksheet);
    case 'summary':
      return summary(scope, worksheet);
  }
}

/** One radio or checkbox with its words, the whole row a target for a finger. */
function choice(type: 'radio' | 'checkbox', name: string, value: string, words: string): string {
  // autocomplete off: the browser keeps no copy of its own to put back on reload (the store is the one place).
  return `<label class="choice"><input${attrs({ type, name, value, autocomplete: 'off' })}><span class="choice-words">${words}</span></label>`;
}

/** A link back to the slide with the facts, named by its title. */
function factsLink(scope: WorksheetScope, slideId: string): string {
  const target = scope.slides.find((slide) => slide.id === slideId);
  const title = target ? plainText(target.title) : slideId;
  return `<a class="worksheet-link" href="#/${escapeHtml(slideId)}">The facts: ${escapeHtml(title)}</a>`;
}

function values(scope: WorksheetScope, sheet: ValuesWorksheet): [string, string] {
  const questionId = `${scope.slide.id}-question`;
  const prompt =
    `<p class="worksheet-prompt-lead">${scope.label(sheet.question)}</p>` +
    `<ul class="points worksheet-prompt-list" data-columns="2">${sheet.statements.map((s) => `<li>${scope.label(s.text)}</li>`).join('')}</ul>`;
  const form =
    `<p class="worksheet-question" id="${questionId}">${scope.label(sheet.question)} Mark one answer for each.</p>` +
    sheet.statements
      .map(
        (statement) =>
          `<fieldset class="worksheet-group rating" aria-describedby="${questionId}">` +
          `<legend>${scope.label(statement.text)}</legend>` +
          `<div class="choices" data-layout="scale">${sheet.scale.map((point, i) => choice('radio', answerName.value(statement.id), String(i + 1), scope.label(point))).join('')}</div>` +
          factsLink(scope, statement.slide) +
          `</fieldset>`,
      )
      .join('');
  return [prompt, form];
}

function knowledge(scope: WorksheetScope, sheet: KnowledgeWorksheet): [string, string] {
  const prompt = `<ol class="worksheet-prompt-list">${sheet.questions.map((q) => `<li>${scope.label(q.question)}</li>`).join('')}</ol>`;
  const form =
    `<p class="worksheet-question">Not a test, and nobody marks it. <span class="worksheet-on-screen">Pick an answer to see what the talk said.</span></p>` +
    sheet.questions
      .map((q) => {
        const name = answerName.knowledge(q.id);
        return (
          `<fieldset${attrs({ class: 'worksheet-group quiz', 'data-answer': q.answer })}>` +
          `<legend>${scope.label(q.question)}</legend>` +
          `<div class="choices" data-layout="list">${q.choices.map((c) => choice('radio', name, c.id, scope.label(c.text))).join('')}</div>` +
          `<div class="explanation" data-explains="${escapeHtml(name)}" aria-live="polite">` +
          `<div class="explanation-words"><p><strong>What the talk said:</strong> ${scope.inline(q.explanation)}</p>${factsLink(scope, q.slide)}</div>` +
          `</div>` +
          `</fieldset>`
        );
      })
      .join('');
  return [prompt, form];
}

function leaning(scope: WorksheetScope, sheet: LeaningWorksheet): [string, string] {
  const prompt =
    `<div class="columns" data-columns="2">` +
    `<div class="column"><h3>${scope.label(sheet.question)}</h3><ul class="points">${sheet.options.map((o) => `<li>${scope.label(o.text)}</li>`).join('')}</ul></div>` +
    `<div class="column"><h3>Am I SURE?</h3><ul class="sure-letters">${sheet.sure.map((s) => `<li><span class="sure-letter">${s.letter}</span> ${scope.label(s.name)}</li>`).join('')}</ul></div>` +
    `</div>`;
  const form =
    `<fieldset class="worksheet-group leaning">` +
    `<legend>${scope.label(sheet.question)}</legend>` +
    `<div class="choices" data-layout="list">${sheet.options.map((o) => choice('radio', answerName.leaning, o.id, scope.label(o.text))).join('')}</div>` +
    `</fieldset>` +
    `<fieldset class="worksheet-group sure">` +
    `<legend>Am I SURE? Four questions to ask myself</legend>` +
    sheet.sure
      .map(
        (item) =>
          `<fieldset class="sure-item">` +
          `<legend><span class="sure-letter" aria-hidden="true">${item.letter}</span> <span class="sure-name">${scope.label(item.name)}:</span> ${scope.label(item.question)}</legend>` +
          `<div class="choices" data-layout="yes-no">${choice('radio', answerName.sure(item.id), 'yes', 'Yes')}${choice('radio', answerName.sure(item.id), 'no', 'No')}</div>` +
          `</fieldset>`,
      )
      .join('') +
    `<p class="sure-if-no">${scope.inline(sheet.ifNo)}</p>` +
    `</fieldset>`;
  return [prompt, form];
}

function questions(scope: WorksheetScope, sheet: QuestionsWorksheet): [string, string] {
  const lists = sheet.from.flatMap((slideId) => {
    const slide = scope.slides.find((s) => s.id === slideId);
    const items = slide?.blocks.flatMap((block) => (block.kind === 'questions' ? block.items : [])) ?? [];
    return slide ? [{ slide, items }] : [];
  });
  const ownId = `${scope.slide.id}-own`;
  const prompt =
    `<p class="worksheet-prompt-lead">Tick the questions you want to ask, and add your own:</p>` +
    `<ul class="points worksheet-prompt-list">${lists.map(({ slide, items }) => `<li>${scope.label(slide.title)} (${items.length})</li>`).join('')}</ul>`;
  const form =
    lists
      .map(
        ({ slide, items }) =>
          `<fieldset class="worksheet-group checklist">` +
          `<legend>${scope.label(slide.title)}</legend>` +
          `<div class="choices" data-layout="list">${items.map((item) => choice('checkbox', answerName.questions, questionKey(item), scope.label(item))).join('')}</div>` +
          `</fieldset>`,
      )
      .join('') +
    `<div class="worksheet-group own-questions">` +
    `<label class="own-label" for="${ownId}">${scope.label(sheet.own)}</label>` +
    `<textarea${attrs({ id: ownId, name: answerName.own, rows: 5, spellcheck: 'true', autocomplete: 'off' })}></textarea>` +
    `</div>`;
  return [prompt, form];
}

function summary(scope: WorksheetScope, sheet: SummaryWorksheet): [string, string] {
  const numbers = `<ul class="key-numbers">${sheet.keyNumbers.map((line) => `<li>${scope.inline(line)}</li>`).join('')}</ul>`;
  const prompt = `<h3>Key numbers from the talk</h3>${numbers}`;
  const form =
    `<p class="worksheet-question">Your answers from the pages before, on one page with the key numbers, to print or save as a PDF and take to your next visit.</p>` +
    `<p class="summary-actions"><button type="button" class="reader-button summary-print-button">Print my summary</button></p>` +
    `<div class="summary-sheet" data-summary>` +
    `<p class="summary-empty">Your answers will show here once you fill in the pages before this one.</p>` +
    `</div>` +
    `<div class="summary-numbers"><h3>Key numbers from the talk</h3>${numbers}</div>`;
  return [prompt, form];
}

/**
 * What is kept and where, said on every worksheet: in full on the summary, with the control
 * that clears it all; in a line on the others, with the way there.
 */
function privacy(scope: WorksheetScope, type: Worksheet['type']): string {
  if (type === 'summary') {
    return (
      `<div class="worksheet-kept" role="group" aria-labelledby="${scope.slide.id}-kept">` +
      `<h3 id="${scope.slide.id}-kept">What is kept, and where</h3>` +
      `<p>Your marks and the questions you write are saved as you go, only in this web browser on this device. ` +
      `They are kept in its local storage, under the name “${ANSWERS_STORAGE_KEY}”.</p>` +
      `<p>They are never sent anywhere, never put in the web address, and never printed in the handout. ` +
      `Anyone who uses this browser on this device could see them: clear them when you are done on a shared device.</p>` +
      `<p class="clear-actions"><button type="button" class="reader-button answers-clear">Clear my answers</button></p>` +
      `<div class="clear-confirm" role="group" aria-labelledby="${scope.slide.id}-clear-question" hidden>` +
      `<p id="${scope.slide.id}-clear-question">Clear all your answers from this device? This cannot be undone.</p>` +
      `<p class="clear-confirm-actions">` +
      `<button type="button" class="reader-button answers-clear-no">No, keep them</button>` +
      `<button type="button" class="reader-button answers-clear-yes">Yes, clear them</button>` +
      `</p></div>` +
      `<p class="clear-done" role="status"></p>` +
      `</div>`
    );
  }
  const summarySlide = summarySlideOf(scope.slides);
  const where = summarySlide ? ` To remove them, use “Clear my answers” on <a href="#/${escapeHtml(summarySlide.id)}">${escapeHtml(plainText(summarySlide.title))}</a>.` : '';
  return `<p class="worksheet-privacy">Your answers are saved as you go, only in this browser on this device. They are never sent anywhere.${where}</p>`;
}
