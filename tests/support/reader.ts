import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { blockTexts } from '../../src/content/references.ts';
import { plainText } from '../../src/content/inline.ts';
import { DESKTOP, PHONE, figuresNearDrawn, settle } from './browser.ts';
import { notesWords } from './modes.ts';
import { words } from './text.ts';

/**
 * The reader view (src/views/reader/): the talk as a document that scrolls. What a test needs
 * to move through it, and the checks made of it, each returning what it found wrong, described
 * (empty when all is well), as layout.ts does for the slides.
 */

/** The narrowest screen WCAG's reflow asks for. */
export const SMALL_PHONE = { width: 320, height: 640 };

/** The screens the reader view is checked on, named as a test names them. */
export const READER_SIZES = [
  ['320x640', SMALL_PHONE],
  ['390x844', PHONE],
  ['1280x720', DESKTOP],
] as const;

/** The slides of the whole talk, in order: the reader view's sections. */
export const talkSlides = library.talk.slides;

export function isReaderView(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.classList.contains('reader-view'));
}

/** The address's slide and step, as the reader view writes it: `#/procedure/2`. */
export function addressHash(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash);
}

/**
 * Scrolls as a reader would until the section of slide `id` starts just under the tool bar,
 * then waits for the address to follow and the figures near it to be drawn.
 */
export async function scrollToSection(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const bar = document.getElementById('reader-tools');
    const covered = bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0;
    window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - covered - 8);
  }, id);
  await settle(page);
  await settle(page);
  await figuresNearDrawn(page);
}

/** Scrolls every figure not drawn yet into reach in turn, so that all are drawn, then back to where it was. */
export async function drawAllFigures(page: Page): Promise<void> {
  const top = await page.evaluate(() => window.scrollY);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('.slides > section:has(figure[data-figure]:not(.is-drawn, .is-failed))')].filter((s) => s.getClientRects().length > 0).map((s) => s.id),
  );
  if (ids.length === 0) return;
  for (const id of ids) await scrollToSection(page, id);
  await page.evaluate((y) => window.scrollTo(0, y), top);
  await settle(page);
}

/** The slide whose section the reader view says the reader is in: the address's slide. */
export async function hashSlide(page: Page): Promise<string> {
  return (await addressHash(page)).replace(/^#\/?/, '').split('/')[0] ?? '';
}

/**
 * Each slide of the talk once, as a section of the document, in order: its title as its
 * heading (h1 for the first, h2 after), its content's words, and its narration under a
 * heading (the reader view's script adds that heading: `scripted: false` for the page as it
 * paints before any script). Described problems; empty when every slide is there once and shows.
 */
export async function missingOrRepeated(page: Page, { scripted = true }: { scripted?: boolean } = {}): Promise<string[]> {
  const expected = talkSlides.map((slide) => ({
      id: slide.id,
      title: slide.title,
      texts: slide.blocks.flatMap((block) => blockTexts(block)).filter((text) => text.trim()).map((text) => words(plainText(text))),
      notes: words(notesWords(slide.id)),
    }));
  const shown = await page.evaluate((withHeading) => {
    const visible = (el: Element | null): boolean =>
      !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && Number(getComputedStyle(el).opacity) > 0;
    /** Text without citation numbers, as plainText() gives it, with the reader view's own additions left out. */
    const textOf = (el: Element): string => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.cite, .notes-heading, .section-words, .figure-stepper, [popover], aside.notes').forEach((c) => c.remove());
      // Table cells and list items are separate pieces of text.
      copy.querySelectorAll('th, td, li, dt, dd, p, h3').forEach((c) => c.append(' '));
      return copy.textContent ?? '';
    };
    const sections = [...document.querySelectorAll<HTMLElement>('.slides > section')].filter(visible);
    return {
      order: sections.map((s) => s.id),
      sections: sections.map((section) => {
        const heading = section.querySelector(':scope > h1, :scope > h2');
        const notes = [...section.querySelectorAll(':scope > aside.notes')];
        const notesText = notes[0] ? [...notes[0].querySelectorAll(':scope > p')].map((p) => textOf(p)).join(' ') : '';
        return {
          id: section.id,
          copies: document.querySelectorAll(`[id="${CSS.escape(section.id)}"]`).length,
          heading: heading ? { level: heading.tagName.toLowerCase(), text: heading.textContent ?? '', visible: visible(heading) } : null,
          text: textOf(section),
          notes: notes.length,
          notesVisible: notes.every(visible) && (!withHeading || visible(notes[0]?.querySelector('.notes-heading') ?? null)),
          notesText,
        };
      }),
      titles: [...document.querySelectorAll('.slides h1, .slides h2')].map((h) => h.textContent ?? ''),
    };
  }, scripted);
  const problems: string[] = [];
  const ids = expected.map((slide) => slide.id);
  if (shown.order.join() !== ids.join()) problems.push(`sections ${shown.order.join(', ')}; the talk's slides are ${ids.join(', ')}`);
  for (const [index, slide] of expected.entries()) {
    const section = shown.sections.find((s) => s.id === slide.id);
    if (!section) continue;
    const where = `"${slide.id}"`;
    if (section.copies !== 1) problems.push(`${where} is in the page ${section.copies} times`);
    const level = index === 0 ? 'h1' : 'h2';
    if (!section.heading) problems.push(`${where} has no heading`);
    else {
      if (section.heading.level !== level) problems.push(`${where}: its title is an ${section.heading.level}, not an ${level}`);
      if (words(section.heading.text) !== words(slide.title)) problems.push(`${where}: its heading says "${words(section.heading.text)}"`);
      if (!section.heading.visible) problems.push(`${where}: its heading does not show`);
    }
    const titleCopies = shown.titles.filter((title) => words(title) === words(slide.title)).length;
    if (titleCopies !== 1) problems.push(`${where}: its title is a heading ${titleCopies} times`);
    const text = words(section.text);
    for (const piece of slide.texts) if (!text.includes(piece)) problems.push(`${where}: "${piece.slice(0, 50)}" is not in its section`);
    if (section.notes !== 1) problems.push(`${where} has ${section.notes} narrations`);
    else {
      if (!section.notesVisible) problems.push(`${where}: its narration or its heading does not show`);
      if (words(section.notesText) !== slide.notes) problems.push(`${where}: its narration says "${words(section.notesText).slice(0, 60)}..."`);
    }
  }
  return problems;
}

