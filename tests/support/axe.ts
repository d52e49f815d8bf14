import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { groundContrast } from './contrast.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * The deck asks 7:1 of all text. WCAG's AAA rule asks only 4.5:1 of large text, and nearly
 * all slide text is large, so the enhanced check is set to 7:1 for every size, with no floor
 * below which it leaves a failure to the AA rule.
 */
const SEVEN_TO_ONE = {
  contrastRatio: { normal: { expected: 7, minThreshold: 1 }, large: { expected: 7, minThreshold: 1 } },
};

export interface AxeFinding {
  rule: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated over the protocol, so a strict Content Security Policy
 * does not stop it) with the WCAG A/AA tags plus the AAA enhanced contrast rule. Contrast that
 * axe could not work out is reported too, so it can never pass unchecked. With `include` (a
 * selector, as the browser reads it) axe checks only what it matches, and leaves out the rules
 * that judge a whole document (its title, language, landmarks).
 */
export async function axeFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, scope, contrast]) => {
      const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
      runner.configure({ checks: [{ id: 'color-contrast-enhanced', options: contrast }] });
      const within = scope ? [...document.querySelectorAll(scope)] : [];
      if (scope && within.length === 0) throw new Error(`axe: nothing matches ${scope}`);
      const result = await runner.run(scope ? { include: within } : document, {
        runOnly: { type: 'tag', values: tags as string[] },
        rules: { 'color-contrast-enhanced': { enabled: true } },
        resultTypes: ['violations', 'incomplete'],
      });
      // A contrast check axe could not finish is a check that did not run: count it. SVG
      // text is the exception: axe cannot measure it, lowContrastSvgText() in contrast.ts does.
      // Open popovers and modal dialogs are in the top layer, which axe cannot place: topLayerContrast() in contrast.ts measures them.
      const inTopLayer = (n: { target: unknown[] }): boolean =>
        document.querySelector(String(n.target[0]))?.closest(':popover-open, dialog:modal') != null;
      // Text scrolled out of a box that scrolls cannot be measured where it is: a test checks
      // that box again scrolled to its end (see axeFindingsScrolled).
      const scrolledOut = (n: { target: unknown[] }): boolean => {
        const el = document.querySelector(String(n.target[0]));
        const scroller = el?.closest<HTMLElement>('[data-axe-scroller]');
        if (!el || !scroller) return false;
        const [r, s] = [el.getBoundingClientRect(), scroller.getBoundingClientRect()];
        return r.top < s.top - 1 || r.bottom > s.bottom + 1 || r.left < s.left - 1 || r.right > s.right + 1;
      };
      const unchecked = result.incomplete
        .filter((r) => r.id.startsWith('color-contrast'))
        .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !/^<(text|tspan)\b/.test(n.html)) }))
        .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !inTopLayer(n) && !scrolledOut(n)) }))
        .filter((r) => r.nodes.length > 0);
      return [...result.violations, ...unchecked].map((v) => ({
        rule: v.id,
        help: v.help,
        targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
      }));
    },
    [AXE_TAGS, include ?? null, SEVEN_TO_ONE] as const,
  );
}

/**
 * axe over the page, or the part of it matching `include`, with every box that scrolls
 * (matching `scrollers`: up and down, or sideways as a table's frame does on a phone) scrolled
 * in turn to each place that brings some of its text wholly into view, until each piece has
 * been, once: axe measures contrast only where text is wholly in view. A piece of text bigger
 * than its box (a caption as wide as its table) never is: its colour is measured against the
 * backgrounds under it instead (groundContrast in contrast.ts).
 */
export async function axeFindingsScrolled(page: Page, scrollers: string, include?: string): Promise<AxeFinding[]> {
  const marked = await page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.clientWidth > 0 && el.clientHeight > 0 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1),
    );
    for (const box of boxes) {
      box.setAttribute('data-axe-scroller', '');
      box.scrollTo(0, 0);
      const frame = box.getBoundingClientRect();
      const pieces: { start: number[]; end: number[] }[] = [];
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent?.trim() || el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.width > box.clientWidth + 1 || r.height > box.clientHeight + 1) {
          el.setAttribute('data-axe-too-big', '');
          continue;
        }
        const [x, y] = [r.left - frame.left - box.clientLeft, r.top - frame.top - box.clientTop];
        pieces.push({ start: [x, y], end: [x + r.width, y + r.height] });
      }
      /** The fewest scroll positions on one axis that bring each piece wholly into view. */
      const places = (axis: 0 | 1, view: number, most: number): number[] => {
        const at: number[] = [];
        for (const piece of [...pieces].sort((a, b) => a.start[axis]! - b.start[axis]!)) {
          if (at.some((p) => piece.start[axis]! >= p - 1 && piece.end[axis]! <= p + view + 1)) continue;
          at.push(Math.min(Math.max(0, piece.start[axis]!), most));
        }
        return at.length > 0 ? at : [0];
      };
      const lefts = places(0, box.clientWidth, box.scrollWidth - box.clientWidth);
      const tops = places(1, box.clientHeight, box.scrollHeight - box.clientHeight);
      box.dataset.axePlaces = JSON.stringify(lefts.flatMap((left) => tops.map((top) => [left, top])));
    }
    return boxes.length;
  }, scrollers);
  const findings = await axeFindings(page, include);
  if (marked === 0) return findings;
  const seen = new Set(findings.flatMap((finding) => finding.targets));
  /** Scrolls every marked box to its place number `k`; false once all have been to every place. */
  const scrollTo = (k: number): Promise<boolean> =>
    page.evaluate((step) => {
      let moved = false;
      for (const box of document.querySelectorAll<HTMLElement>('[data-axe-scroller]')) {
        const place = (JSON.parse(box.dataset.axePlaces ?? '[]') as [number, number][])[step];
        if (!place) continue;
        box.scrollTo(...place);
        moved = true;
      }
      return moved;
    }, k);
  for (let k = 0; await scrollTo(k); k++) {
    for (const finding of await axeFindings(page, '[data-axe-scroller]')) {
      const targets = finding.targets.filter((target) => !seen.has(target));
      targets.forEach((target) => seen.add(target));
      if (targets.length > 0) findings.push({ ...finding, targets });
    }
  }
  const tooBig = await groundContrast(page, '[data-axe-too-big]');
  if (tooBig.length > 0) findings.push({ rule: 'color-contrast-enhanced', help: 'Text in a box that scrolls, under 7:1 against the backgrounds under it', targets: tooBig });
  await page.evaluate(() => {
    document.querySelectorAll('[data-axe-too-big]').forEach((el) => el.removeAttribute('data-axe-too-big'));
    document.querySelectorAll<HTMLElement>('[data-axe-scroller]').forEach((box) => {
      box.scrollTo(0, 0);
      box.removeAttribute('data-axe-scroller');
      delete box.dataset.axePlaces;
    });
  });
  return findings;
}
