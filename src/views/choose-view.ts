/** The two ways the page shows the talk. */
export type ViewName = 'slides' | 'reader';

/** Narrower than this (CSS pixels) a slide's words would be too small to read: the reader view. */
export const READER_BELOW_WIDTH = 435;

/**
 * Which view a page opens in: `?view=reader` or `?view=slides` when asked; the reader view for
 * the handout (`?print-pdf`), which is that view laid out for paper; the slides for reveal.js's
 * own print of the slides (`?view=print`) and the speaker view's previews; otherwise the reader
 * view on a narrow screen.
 *
 * The page's inline head script runs this function's own source before the body is painted
 * (src/build/first-paint.ts), so it must stay self-contained: no imports, no outside names.
 */
export function chooseView(search: string, width: number): ViewName {
  const asked = new URLSearchParams(search).get('view');
  if (asked === 'reader' || asked === 'slides') return asked;
  if (/print-pdf/i.test(search)) return 'reader';
  if (asked === 'print' || /receiver/i.test(search)) return 'slides';
  return width < 435 ? 'reader' : 'slides';
}

/** The class on <html> that the head script sets for the reader view. */
export const READER_CLASS = 'reader-view';

/** The view this page is in, as the head script chose it. */
export function currentView(): ViewName {
  return document.documentElement.classList.contains(READER_CLASS) ? 'reader' : 'slides';
}

/** The address of this page in another view, at a slide and step (`#/procedure/2`). */
export function addressIn(view: ViewName, place: { slide: string; step: number }, from: Location = window.location): string {
  const query = new URLSearchParams(from.search);
  query.set('view', view);
  const hash = place.slide ? `#/${place.slide}${place.step >= 0 ? `/${place.step}` : ''}` : '';
  return `${from.pathname}?${query.toString()}${hash}`;
}