/**
 * Installs `window.__hiddenByDesign(el)`: an element not meant to show, or shown elsewhere.
 * Words kept for screen readers only (.visually-hidden, or the same clipping as a drawn
 * figure's list of steps), closed popovers, and what is not rendered at all.
 */
function installHiddenByDesign(): void {
  const w = window as unknown as { __hiddenByDesign?: (el: Element) => boolean };
  w.__hiddenByDesign = (el) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      if (at.matches('.visually-hidden, [popover]:not(:popover-open), [hidden]')) return true;
      const style = getComputedStyle(at);
      if (style.display === 'none') return true;
      if (style.position === 'absolute' && (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')) return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  };
}

export interface ReaderTypeMinimums {
  /** Reading text: leads, points, callouts, columns, questions, the narration, a figure's step. */
  body: number;
  /** Every other piece of text: citations, captions, tables, reference lists, buttons. */
  floor: number;
  /** The slides' titles (h1, h2). */
  heading: number;
}

export interface ReaderTypeSizes {
  smallBody: string[];
  tooSmall: string[];
  smallHeadings: string[];
  /** The smallest size measured in each kind of text, in CSS pixels as drawn. */
  smallest: { body: number; other: number; heading: number };
  /** The largest, likewise (0 where there is none): for controls that must not grow twice. */
  largest: { body: number; other: number; heading: number };
}

/** What counts as reading text in the reader view (compare `typeSizes` in layout.ts for the slides). */
const BODY_TEXT = '.lead, ul.points > li, .callout, .columns li, .columns p, .questions li, aside.notes > p, .step-words';

/**
 * Rendered type sizes of the text in `root` (the talk by default), in CSS pixels: each text
 * node's box as drawn, against the box of the same font at its computed size in an unscaled
 * probe. A transform or zoom that shrinks text shows here, whatever its CSS font-size says.
 * SVG text is left to `smallLabels`.
 */
export async function readerTypeSizes(page: Page, minimums: ReaderTypeMinimums, root = '.slides'): Promise<ReaderTypeSizes> {
  await page.evaluate(installHiddenByDesign);
  return page.evaluate(
    ([scope, min, body]) => {
      const hidden = (window as unknown as { __hiddenByDesign: (el: Element) => boolean }).__hiddenByDesign;
      const probe = document.createElement('span');
      probe.textContent = 'Hg';
      probe.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;white-space:nowrap;transform:none;zoom:1;line-height:normal;';
      document.body.append(probe);
      const heights = new Map<string, number>();
      const unscaled = (style: CSSStyleDeclaration): number => {
        const key = `${style.fontFamily}|${style.fontWeight}|${style.fontStyle}|${style.fontSize}`;
        if (!heights.has(key)) {
          Object.assign(probe.style, { fontFamily: style.fontFamily, fontWeight: style.fontWeight, fontStyle: style.fontStyle, fontSize: style.fontSize });
          heights.set(key, probe.getBoundingClientRect().height);
        }
        return heights.get(key)!;
      };
      const sizes: ReaderTypeSizes = { smallBody: [], tooSmall: [], smallHeadings: [], smallest: { body: Infinity, other: Infinity, heading: Infinity }, largest: { body: 0, other: 0, heading: 0 } };
      const range = document.createRange();
      for (const rootEl of document.querySelectorAll(scope)) {
        const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (!node.textContent?.trim() || el.closest('svg') || hidden(el)) continue;
          range.selectNodeContents(node);
          const line = [...range.getClientRects()].find((r) => r.height > 0);
          if (!line) continue;
          const style = getComputedStyle(el);
          const px = (parseFloat(style.fontSize) * line.height) / unscaled(style);
          const label = `"${node.textContent.trim().slice(0, 30)}" in ${el.closest('section[id]')?.id ?? el.tagName.toLowerCase()} at ${px.toFixed(1)}px`;
          if (el.closest('h1, h2')) {
            sizes.smallest.heading = Math.min(sizes.smallest.heading, px);
            sizes.largest.heading = Math.max(sizes.largest.heading, px);
            if (px < min.heading - 0.05) sizes.smallHeadings.push(label);
          } else if (el.closest(body) && !el.closest('.cite')) {
            sizes.smallest.body = Math.min(sizes.smallest.body, px);
            sizes.largest.body = Math.max(sizes.largest.body, px);
            if (px < min.body - 0.05) sizes.smallBody.push(label);
          } else {
            sizes.smallest.other = Math.min(sizes.smallest.other, px);
            sizes.largest.other = Math.max(sizes.largest.other, px);
          }
          if (px < min.floor - 0.05) sizes.tooSmall.push(label);
        }
      }
      probe.remove();
      return sizes;
    },
    [root, minimums, BODY_TEXT] as const,
  );
}

/**
 * Words drawn in the figures in `scope` (a selector) under `minimum` CSS pixels as rendered:
 * each SVG text's font size times its screen matrix's scale. Grouped by the figure's id;
 * figures not drawn yet are not measured (see drawAllFigures). Labels faded out at this step
 * are measured too: they show, at the same size, at another step.
 */
export function smallLabels(page: Page, minimum = 14, scope = '.slides'): Promise<Record<string, string[]>> {
  return page.evaluate(
    ([sel, min]) => {
      const found: Record<string, string[]> = {};
      for (const svg of document.querySelectorAll(`${sel} svg`)) {
        if (svg.getClientRects().length === 0 || svg.parentElement?.closest('svg')) continue;
        const owner = svg.closest('figure[id]')?.id ?? svg.closest('[id]')?.id ?? 'page';
        for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
          const ctm = text.getScreenCTM();
          if (!text.textContent?.trim() || !ctm) continue;
          const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
          if (px < min - 0.05) (found[owner] ??= []).push(`"${text.textContent.trim().slice(0, 24)}" at ${px.toFixed(1)}px`);
        }
      }
      return found;
    },
    [scope, minimum] as const,
  );
}

