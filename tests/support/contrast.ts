import type { Page } from 'playwright-core';

/** The red, green and blue of an opaque CSS colour (`rgb(...)` as getComputedStyle gives it); null otherwise. */
function opaqueRgb(color: string): number[] | null {
  const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(color);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return null;
  return [m[1], m[2], m[3]].map(Number);
}

export function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(foreground: number[], background: number[]): number {
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A piece of text as drawn: its colour, and the colours under it, nearest first. */
interface Sample {
  text: string;
  ink: string;
  grounds: string[];
}

/** The samples under `minimum`, or whose colours cannot be read, described. */
function lowContrast(samples: Sample[], minimum: number, fallback?: number[]): string[] {
  return samples.flatMap(({ text, ink, grounds }) => {
    const fg = opaqueRgb(ink);
    const bg = grounds.map(opaqueRgb).find((rgb) => rgb !== null) ?? fallback;
    if (!fg || !bg) return [`"${text}": its colours could not be read`];
    const ratio = contrastRatio(fg, bg);
    return ratio < minimum ? [`"${text}" at ${ratio.toFixed(2)}:1`] : [];
  });
}

/**
 * Text in open popovers and modal dialogs (the top layer) under 7:1 against the backgrounds
 * under it up to the popover's or dialog's own, described. Empty when all is well, or when
 * nothing is open there.
 */
export async function topLayerContrast(page: Page): Promise<string[]> {
  const samples = await page.evaluate(() => {
    const found: Sample[] = [];
    for (const popover of document.querySelectorAll(':popover-open, dialog:modal')) {
      const walker = document.createTreeWalker(popover, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const grounds: string[] = [];
        for (let el: Element | null = node.parentElement; el; el = el === popover ? null : el.parentElement) {
          grounds.push(getComputedStyle(el).backgroundColor);
        }
        found.push({ text: node.textContent.trim().slice(0, 30), ink: getComputedStyle(node.parentElement!).color, grounds });
      }
    }
    return found;
  });
  return lowContrast(samples, 7);
}

/**
 * Text in the elements matching `selector` under `minimum` against the backgrounds under it
 * (its own and its ancestors', the nearest opaque one), described: for text axe cannot place,
 * such as a caption wider than the frame that scrolls it. Empty when all is well.
 */
export async function groundContrast(page: Page, selector: string, minimum = 7): Promise<string[]> {
  const { samples, background } = await page.evaluate((sel) => {
    const found: Sample[] = [];
    for (const el of document.querySelectorAll(sel)) {
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const grounds: string[] = [];
        for (let at: Element | null = el; at; at = at.parentElement) grounds.push(getComputedStyle(at).backgroundColor);
        found.push({ text: node.textContent.trim().slice(0, 30), ink: getComputedStyle(el).color, grounds });
      }
    }
    return { samples: found, background: getComputedStyle(document.body).backgroundColor };
  }, selector);
  return lowContrast(samples, minimum, opaqueRgb(background) ?? [255, 255, 255]);
}

/**
 * Contrast of SVG text on the current slide, which axe cannot measure: each label's fill
 * against the fill of the shape drawn under its centre, or the page's background.
 * Returns the labels under `minimum`, described. It measures the settled picture: fades still
 * running between two steps are finished first. With `scope` (a selector: the reader view's
 * `.slides`, say), it measures the SVG text in what that matches instead, each label scrolled
 * to the middle of the window to find what is drawn under it, and the page scrolled back after.
 */
export async function lowContrastSvgText(page: Page, minimum = 7, scope?: string): Promise<string[]> {
  const { samples, backgrounds } = await page.evaluate((within) => {
    /** Drawn and not faded out, itself or through a parent: what a reader can actually see. */
    const seen = (el: Element): boolean => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const roots = within ? [...document.querySelectorAll(within)] : [window.Reveal!.getCurrentSlide()];
    const [left, top] = [window.scrollX, window.scrollY];
    for (const animation of document.getAnimations()) animation.finish();
    const found: Sample[] = [];
    for (const text of roots.flatMap((root) => [...root.querySelectorAll<SVGTextElement>('svg text')])) {
      if (!seen(text) || !text.textContent?.trim()) continue;
      if (within) window.scrollTo({ left, top: window.scrollY + text.getBoundingClientRect().top - innerHeight / 2, behavior: 'instant' });
      const box = text.getBoundingClientRect();
      if (box.width === 0) continue;
      const grounds = document
        .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        .filter((el) => el !== text && !text.contains(el) && el instanceof SVGGeometryElement && seen(el))
        .map((el) => getComputedStyle(el).fill);
      found.push({ text: text.textContent.trim().slice(0, 30), ink: getComputedStyle(text).fill, grounds });
    }
    if (within) window.scrollTo({ left, top, behavior: 'instant' });
    return { samples: found, backgrounds: [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor) };
  }, scope ?? null);
  // A label whose own fill is not a plain colour (a gradient, say) is not measured.
  const measurable = samples.filter((sample) => opaqueRgb(sample.ink));
  return lowContrast(measurable, minimum, backgrounds.map(opaqueRgb).find((rgb) => rgb !== null) ?? [255, 255, 255]);
}

/**
 * Marks drawn in the figures inside `scope` (every shape, line and icon: its fill and its
 * stroke) under `minimum` against the page's background, described. Figures not drawn, or not
 * shown, are not measured; marks hidden at this step are, as they show at another. A fill of
 * the page's colour or of a surface (--surface...) is ground, not a mark, and so is a stroke of
 * the page's colour (it cuts a shape out of another, as a tick on a disc); a shape painted
 * in nothing else carries no mark of its own.
 */
export async function lowContrastMarks(page: Page, scope = '.slides', minimum = 3): Promise<string[]> {
  const { marks, background } = await page.evaluate((within) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colour = (name: string): string => {
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    };
    const bg = colour('--bg');
    const grounds = [bg, ...['--surface', '--surface-info', '--surface-caution', '--surface-reading'].map(colour)];
    probe.remove();
    const marks: { mark: string; paint: string }[] = [];
    for (const svg of document.querySelectorAll(`${within} figure .figure-art svg`)) {
      if (svg.getClientRects().length === 0) continue;
      for (const el of svg.querySelectorAll('path, circle, ellipse, rect, line, polyline, polygon, use')) {
        const style = getComputedStyle(el);
        // A mover at rest (hidden until it moves), or a template its uses paint.
        if (style.visibility === 'hidden' || (el.closest('defs') && !el.getAttribute('class'))) continue;
        const name = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} in ${el.closest('figure')?.id ?? 'a figure'}`;
        if (el.tagName.toLowerCase() !== 'line' && style.fill.startsWith('rgb') && !grounds.includes(style.fill)) marks.push({ mark: `${name}, its fill`, paint: style.fill });
        if (style.stroke.startsWith('rgb') && parseFloat(style.strokeWidth) > 0 && style.stroke !== bg) marks.push({ mark: `${name}, its stroke`, paint: style.stroke });
      }
    }
    return { marks, background: bg };
  }, scope);
  const ground = opaqueRgb(background) ?? [255, 255, 255];
  const weak = new Set<string>();
  for (const { mark, paint } of marks) {
    const rgb = opaqueRgb(paint);
    const ratio = rgb ? contrastRatio(rgb, ground) : 0;
    if (ratio < minimum) weak.add(`${mark} ${paint} at ${ratio.toFixed(2)}:1`);
  }
  return [...weak];
}
