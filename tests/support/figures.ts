import type { Page } from 'playwright-core';

/**
 * What a figure shows right now: the indices of its step-dependent marks that are visible,
 * after finishing any fade in progress. Two equal signatures mean the same picture.
 */
export function figureSignature(page: Page, slideId: string): Promise<string> {
  return page.evaluate((id) => {
    const figure = document.querySelector(`[id="${id}"] figure[data-figure]`);
    if (!figure) return 'no figure';
    for (const animation of document.getAnimations()) animation.finish();
    return [...figure.querySelectorAll('[data-steps]')]
      .map((el, i) => (getComputedStyle(el).opacity === '1' ? i : -1))
      .filter((i) => i >= 0)
      .join(',');
  }, slideId);
}

export function movingMarks(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.figure-art .in-motion').length);
}

/** The words reveal.js last announced to screen readers. */
export function announced(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.reveal .aria-status')?.textContent?.trim() ?? '');
}

/**
 * Words drawn in a figure that a reader would find hard to read: two visible labels whose boxes
 * overlap, or a label reaching outside the picture. Fades in progress are finished first.
 */
export function labelClashes(page: Page, slideId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const svg = document.querySelector(`[id="${id}"] .figure-art svg`);
    if (!svg) return ['no picture'];
    for (const animation of document.getAnimations()) animation.finish();
    const seen = (el: Element): boolean => {
      for (let at: Element | null = el; at && at !== svg; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const frame = svg.getBoundingClientRect();
    const scale = window.Reveal!.getScale() || 1;
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim() && seen(t));
    const boxes = texts.map((t) => ({ name: t.textContent!.trim().slice(0, 24), box: t.getBoundingClientRect() }));
    const found: string[] = [];
    const slack = 2 * scale;
    for (const { name, box } of boxes) {
      if (box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack) {
        found.push(`"${name}" reaches outside the picture`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack * 2;
        if (overlap) found.push(`"${boxes[i]!.name}" overlaps "${boxes[j]!.name}"`);
      }
    }
    return found;
  }, slideId);
}
