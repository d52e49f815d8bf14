import { execFileSync, spawnSync } from 'node:child_process';
import { squash } from './text.ts';

export const HOW_TO_GET_POPPLER =
  'poppler-utils is missing (pdftotext, pdfinfo, pdffonts, pdftoppm): install it (Debian or Ubuntu: sudo apt-get install -y poppler-utils).';

/** Stops with one line saying how to install poppler-utils when its tools are not there. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm']) {
    if (spawnSync(tool, ['-v']).error) throw new Error(HOW_TO_GET_POPPLER);
  }
}

export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  }));
}

/** The text of one page (1-based), words joined by single spaces. */
export function pageText(file: string, page: number): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return squash(text);
}

/** pdffonts' table: one row per font with its name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    // name, type (one or two words), encoding, emb, sub, uni, object, ID: emb is 5th from the end.
    return { name: cells[0]!, embedded: cells[cells.length - 5] === 'yes' };
  });
}

/** Each page as 8-bit grey pixels at a low resolution (pdftoppm -gray, PGM). */
export function greyPages(file: string, dpi: number): { width: number; height: number; pixels: Uint8Array }[] {
  const out = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file], { maxBuffer: 256 * 1024 * 1024 });
  const pages: { width: number; height: number; pixels: Uint8Array }[] = [];
  let at = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(out[at]!))) at++;
    if (out[at] === 0x23) {
      while (out[at] !== 0x0a) at++;
      return token();
    }
    const start = at;
    while (!/\s/.test(String.fromCharCode(out[at]!))) at++;
    return out.subarray(start, at).toString('latin1');
  };
  while (at < out.length) {
    if (token() !== 'P5') throw new Error('pdftoppm -gray did not write PGM');
    const width = Number(token());
    const height = Number(token());
    token(); // max value, 255
    at++; // the single whitespace before the pixels
    pages.push({ width, height, pixels: out.subarray(at, at + width * height) });
    at += width * height;
    while (at < out.length && /\s/.test(String.fromCharCode(out[at]!))) at++;
  }
  return pages;
}
