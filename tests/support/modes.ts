import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { plainText } from '../../src/content/inline.ts';
import { words } from './text.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** A slide's notes as a reader sees them: plain words, without the citation numbers. */
export function notesWords(slideId: string): string {
  const slide = library.talk.slides.find((s) => s.id === slideId);
  if (!slide) throw new Error(`no slide "${slideId}"`);
  return slide.notes.map((p) => plainText(p)).join(' ');
}

/** The words an element shows, without citation numbers (as plainText() gives them). */
export async function shownWords(page: Page, selector: string, index = 0): Promise<string> {
  const text = await page.evaluate(
    ([sel, i]) => {
      const el = document.querySelectorAll(sel as string)[i as number];
      if (!el) return '';
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.cite').forEach((c) => c.remove());
      return [...copy.children].map((c) => c.textContent).join(' ');
    },
    [selector, index] as const,
  );
  return words(text);
}

export function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

export function box(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
    return { left, top, right, bottom, width, height };
  }, selector);
}

/**
 * The boxes of what the current slide shows (text, figures, tables), as drawn on screen.
 * Used to check that nothing of ours sits on top of the slide's content.
 */
export function slideContentBoxes(page: Page): Promise<{ what: string; box: Box }[]> {
  return page.evaluate(() => {
    const slide = window.Reveal!.getCurrentSlide();
    const found: { what: string; box: Box }[] = [];
    for (const el of slide.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, dt, dd, table, figure, svg, .seminar, .callout')) {
      if (el.closest('aside.notes, [popover]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      found.push({ what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } });
    }
    return found;
  });
}

/** Slide content that the element matched by `selector` covers, described; empty when none. */
export async function coveredContent(page: Page, selector: string): Promise<string[]> {
  const cover = await box(page, selector);
  if (!cover) throw new Error(`nothing matches ${selector}`);
  return (await slideContentBoxes(page)).filter(({ box: b }) => overlap(cover, b)).map(({ what }) => `${selector} covers ${what}`);
}

/** Where the deck is: slide index and step (-1 before the first step). */
export function position(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const { h, f } = window.Reveal!.getIndices();
    return [h, f ?? -1] as [number, number];
  });
}

export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => window.Reveal!.getCurrentSlide().id);
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export function activeElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  });
}