/**
 * The page scrolls sideways: its width beyond the window's, with what reaches past the right
 * edge outside any box that scrolls or clips on its own (a table's frame), outermost first.
 */
export function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const edge = root.clientWidth;
    const found: string[] = [];
    const walk = (el: Element): void => {
      const r = el.getBoundingClientRect();
      if (r.right > edge + 0.5 && r.width > 0) {
        const name = el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '');
        found.push(`${name} "${(el.textContent ?? '').trim().slice(0, 30)}" in ${el.closest('section[id]')?.id ?? 'the page'} reaches ${Math.round(r.right)}px`);
        return;
      }
      if (el !== document.body && getComputedStyle(el).overflowX !== 'visible') return;
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return [`the page is ${root.scrollWidth}px wide in a ${edge}px window`, ...found.slice(0, 8)];
  });
}

/**
 * Text cut off by its box: a box that hides what overflows it (overflow hidden or clip, or a
 * line clamp) holding more than it shows. Boxes that scroll (a table's frame) lose nothing,
 * and words kept for screen readers only are hidden by design.
 */
export async function cutOffText(page: Page, scope = 'body'): Promise<string[]> {
  await page.evaluate(installHiddenByDesign);
  return page.evaluate((sel) => {
    const hidden = (window as unknown as { __hiddenByDesign: (el: Element) => boolean }).__hiddenByDesign;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel}, ${sel} *`)) {
      if (el instanceof SVGElement || !el.textContent?.trim() || hidden(el)) continue;
      const style = getComputedStyle(el);
      const hides = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
      const cut =
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (style.webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + 1);
      if (cut) {
        found.push(
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${el.textContent.trim().slice(0, 30)}" ` +
            `in ${el.closest('section[id]')?.id ?? 'the page'} shows ${el.clientWidth}x${el.clientHeight} of ${el.scrollWidth}x${el.scrollHeight}`,
        );
      }
    }
    return found;
  }, scope);
}

