import QRCode from 'qrcode';
import { escapeHtml } from '../render/html.ts';

/** Dark modules in the deck's ink on white: about 16:1, far above the 3:1 that marks need. */
const DARK = '#14213d';
const LIGHT = '#ffffff';
/** The blank margin a scanner needs around the code, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

/**
 * A QR code of an address as inline SVG, made at build time without any network. One path of
 * whole-module squares on a white ground, drawn with crisp edges so that phone cameras read it
 * from a projected slide or a printed page. Accessible as an image named by the address.
 */
export function qrSvg(url: string): string {
  // Level M survives a smudge or a glare spot (about 15% of the code) and stays small.
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const side = size + QUIET_ZONE * 2;
  let path = '';
  // One rectangle per horizontal run of dark modules keeps the markup small.
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < size && modules.get(row, col + run)) run++;
      path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
      col += run;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${side} ${side}" ` +
    `role="img" aria-label="QR code for the address ${escapeHtml(url)}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="${LIGHT}"/>` +
    `<path fill="${DARK}" d="${path}"/>` +
    `</svg>`
  );
}
