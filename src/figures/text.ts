/**
 * Text sizes for laying out figures before the web font has loaded (figures are drawn at once,
 * before reveal.js starts). Widths are estimated from the letters of Atkinson Hyperlegible Next,
 * measured in Chromium; they err a little wide, so a label laid out with them still fits.
 */
const NARROW = new Set([...'ijl|!.,;:\'’ ']);
const SEMI = new Set([...'frtI()[]-/']);
const WIDE = new Set([...'mwMW']);

/** The estimated width of `text` at `size` px, in the same units. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.28;
    else if (SEMI.has(ch)) ems += 0.37;
    else if (WIDE.has(ch)) ems += 0.78;
    else if (/[A-Z]/.test(ch)) ems += 0.64;
    else if (/[0-9]/.test(ch)) ems += 0.58;
    else ems += 0.52;
  }
  return ems * size * (bold ? 1.07 : 1) * 1.03;
}

/**
 * Breaks `text` into lines no wider than `width`, at spaces (a word longer than the width gets a
 * line of its own). The first line can start `indent` further in, to leave room for a mark.
 * Non-breaking spaces keep their words together.
 */
export function wrapText(text: string, width: number, measure: (line: string) => number, indent = 0): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const room = lines.length === 0 ? width - indent : width;
    const candidate = line ? `${line} ${word}` : word;
    if (!line && lines.length === 0 && indent > 0 && measure(word) > room) {
      // Not even the first word fits beside the mark: the mark gets the first line alone.
      lines.push('');
      line = word;
    } else if (line && measure(candidate) > room) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
