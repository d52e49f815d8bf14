import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import type { ComparisonFigure, Slide } from '../../src/content/model.ts';
import { figureSteps } from '../../src/content/figure-content.ts';
import { parseInline, plainText } from '../../src/content/inline.ts';
import { ratingWords } from '../../src/figures/comparison-content.ts';
import { listeningPlan } from '../../src/listen/plan.ts';
import { splitSentences, spokenWords, type TextPiece } from '../../src/listen/sentences.ts';
import { contrastRatio } from './contrast.ts';
import { speaking } from './speech.ts';

/**
 * Listening (src/listen/, src/panels/listen.ts) as a test sees it: what should be said for a
 * slide, worked out from the content (not from the page), and checks of the page while it
 * reads, each returning what it found wrong, described (empty when all is well).
 */

const slideById = (id: string): Slide => {
  const slide = library.talk.slides.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide "${id}"`);
  return slide;
};

/** Inline content as the page shows it: citations as numbers nobody says. */
const pieces = (text: string): TextPiece[] =>
  parseInline(text).map((token) => (token.type === 'cite' ? { text: '[1]', spoken: false } : { text: token.text, spoken: true }));

const sentences = (text: string): string[] => splitSentences(pieces(text)).map((s) => s.spoken);

/** A comparison's row as said: its heading, then each cell after its option's name. */
function rowSaid(figure: ComparisonFigure, row: number): string {
  const { label, cells, ratings } = figure.rows[row]!;
  const option = (i: number): string => plainText(figure.options[i]!) + (figure.warning?.option === i ? ` (${plainText(figure.warning.label)})` : '');
  const cell = (i: number): string => plainText(cells[i]!) + (ratings ? ` (${ratingWords(ratings.values[i]!, ratings.meaning)})` : '');
  return [`${plainText(label)}.`, ...cells.map((_, i) => `${option(i)}: ${cell(i)}.`)].join(' ');
}

/**
 * What listening should say for a slide, in order, from the slide's content: its narration a
 * sentence at a time, with its figure's steps (each its name and words) after the first
 * paragraph; and the figure's step shown with each (null: no figure).
 */
export function expectedListening(slideId: string): { text: string; step: number | null }[] {
  const slide = slideById(slideId);
  const narration = slide.notes.map(sentences);
  const figure = slide.blocks.find((block) => block.kind === 'figure')?.figure;
  const steps: string[][] = !figure
    ? []
    : figure.type === 'comparison'
      ? figure.rows.map((_, row) => [rowSaid(figure, row)])
      : figureSteps(figure).map((step) => sentences(`${plainText(step.name)}. ${step.sentence}`));
  return listeningPlan(
    narration.map((s) => s.length),
    steps.map((s) => s.length),
  ).map((entry) =>
    entry.kind === 'narration'
      ? { text: narration[entry.paragraph]![entry.sentence]!, step: entry.step }
      : { text: steps[entry.step]![entry.sentence]!, step: entry.step },
  );
}

/** Utterances that carry what should never be said: citation numbers, markup, screen-reader words. */
export function markupSaid(texts: string[]): string[] {
  return texts.filter((text) => /[[\]*|]|\bSources?\b|\bS\d+\b/.test(text)).map((text) => `said "${text}"`);
}

/** Starts listening with L, and waits until the first sentence is being said. */
export async function startListening(page: Page, how: 'key' | 'button' = 'key'): Promise<void> {
  if (how === 'key') await page.keyboard.press('l');
  else await page.click('#listen-button');
  await page.waitForFunction(() => (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking() !== null);
}

/** The text of what is highlighted as being read, as the page shows it, without citation numbers. */
export function highlighted(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lit = [...document.querySelectorAll('.is-reading')];
    return lit
      .filter((el) => !el.closest('.cite'))
      .map((el) => el.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * The highlight of the sentence being said, checked: it shows the words being said; it can be
 * seen (drawn, inside the screen, and not under the tool bar or the listening controls); it
 * is marked by more than colour (an underline); and its words keep 7:1 on its background.
 */
export async function highlightProblems(page: Page): Promise<string[]> {
  const said = await speaking(page);
  const found = await page.evaluate(() => {
    const lit = [...document.querySelectorAll<HTMLElement>('.is-reading')];
    const bar = document.getElementById('reader-tools');
    const controls = document.getElementById('listen');
    const top = bar && getComputedStyle(bar).position !== 'static' ? bar.getBoundingClientRect().bottom : 0;
    const bottom = controls && !controls.hidden && controls.closest('.listen-bar, html.reader-view') ? controls.getBoundingClientRect().top : innerHeight;
    const scroller = lit[0]?.closest('.narration-text');
    const frame = scroller?.getBoundingClientRect();
    return {
      text: lit
        .filter((el) => !el.closest('.cite'))
        .map((el) => (el.tagName === 'TR' ? (el.firstElementChild?.textContent ?? '') : el.textContent))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      table: lit.some((el) => el.tagName === 'TR'),
      // Words for screen readers ("Source" before a citation) are highlighted too, but out of sight by design.
      parts: lit.filter((el) => !el.closest('.visually-hidden')).map((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el.tagName === 'TR' ? el.firstElementChild! : el);
        const inFrame = !frame || (r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1);
        // Seen where the page draws it on top at its first line: not clipped away or covered.
        const line = [...el.getClientRects()].find((rect) => rect.width > 1);
        const atLine = line ? document.elementFromPoint(line.left + Math.min(line.width / 2, 8), line.top + line.height / 2) : null;
        return {
          seen: atLine !== null && (el.contains(atLine) || atLine.contains(el)),
          onScreen: r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= 0 && r.right <= innerWidth + 1 && inFrame,
          underline: style.textDecorationLine.includes('underline'),
          ink: style.color,
          ground: style.backgroundColor,
        };
      }),
    };
  });
  const problems: string[] = [];
  if (said === null) return ['nothing is being said'];
  if (found.parts.length === 0) return [`nothing is highlighted while "${said}" is said`];
  const shown = found.text.replace(/ ([.,;:!?)])/g, '$1');
  // A row of a table is said as its heading, then its cells: the row of that heading is the one.
  // Said as the voice is given it: short forms such as EDSS as letters (spokenWords).
  const matches = found.table ? said.startsWith(`${shown}.`) : spokenWords(shown) === said;
  if (!matches) problems.push(`"${shown}" is highlighted while "${said}" is said`);
  // A row of a table that the slide draws as a picture is read from the picture, which marks it itself.
  const seen = found.table ? found.parts.filter((part) => part.seen) : found.parts;
  for (const part of seen) {
    if (!part.onScreen) problems.push(`the highlight of "${said}" is off the screen or under the controls`);
    else if (!part.seen) problems.push(`the highlight of "${said}" is covered or clipped away`);
    if (!part.underline) problems.push(`the highlight of "${said}" is colour alone, with no underline`);
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(c);
      return m && (m[4] === undefined || Number(m[4]) === 1) ? [m[1], m[2], m[3]].map(Number) : null;
    };
    const [ink, ground] = [rgb(part.ink), rgb(part.ground)];
    if (!ink || !ground) problems.push(`the highlight of "${said}" has no solid background (${part.ground})`);
    else if (contrastRatio(ink, ground) < 7) problems.push(`the highlight of "${said}" is at ${contrastRatio(ink, ground).toFixed(2)}:1`);
  }
  return [...new Set(problems)];
}

/** How many of the current slide's figure steps are shown: in the slides, reveal.js's step; in the reader view, the figure's. */
export function figureStepShown(page: Page, slideId: string): Promise<number> {
  return page.evaluate((id) => document.getElementById(id)!.querySelectorAll('figure[data-figure] .figure-steps > .visible').length - 1, slideId);
}

/** The figure at another step than the one whose words are being said, described. */
export async function figureStepProblems(page: Page, slideId: string, step: number): Promise<string[]> {
  const shown = await figureStepShown(page, slideId);
  return shown === step ? [] : [`the figure on "${slideId}" shows step ${shown} while words of step ${step} are said`];
}

/** What moves on its own over `ms`: running animations, and a box that scrolls by itself; described. */
export async function motionProblems(page: Page, scroller: string, ms = 60): Promise<string[]> {
  const at = (): Promise<{ top: number; running: number }> =>
    page.evaluate((sel) => ({
      top: document.querySelector(sel)?.scrollTop ?? window.scrollY,
      running: document.getAnimations().filter((a) => a.playState === 'running').length,
    }), scroller);
  const before = await at();
  await page.waitForTimeout(ms);
  const after = await at();
  const problems: string[] = [];
  if (before.running > 0) problems.push(`${before.running} animations running`);
  if (after.top !== before.top) problems.push(`${scroller} scrolled by itself from ${Math.round(before.top)} to ${Math.round(after.top)}`);
  return problems;
}

/** The controls of ours smaller than a finger (44 by 44 pixels), described. */
export function smallControls(page: Page, selector = '#listen button, #listen label, #listen-button'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `"${el.textContent!.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`),
    selector,
  );
}

/** The lines a notice takes on screen. */
export function noticeLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = document.querySelector('#deck-notice p');
    if (!text) return 0;
    const range = document.createRange();
    range.selectNodeContents(text);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return tops.size;
  });
}

/** The Listen controls' state: the play button's word, the speed shown, going on. */
export function controls(page: Page): Promise<{ toggle: string; rate: string; goOn: boolean; open: boolean }> {
  return page.evaluate(() => ({
    toggle: document.querySelector('#listen .listen-toggle')?.textContent?.trim() ?? '',
    rate: document.querySelector('#listen .listen-rate')?.textContent?.trim() ?? '',
    goOn: document.querySelector<HTMLInputElement>('#listen-go-on')?.checked ?? false,
    open: document.getElementById('listen')?.hidden === false,
  }));
}
