import { whenOnline } from '../../deck/lazy-module.ts';

/** Loads the worksheets' code and starts it; offline, once the network is back. */
function start(doc: Document): void {
  import('../../worksheets/worksheets.ts').then(
    ({ startWorksheets }) => startWorksheets(doc),
    (error: unknown) => {
      console.warn('The worksheets could not be loaded; they will be once the network is back.', error);
      whenOnline(() => start(doc));
    },
  );
}

/**
 * The worksheets in the reader view: their forms are in the page from the start (rendered at
 * build time); the code that fills them in from this device and keeps each answer comes once a
 * worksheet is near (a screen and a half away), as the figures' drawing does.
 */
export function watchWorksheets(doc: Document = document): void {
  const sheets = [...doc.querySelectorAll('.slides .worksheet')];
  if (sheets.length === 0) return;
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      start(doc);
    },
    { rootMargin: '150% 0px' },
  );
  sheets.forEach((sheet) => near.observe(sheet));
}