/**
 * What reaches over the next piece of the document: a section's content past the start of the
 * next section, or a piece of a section (its heading, each block, its narration) past the
 * start of the piece under it. Each piece is measured by what it draws (its descendants'
 * boxes), so words spilling from a box too small for them count.
 */
export async function overlapsNext(page: Page): Promise<string[]> {
  await page.evaluate(installHiddenByDesign);
  return page.evaluate(() => {
    const hidden = (window as unknown as { __hiddenByDesign: (el: Element) => boolean }).__hiddenByDesign;
    /** The lowest point anything drawn in `el` reaches. */
    const inkBottom = (el: Element): number => {
      let bottom = el.getBoundingClientRect().bottom;
      for (const inner of el.querySelectorAll('*')) {
        if (inner.closest('svg') && inner.tagName.toLowerCase() !== 'svg') continue;
        if (hidden(inner)) continue;
        const r = inner.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) bottom = Math.max(bottom, r.bottom);
      }
      return bottom;
    };
    const found: string[] = [];
    const shown = (els: Element[]): Element[] => els.filter((el) => !hidden(el) && el.getClientRects().length > 0 && getComputedStyle(el).position !== 'absolute');
    const stack = (pieces: Element[], where: string): void => {
      for (let i = 0; i + 1 < pieces.length; i++) {
        const over = inkBottom(pieces[i]!) - pieces[i + 1]!.getBoundingClientRect().top;
        if (over > 1) {
          const name = (el: Element): string => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
          found.push(`${where}: ${name(pieces[i]!)} "${(pieces[i]!.textContent ?? '').trim().slice(0, 24)}" reaches ${Math.round(over)}px over ${name(pieces[i + 1]!)}`);
        }
      }
    };
    const sections = shown([...document.querySelectorAll('.slides > section')]);
    stack(sections, 'the talk');
    for (const section of sections) {
      stack(shown([...section.children]), section.id);
      for (const body of section.querySelectorAll(':scope > .slide-body, .columns, aside.notes')) stack(shown([...body.children]), section.id);
    }
    return found;
  });
}

/**
 * Words meant for screen readers only that show: each `.visually-hidden` element must be a
 * clipped box of at most 1x1 pixel.
 */
export function hiddenTextShowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.visually-hidden')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const clipped = style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
      if (r.width <= 1 && r.height <= 1 && clipped && style.overflow === 'hidden') return [];
      return [`"${(el.textContent ?? '').trim().slice(0, 30)}" in ${el.closest('section[id]')?.id ?? 'the page'} shows in a ${Math.round(r.width)}x${Math.round(r.height)} box${clipped ? '' : ', unclipped'}`];
    }),
  );
}

/** Landmarks a screen reader moves by: one main, a navigation; and no role="application" anywhere. */
export function landmarkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const mains = document.querySelectorAll('main, [role="main"]').length;
    if (mains !== 1) found.push(`${mains} main landmarks`);
    const navs = [...document.querySelectorAll('nav, [role="navigation"]')].filter((nav) => nav.getClientRects().length > 0).length;
    if (navs < 1) found.push('no navigation landmark');
    for (const el of document.querySelectorAll('[role="application"]')) found.push(`role="application" on ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);
    return found;
  });
}

/**
 * WCAG 1.4.12's text spacing, as the usual test bookmarklet sets it: line height 1.5, letter
 * spacing 0.12em and word spacing 0.16em on every element, 2em after each paragraph, all
 * !important. Added as a constructed style sheet, which the page's content policy lets in.
 */
export const TEXT_SPACING = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

export async function overrideTextSpacing(page: Page): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  await settle(page);
}

/**
 * Whether a figure shows its words to the eye: its picture, or where its narrow layout is its
 * table, the table. Measured by what the screen would hit at the middle of each, scrolled
 * there: a box can be laid out at full size and still be clipped to nothing.
 */
export async function figureShows(page: Page, figureId: string): Promise<{ layout: string; shows: string[] }> {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!;
    const shows: string[] = [];
    for (const [name, el] of [['picture', figure.querySelector('.figure-art svg')], ['table', figure.querySelector('table')]] as const) {
      if (!el || el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = Math.min(r.left + Math.min(r.width / 2, 40), document.documentElement.clientWidth - 1);
      const hit = document.elementFromPoint(x, r.top + r.height / 2);
      if (hit && el.contains(hit)) shows.push(name);
    }
    return { layout: figure.dataset.layout ?? 'not drawn', shows };
  }, figureId);
}
