import QRCode from 'qrcode';
import { escapeHtml } from '../render/html.ts';

/** Dark modules in the deck's ink on white: about 16:1, far above the 3:1 that marks need. */
const DARK = '#14213d';
const LIGHT = '#ffffff';

/**
 * A QR code of an address as inline SVG, made at build time without any network by qrcode's
 * SVG output: whole-module lines on a white ground with a 4-module quiet zone, drawn with crisp
 * edges so that phone cameras read it from a projected slide or a printed page. Ours is its
 * class and its name for screen readers: an image named by the address.
 */
export async function qrSvg(url: string): Promise<string> {
  // Level M survives a smudge or a glare spot (about 15% of the code) and stays small.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: DARK, light: LIGHT } });
  return svg.trim().replace('<svg ', `<svg class="qr-code" role="img" aria-label="QR code for the address ${escapeHtml(url)}" `);
}
