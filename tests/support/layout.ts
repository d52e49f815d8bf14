import type { Page } from 'playwright-core';

/**
 * Installs `window.__offScreen(el)`: whether an element is kept for screen readers only, by the
 * class .visually-hidden or by the same clipping (a figure's data table once its picture is drawn).
 */
function installOffScreen(): void {
  const w = window as unknown as { __offScreen?: (el: Element) => boolean };
  w.__offScreen = (el) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      // Popovers show in the top layer at the screen's size, not the slide's: checked on their own.
      if (at.matches('aside.notes, .visually-hidden, [popover]')) return true;
      const style = getComputedStyle(at);
      if (style.position === 'absolute' && (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')) return true;
    }
    return false;
  };
}

/** Elements of the current slide that reach outside its 1280 x 720 canvas, described. */
export async function spills(page: Page): Promise<string[]> {
  await page.evaluate(installOffScreen);
  return page.evaluate(() => {
    const offScreen = (window as unknown as { __offScreen: (el: Element) => boolean }).__offScreen;
    const slide = window.Reveal!.getCurrentSlide();
    const box = slide.getBoundingClientRect();
    const scale = window.Reveal!.getScale() || 1;
    const found: string[] = [];
    for (const el of slide.querySelectorAll<Element>('*')) {
      // Not painted at this step (a later step's words, say): checked at the step that shows it.
      if (offScreen(el) || getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const over = Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom) / scale;
      if (over > 1) {
        const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : '');
        found.push(`${name} "${(el.textContent ?? '').trim().slice(0, 40)}" spills ${Math.round(over)}px`);
      }
    }
    return found;
  });
}

export interface TypeSizes {
  /** Text smaller than 28 slide pixels, with its size. */
  tooSmall: string[];
  /** Headings under 48 px. */
  smallHeadings: string[];
  /** Body text (lead, points, callouts) under 32 px. */
  smallBody: string[];
}

/** Rendered type sizes on the current slide, in slide pixels (SVG text measured as drawn). */
export async function typeSizes(page: Page): Promise<TypeSizes> {
  await page.evaluate(installOffScreen);
  return page.evaluate(() => {
    const offScreen = (window as unknown as { __offScreen: (el: Element) => boolean }).__offScreen;
    const slide = window.Reveal!.getCurrentSlide();
    const scale = window.Reveal!.getScale() || 1;
    const sizes: TypeSizes = { tooSmall: [], smallHeadings: [], smallBody: [] };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || offScreen(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      let px = parseFloat(style.fontSize);
      if (el instanceof SVGElement) {
        const ctm = (el as unknown as SVGGraphicsElement).getScreenCTM?.();
        if (ctm) px = (px * Math.hypot(ctm.a, ctm.b)) / scale;
      }
      const label = `"${node.textContent.trim().slice(0, 30)}" at ${px.toFixed(1)}px`;
      if (px < 27.5) sizes.tooSmall.push(label);
      if (el.closest('h1, h2') && px < 48) sizes.smallHeadings.push(label);
      if (el.closest('.lead, ul.points > li, .callout') && !el.closest('.cite') && px < 32) sizes.smallBody.push(label);
    }
    return sizes;
  });
}
