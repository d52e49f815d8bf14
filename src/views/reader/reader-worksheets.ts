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
      void import('../../worksheets/worksheets.ts').then(({ startWorksheets }) => startWorksheets(doc));
    },
    { rootMargin: '150% 0px' },
  );
  sheets.forEach((sheet) => near.observe(sheet));
}
