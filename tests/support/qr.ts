import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a real QR decoder reads in a PNG image (a screenshot or a rendered PDF page), or null. */
export function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}
