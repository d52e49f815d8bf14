import type { PdfPage } from './pdf-read.ts';

/** The page each section's first slide starts on, found by its title in the printed words. */
export function sectionPages(pages: PdfPage[], titles: Record<string, string>): Record<string, number> {
  const squash = (text: string): string => text.replace(/\s+/g, '');
  const found: Record<string, number> = {};
  let from = 1;
  for (const [slide, title] of Object.entries(titles)) {
    const at = pages.findIndex((page, i) => i >= from && squash(page.text).includes(squash(title)));
    if (at < 0) continue;
    found[slide] = at + 1;
    from = at;
  }
  return found;
}
