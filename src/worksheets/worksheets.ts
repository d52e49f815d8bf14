import '../theme/worksheets.css';
import { AnswersStore } from './answers-store.ts';
import { bindClearAnswers } from './clear-answers.ts';
import { showSummary, printSummary } from './summary.ts';
import { ANSWERS_EVENT, WorksheetForms } from './worksheet-form.ts';

/**
 * The worksheets at work, loaded only when one is near (the reader view) or opened (the
 * slides): the forms filled in from and kept to this device, the summary kept up to date, its
 * Print button, and "Clear my answers". Started once, whatever asks first.
 */
export interface Worksheets {
  store: AnswersStore;
  forms: WorksheetForms;
}

let started: Worksheets | undefined;

export function startWorksheets(doc: Document = document): Worksheets {
  if (started) return started;
  const store = new AnswersStore();
  const forms = new WorksheetForms(store, doc);
  const refresh = (): void => showSummary(store.read(), doc);
  refresh();
  doc.addEventListener(ANSWERS_EVENT, refresh);
  doc.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('.summary-print-button')) printSummary(store.read(), doc);
  });
  bindClearAnswers(() => forms.clear(), doc);
  started = { store, forms };
  return started;
}
