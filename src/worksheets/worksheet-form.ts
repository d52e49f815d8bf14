import type { Answers, AnswersStore } from './answers-store.ts';

/**
 * The worksheets' forms, wherever they are in the page (in their slide's section, or moved into
 * the slides' panel): answers put back as they were kept, kept again at every change, and a
 * knowledge question's explanation shown once it is answered. Every control's `name` is where
 * its answer is kept; radios keep their chosen value, ticked boxes of one name a list, a text
 * box its words.
 */

/** Fired on the document after every change is kept, and after the answers are cleared. */
export const ANSWERS_EVENT = 'worksheet-answers';

const FORM = '.worksheet-form';
type Control = HTMLInputElement | HTMLTextAreaElement;

export function controls(root: ParentNode = document): Control[] {
  return [...root.querySelectorAll<Control>(`${FORM} input[name], ${FORM} textarea[name]`)];
}

/** The answers the forms show now. */
export function collectAnswers(root: ParentNode = document): Answers {
  const answers: Answers = {};
  for (const control of controls(root)) {
    if (control instanceof HTMLTextAreaElement) {
      if (control.value.trim() !== '') answers[control.name] = control.value;
    } else if (control.type === 'radio') {
      if (control.checked) answers[control.name] = control.value;
    } else if (control.type === 'checkbox' && control.checked) {
      const list = answers[control.name];
      answers[control.name] = Array.isArray(list) ? [...list, control.value] : [control.value];
    }
  }
  return answers;
}

/** Puts answers into the forms; controls with no answer are left empty. */
export function showAnswers(answers: Answers, root: ParentNode = document): void {
  for (const control of controls(root)) {
    const answer = answers[control.name];
    if (control instanceof HTMLTextAreaElement) control.value = typeof answer === 'string' ? answer : '';
    else if (control.type === 'radio') control.checked = answer === control.value;
    else if (control.type === 'checkbox') control.checked = Array.isArray(answer) && answer.includes(control.value);
  }
  showExplanations(root);
}

/** A knowledge question's explanation shows once it has an answer. */
function showExplanations(root: ParentNode): void {
  for (const explanation of root.querySelectorAll<HTMLElement>(`${FORM} .explanation[data-explains]`)) {
    const name = explanation.dataset.explains!;
    const answered = [...(explanation.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].some((radio) => radio.name === name && radio.checked);
    explanation.classList.toggle('is-shown', answered);
  }
}

export class WorksheetForms {
  /** False once the browser has refused to keep an answer (storage turned off or full). */
  kept = true;

  constructor(private readonly store: AnswersStore, private readonly doc: Document = document) {
    showAnswers(store.read(), doc);
    doc.documentElement.classList.add('worksheets-ready');
    doc.addEventListener('change', (event) => this.changed(event));
    doc.addEventListener('input', (event) => {
      if (event.target instanceof HTMLTextAreaElement) this.changed(event);
    });
  }

  /** Empties every form and forgets every answer on this device. */
  clear(): void {
    this.store.clear();
    showAnswers({}, this.doc);
    this.doc.dispatchEvent(new CustomEvent(ANSWERS_EVENT));
  }

  private changed(event: Event): void {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest(FORM) || !target.matches('input[name], textarea[name]')) return;
    this.kept = this.store.write(collectAnswers(this.doc));
    showExplanations(this.doc);
    this.doc.dispatchEvent(new CustomEvent(ANSWERS_EVENT));
  }
}
