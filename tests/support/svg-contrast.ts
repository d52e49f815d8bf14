import type { Page } from 'playwright-core';

/**
 * Contrast of SVG text on the current slide, which axe cannot measure: each label's fill
 * against the fill of the shape drawn under its centre, or the slide's background.
 * Returns the labels under `minimum`, described. It measures the settled picture: fades still
 * running between two steps are finished first.
 */
export function lowContrastSvgText(page: Page, minimum = 7): Promise<string[]> {
  return page.evaluate((min) => {
    const parse = (color: string): number[] | undefined => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(color);
      if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return undefined;
      return [m[1], m[2], m[3]].map(Number);
    };
    const luminance = (rgb: number[]): number => {
      const [r, g, b] = rgb.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** Drawn and not faded out, itself or through a parent: what a reader can actually see. */
    const seen = (el: Element): boolean => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const slide = window.Reveal!.getCurrentSlide();
    for (const animation of document.getAnimations()) animation.finish();
    const page = parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255];
    const found: string[] = [];
    for (const text of slide.querySelectorAll<SVGTextElement>('svg text')) {
      const style = getComputedStyle(text);
      if (!seen(text)) continue;
      const ink = parse(style.fill);
      if (!ink || !text.textContent?.trim()) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0) continue;
      const under = document
        .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        .find((el) => el !== text && !text.contains(el) && el instanceof SVGGeometryElement && parse(getComputedStyle(el).fill) && seen(el));
      const ground = under ? parse(getComputedStyle(under).fill)! : page;
      const measured = ratio(ink, ground);
      if (measured < min) found.push(`"${text.textContent.trim().slice(0, 30)}" at ${measured.toFixed(2)}:1`);
    }
    return found;
  }, minimum);
}
