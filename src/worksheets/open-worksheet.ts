import { startWorksheets } from './worksheets.ts';
import { WorksheetDialog } from './worksheet-dialog.ts';

/** On the slides: opens the worksheet of the slide `opener` is on, in its panel. */
let dialog: WorksheetDialog | undefined;
export function openWorksheet(opener: HTMLElement): void {
  startWorksheets();
  (dialog ??= new WorksheetDialog()).activate(opener);
}
