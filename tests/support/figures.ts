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

export function settle(page: Page, ms = 50): Promise<void> {
  return page.evaluate((wait) => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), wait)), ms);
}
