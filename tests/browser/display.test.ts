import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DISPLAY_STORAGE_KEY, type DisplaySettings } from '../../src/views/display-settings.ts';
import { axeFindings, axeFindingsScrolled } from '../support/axe.ts';
import { DESKTOP, PHONE, settle, showStep, waitForDeck, type DeckOptions } from '../support/browser.ts';
import { ROOT } from '../support/commands.ts';
import { lowContrastMarks, lowContrastSvgText } from '../support/contrast.ts';
import { deckTest } from '../support/deck-test.ts';
import { movingMarks } from '../support/figures.ts';
import { tabTo } from '../support/modes.ts';
import { SMALL_PHONE, drawAllFigures, readerTypeSizes, scrollToSection, sidewaysScroll, talkSlides } from '../support/reader.ts';

/**
 * The Display panel (text size, colours, line spacing, movement), used as readers use it: by
 * keyboard and by touch, on the slides and in the reader view. A choice changes the page at
 * once, is kept on the device, and is on the page before its first paint when it comes back; a
 * presenter who never opens the panel sees the slides as they always were. Every colour theme
 * keeps text at 7:1 and figure marks at 3:1 over the whole reader view, with the figures drawn
 * in its own colours; and text at 200% doubles the reader's words and controls once, not twice.
 * Each new kind of check here is shown to fail once on a planted problem, last.
 */

type Theme = DisplaySettings['theme'];
const THEMES: readonly Theme[] = ['standard', 'dark', 'yellow'];

const PAGE_CSS = readFileSync(join(ROOT, 'src', 'theme', 'page.css'), 'utf8');

/** A theme's colours as page.css declares them (`--name: #hex;`), the standard ones under each. */
function palette(theme: Theme): Record<string, string> {
  const block = (selector: string): Record<string, string> => {
    const start = PAGE_CSS.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`page.css has no ${selector} block`);
    const body = PAGE_CSS.slice(start, PAGE_CSS.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
  };
  return { ...block(':root'), ...(theme === 'standard' ? {} : block(`html[data-theme='${theme}']`)) };
}

/** A hex colour as getComputedStyle writes it. */
function rgb(hex: string): string {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The page's colours in each theme: its background and its ink. */
const COLOURS = Object.fromEntries(THEMES.map((theme) => [theme, { background: rgb(palette(theme)['--bg']!), ink: rgb(palette(theme)['--ink']!) }])) as Record<Theme, { background: string; ink: string }>;

/** What the Display settings show on the page: the settings <html> carries, and the page's colours. */
interface Shown {
  theme: string | null;
  spacing: string | null;
  motion: string | null;
  textScale: string | null;
  background: string;
  ink: string;
}

/**
 * Reads what the page shows of the Display settings. Self-contained: it also runs from an init
 * script, as the page's body begins (see watchFirstPaint).
 */
function readShown(): Shown {
  const root = document.documentElement;
  const body = getComputedStyle(document.body);
  return {
    theme: root.getAttribute('data-theme'),
    spacing: root.getAttribute('data-spacing'),
    motion: root.getAttribute('data-motion'),
    textScale: root.style.getPropertyValue('--text-scale').trim() || null,
    background: body.backgroundColor,
    ink: body.color,
  };
}

/** Records what the page shows at the moment its body begins, before anything of it can be painted: `window.__shownAtFirstPaint`. */
function recordAtFirstPaint(read: () => unknown): void {
  const w = window as unknown as { __shownAtFirstPaint?: unknown };
  new MutationObserver((_, observer) => {
    if (!document.body || w.__shownAtFirstPaint) return;
    w.__shownAtFirstPaint = read();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Installs the first-paint recorder for every page the context loads (and reloads). */
async function watchFirstPaint(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `(${recordAtFirstPaint.toString()})(${readShown.toString()})` });
}

const shownNow = (page: Page): Promise<Shown> => page.evaluate(readShown);
const shownAtFirstPaint = (page: Page): Promise<Shown> => page.evaluate(() => (window as unknown as { __shownAtFirstPaint: Shown }).__shownAtFirstPaint);

/** The settings with nothing chosen: a setting <html> does not carry counts as this, as the styles read it. */
const STANDARD = { theme: 'standard', spacing: 'normal', motion: 'system', textScale: '1' };

/** What the page should show with `settings` chosen; with none, the standard look. */
function expectedShown({ theme = 'standard', text = 1, spacing = 'normal', motion = 'system' }: Partial<DisplaySettings> = {}): Shown {
  return { theme, spacing, motion, textScale: String(text), ...COLOURS[theme] };
}

/** Where the page shows other than `expected`, described; empty when it matches. */
function shownAmiss(shown: Shown, expected: Shown): string[] {
  const value = (key: keyof Shown): string | null => shown[key] ?? (key in STANDARD ? STANDARD[key as keyof typeof STANDARD] : null);
  return (Object.keys(expected) as (keyof Shown)[]).filter((key) => value(key) !== expected[key]).map((key) => `${key} is ${value(key)}, not ${expected[key]}`);
}

/** Settings saved on the device before the page's scripts run, at every load of the deck. */
function stored(settings: Partial<DisplaySettings>): DeckOptions['init'] {
  return async (context) => {
    await context.addInitScript(
      ([key, value]) => {
        if (location.protocol.startsWith('http')) localStorage.setItem(key, value);
      },
      [DISPLAY_STORAGE_KEY, JSON.stringify(settings)] as const,
    );
  };
}

/** A style sheet added to the page as the content policy allows (constructed, not a style element). */
async function addStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  await settle(page);
}

const dropStyles = (page: Page): Promise<void> => page.evaluate(() => void (document.adoptedStyleSheets = []));

type Way = 'keyboard' | 'touch';

/** Opens the Display panel from its tool bar button, by keyboard (Tab to it, Enter) or by a tap. */
async function openPanel(page: Page, way: Way): Promise<void> {
  if (way === 'keyboard') {
    await tabTo(page, '#display-button');
    await page.keyboard.press('Enter');
  } else {
    await page.tap('#display-button');
  }
  expect(await page.locator('#display').isVisible(), 'the panel opens').toBe(true);
  expect(await page.getAttribute('#display-button', 'aria-expanded')).toBe('true');
}

/**
 * Chooses `value` for one setting in the open panel: by keyboard, Tab to its group, then the
 * arrow keys (each choice passed on the way applies too, as it would for a reader); by touch, a
 * tap on the choice's words.
 */
async function choose<K extends keyof DisplaySettings>(page: Page, way: Way, key: K, value: DisplaySettings[K]): Promise<void> {
  const group = `#display input[name="display-${key}"]`;
  if (way === 'keyboard') {
    const inGroup = (): Promise<boolean> => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, group);
    for (let i = 0; i < 8 && !(await inGroup()); i++) await page.keyboard.press('Tab');
    expect(await inGroup(), `Tab reaches the ${key} choices`).toBe(true);
    for (let i = 0; i < 6 && !(await page.isChecked(`${group}[value="${value}"]`)); i++) await page.keyboard.press('ArrowRight');
  } else {
    await page.locator(`#display label.display-choice:has(input[name="display-${key}"][value="${value}"]) span`).tap();
  }
  expect(await page.isChecked(`${group}[value="${value}"]`), `${key} ${value} is chosen`).toBe(true);
}

/** The choices the panel marks as chosen. */
const checkedChoices = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('#display input:checked')].map((input) => [input.name.replace(/^display-/, ''), input.value])));

const fontSize = (page: Page, selector: string): Promise<number> => page.evaluate((sel) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize), selector);

const VIEWS = [
  { name: 'on the slides at 1280x720', query: '?view=slides', viewport: DESKTOP, reader: false },
  { name: 'in the reader view at 390x844', query: '?view=reader', viewport: PHONE, reader: true },
] as const;

/** Where the two ways of working the panel end up, so that each theme is the last one chosen once. */
const LAST_THEME: Record<Way, Theme> = { keyboard: 'yellow', touch: 'dark' };

describe('the Display panel', () => {
  for (const view of VIEWS) for (const way of ['keyboard', 'touch'] as const) {
    deckTest(`${view.name}, by ${way}: text at 200%, each colour theme, wide spacing and no movement change the page at once, and are there from the first paint after a reload`, async ({ openDeck }) => {
      const touch = way === 'touch';
      const { page } = await openDeck({ query: view.query, viewport: view.viewport, hasTouch: touch, isMobile: touch && view.reader, init: watchFirstPaint });
      expect(shownAmiss(await shownNow(page), expectedShown()), 'before any choice').toEqual([]);
      const tools = await fontSize(page, '#display-button');
      const words = await fontSize(page, 'body');
      await openPanel(page, way);

      await choose(page, way, 'text', 2);
      expect((await shownNow(page)).textScale).toBe('2');
      expect(await fontSize(page, '#display-button'), 'the tool bar\'s words, twice the size').toBe(2 * tools);
      if (view.reader) expect(await fontSize(page, 'body'), 'the talk\'s words, twice the size').toBe(2 * words);

      for (const theme of ['dark', 'yellow', 'standard', LAST_THEME[way]] as const) {
        await choose(page, way, 'theme', theme);
        const shown = await shownNow(page);
        expect({ theme: shown.theme, background: shown.background, ink: shown.ink }, `${theme}, at once`).toEqual({ theme, ...COLOURS[theme] });
      }

      await choose(page, way, 'spacing', 'wide');
      expect((await shownNow(page)).spacing).toBe('wide');
      // The talk's words in the reader view; on the slides, the narration read beside the slide.
      const lines = await page.evaluate((reader) => {
        const words = reader ? document.body : document.querySelector('.narration-text')!;
        return parseFloat(getComputedStyle(words).lineHeight) / parseFloat(getComputedStyle(words).fontSize);
      }, view.reader);
      expect(lines, 'the lines a reader reads, spaced wide').toBeCloseTo(1.9, 2);

      await choose(page, way, 'motion', 'off');
      expect((await shownNow(page)).motion).toBe('off');
      if (way === 'keyboard') {
        await page.keyboard.press('Escape');
        expect(await page.evaluate(() => document.activeElement?.id), 'Escape closes the panel, the focus back on its button').toBe('display-button');
      } else {
        await page.tap('#display .display-close');
      }
      expect(await page.locator('#display').isVisible(), 'the panel closes').toBe(false);
      if (view.reader) {
        await scrollToSection(page, 'benefits');
        if (way === 'touch') await page.tap('#benefits .step-next');
        else {
          await page.focus('#benefits .step-next');
          await page.keyboard.press('Enter');
        }
        await settle(page, 20);
        expect(await movingMarks(page), 'the people affected are filled in without moving').toBe(0);
      } else {
        expect(await page.evaluate(() => window.Reveal!.getConfig().transition), 'the slides change without a fade').toBe('none');
      }

      const chosen = { text: 2, theme: LAST_THEME[way], spacing: 'wide', motion: 'off' } as const;
      await page.reload();
      await waitForDeck(page);
      expect(shownAmiss(await shownAtFirstPaint(page), expectedShown(chosen)), 'as the page begins, before its first paint').toEqual([]);
      expect(shownAmiss(await shownNow(page), expectedShown(chosen)), 'once the page is ready').toEqual([]);
      expect(await fontSize(page, '#display-button'), 'the tool bar\'s words, still twice the size').toBe(2 * tools);
      if (!view.reader) expect(await page.evaluate(() => window.Reveal!.getConfig().transition)).toBe('none');
      await openPanel(page, way);
      expect(await checkedChoices(page), 'the panel shows what was chosen').toEqual({ text: '2', theme: chosen.theme, spacing: 'wide', motion: 'off' });
    });
  }
});

/**
 * How the presenter's slide `id` looks (the current one without it) at its first step: the
 * page's colours and the slides' transition, then each piece of text on the slide (its colour,
 * size and line height) and each shape of its figure, drawn first (fill and stroke).
 */
async function slideLook(page: Page, id?: string): Promise<string[]> {
  if (id) await showStep(page, talkSlides.findIndex((slide) => slide.id === id), 0);
  await page.waitForFunction(() => [...window.Reveal!.getCurrentSlide().querySelectorAll('figure[data-figure]')].every((figure) => figure.matches('.is-drawn, .is-failed')));
  return page.evaluate(() => {
    const look = [`page ${getComputedStyle(document.body).backgroundColor} ${getComputedStyle(document.body).color}`, `transition ${window.Reveal!.getConfig().transition}`];
    const slide = window.Reveal!.getCurrentSlide();
    for (const el of slide.querySelectorAll('h1, h2, h3, p, li, td, th, svg text')) {
      const style = getComputedStyle(el);
      look.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${style.color} ${style.fill} ${style.fontSize} ${style.lineHeight}`);
    }
    for (const el of slide.querySelectorAll('.figure-art svg :is(path, circle, rect, line, use)')) {
      const style = getComputedStyle(el);
      look.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class')} ${style.fill} ${style.stroke}`);
    }
    return look;
  });
}

/** Takes every Display setting off <html>: the page as it would be with no Display code at all. */
const takeSettingsOff = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const root = document.documentElement;
    for (const name of ['data-theme', 'data-spacing', 'data-motion']) root.removeAttribute(name);
    root.style.removeProperty('--text-scale');
  });

describe('with nothing chosen', () => {
  deckTest('the presenter\'s slides look as they always did: the standard colours and sizes, fading from slide to slide', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?view=slides', init: watchFirstPaint });
    expect(await page.evaluate((key) => localStorage.getItem(key), DISPLAY_STORAGE_KEY), 'nothing stored').toBeNull();
    expect(shownAmiss(await shownAtFirstPaint(page), expectedShown()), 'as the page begins').toEqual([]);
    expect(shownAmiss(await shownNow(page), expectedShown()), 'once the page is ready').toEqual([]);
    expect(await page.evaluate(() => window.Reveal!.getConfig().transition)).toBe('fade');
    expect(await fontSize(page, '#display-button'), 'the tool bar at 1.125rem').toBe(18);
    const slides = ['title', 'what-is-ms', 'myelin', 'comparison'];
    const looks: string[][] = [];
    for (const id of slides) looks.push(await slideLook(page, id));
    await takeSettingsOff(page);
    for (const [i, id] of slides.entries()) expect(await slideLook(page, id), `"${id}" as with no Display settings at all`).toEqual(looks[i]);
  });
});

/**
 * Fills and strokes of the drawn figures in `scope` that are none of the theme's colours (the
 * palette page.css declares, as the page resolves it now), described: a colour fixed in the
 * drawing code, or a rule that forgets a theme, shows here. A standard colour is named.
 */
async function coloursOutsideTheme(page: Page, scope = '.slides'): Promise<string[]> {
  const names = Object.keys(palette('standard'));
  const found = await page.evaluate(
    ([within, paletteNames]) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const theme = new Set(
        paletteNames.map((name) => {
          probe.style.color = `var(${name})`;
          return getComputedStyle(probe).color;
        }),
      );
      probe.remove();
      const outside = new Set<string>();
      for (const svg of document.querySelectorAll(`${within} figure .figure-art svg`)) {
        if (svg.getClientRects().length === 0) continue;
        for (const el of svg.querySelectorAll('path, circle, ellipse, rect, line, polyline, polygon, use, text')) {
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || (el.closest('defs') && !el.getAttribute('class'))) continue;
          const name = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} in ${el.closest('figure')?.id}`;
          // A line has no inside: its fill is never drawn.
          const paints: [string, string][] = [...(el.tagName.toLowerCase() === 'line' ? [] : [['fill', style.fill] as [string, string]]), ['stroke', style.stroke]];
          for (const [part, paint] of paints) if (paint.startsWith('rgb') && !theme.has(paint)) outside.add(`${name}: its ${part} ${paint}`);
        }
      }
      return [...outside];
    },
    [scope, names] as const,
  );
  const standard = Object.entries(palette('standard')).map(([name, hex]) => [rgb(hex), name] as const);
  return found.map((finding) => {
    const named = standard.find(([colour]) => finding.endsWith(colour));
    return named ? `${finding}, the standard ${named[1]}` : finding;
  });
}

/** Shows the next step of every figure in the reader view that has one; false when none had. */
const nextStepEverywhere = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const next = [...document.querySelectorAll<HTMLButtonElement>('.slides .step-next:not(:disabled)')];
    next.forEach((button) => button.click());
    return next.length > 0;
  });

describe('every colour theme in the reader view', () => {
  for (const theme of THEMES) for (const [size, viewport] of [['390x844', PHONE], ['1280x720', DESKTOP]] as const) {
    deckTest(`${theme} at ${size}: text at 7:1 over the whole page and in every figure at every step, figure marks at 3:1, figures in the theme's colours, nothing sideways`, async ({ openDeck }) => {
      const narrow = viewport.width < 600;
      const { page } = await openDeck({ query: '?view=reader', viewport, hasTouch: narrow, isMobile: narrow, reducedMotion: 'reduce', init: stored({ theme }) });
      expect(await shownNow(page)).toMatchObject({ theme, ...COLOURS[theme] });
      await drawAllFigures(page);
      expect(await page.locator('.slides figure[data-figure]:not(.is-drawn)').count(), 'every figure drawn').toBe(0);
      expect(await sidewaysScroll(page)).toEqual([]);
      expect(await lowContrastMarks(page), 'figure marks under 3:1').toEqual([]);
      expect(await coloursOutsideTheme(page), `figure colours not in the ${theme} theme`).toEqual([]);
      for (let step = 0; ; step++) {
        expect(await lowContrastSvgText(page, 7, '.slides'), `figure words under 7:1, each figure at step ${step}`).toEqual([]);
        if (!(await nextStepEverywhere(page))) break;
        await settle(page);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await axeFindingsScrolled(page, '.table-frame'), 'the whole document, each table scrolled across').toEqual([]);
    });
  }
});

/**
 * The reader's controls as drawn, in CSS pixels: the largest words on its buttons (their key
 * hints included), on the key hints alone, and in the Display panel (its heading apart).
 */
async function controlSizes(page: Page): Promise<ControlSizes> {
  const any = { body: 0, floor: 0, heading: 0 };
  const buttons = await readerTypeSizes(page, any, '.reader-button');
  const keyHints = await readerTypeSizes(page, any, '.key-hint');
  const panel = await readerTypeSizes(page, any, '#display');
  return { buttons: Math.max(buttons.largest.other, buttons.largest.body), keyHints: keyHints.largest.other, panel: panel.largest.other, panelHeading: panel.largest.heading };
}

interface ControlSizes {
  buttons: number;
  keyHints: number;
  panel: number;
  panelHeading: number;
}

/**
 * The reader's controls at 200% grown more than twice their size at 100%, or past what 200%
 * makes of their sizes: a button's words 1.125rem of the doubled page (36 px), a key hint
 * 0.9375rem (30 px), the panel 1.25rem (40 px) and its heading 1.5rem (48 px). Described.
 */
function grownTwice(before: ControlSizes, after: ControlSizes): string[] {
  const ceilings: ControlSizes = { buttons: 36, keyHints: 30, panel: 40, panelHeading: 48 };
  return (Object.keys(ceilings) as (keyof ControlSizes)[]).flatMap((what) => [
    ...(after[what] > 2 * before[what] + 0.5 ? [`${what}: ${before[what].toFixed(1)}px grew to ${after[what].toFixed(1)}px, more than 2 times`] : []),
    ...(after[what] > ceilings[what] + 0.5 ? [`${what}: ${after[what].toFixed(1)}px, over ${ceilings[what]}px`] : []),
  ]);
}

/** Reloads the reader view with the Display text at `text`, as the panel saves it, and opens the panel. */
async function readerAt(page: Page, text: number): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [DISPLAY_STORAGE_KEY, JSON.stringify({ text })] as const);
  await page.reload();
  await waitForDeck(page);
  await page.click('#display-button');
}

describe('text at 200% in the Display panel', () => {
  deckTest('in the reader view at 390x844: the talk\'s words measure 36 px, and the controls grow once, not twice', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?view=reader', viewport: PHONE });
    await readerAt(page, 1);
    const before = await controlSizes(page);
    expect(before.keyHints, 'key hints shown, as with a mouse').toBeGreaterThan(0);
    await readerAt(page, 2);
    const sizes = await readerTypeSizes(page, { body: 36, floor: 32, heading: 44 });
    expect(sizes.smallest.body, 'the smallest reading text').toBeCloseTo(36, 0);
    expect(sizes.smallBody, 'reading text under 36 px').toEqual([]);
    expect(grownTwice(before, await controlSizes(page))).toEqual([]);
    expect(await sidewaysScroll(page)).toEqual([]);
  });

  deckTest('on the smallest phone, 320x640, the open panels stay inside the screen', async ({ openDeck }) => {
    const { page } = await openDeck({ query: '?view=reader', viewport: SMALL_PHONE });
    await readerAt(page, 2); // which opens the Display panel
    for (const [button, panel] of [[null, '.display-panel'], ['#contents-button', '#contents']] as const) {
      if (button) await page.click(button);
      const edges = await page.locator(panel).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: Math.round(r.left), right: Math.round(r.right), width: window.innerWidth };
      });
      expect(edges.left, `${panel} starts inside the screen`).toBeGreaterThanOrEqual(0);
      expect(edges.right, `${panel} ends inside the screen`).toBeLessThanOrEqual(edges.width);
      await page.keyboard.press('Escape');
    }
  });
});

describe('the checks above', () => {
  deckTest('catch a planted problem of each kind', async ({ openDeck }) => {
    // Settings applied by a later script rather than the page's head: the page shows the
    // standard colours first, then changes. Right once ready, wrong as the page begins.
    const slides = await openDeck({
      query: '?view=slides',
      init: async (context) => {
        await watchFirstPaint(context);
        await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.theme = 'dark')));
      },
    });
    const dark = expectedShown({ theme: 'dark' });
    expect(shownAmiss(await shownNow(slides.page), dark)).toEqual([]);
    expect(shownAmiss(await shownAtFirstPaint(slides.page), dark)).toEqual([
      'theme is standard, not dark',
      `background is ${COLOURS.standard.background}, not ${COLOURS.dark.background}`,
      `ink is ${COLOURS.standard.ink}, not ${COLOURS.dark.ink}`,
    ]);
    // With nothing chosen, a setting other than the standard; and a slide that looks otherwise
    // with the standard settings on <html> than without them.
    await slides.page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.5'));
    expect(shownAmiss(await shownNow(slides.page), expectedShown())).toEqual([
      'theme is dark, not standard',
      'textScale is 1.5, not 1',
      `background is ${COLOURS.dark.background}, not ${COLOURS.standard.background}`,
      `ink is ${COLOURS.dark.ink}, not ${COLOURS.standard.ink}`,
    ]);
    await slides.page.evaluate(() => {
      document.documentElement.dataset.theme = 'standard';
      document.documentElement.style.setProperty('--text-scale', '1');
    });
    expect(shownAmiss(await shownNow(slides.page), expectedShown())).toEqual([]);
    await addStyle(slides.page, 'html[data-theme] .reveal .slides h1 { font-size: 50px }');
    const withSettings = await slideLook(slides.page);
    await takeSettingsOff(slides.page);
    const without = await slideLook(slides.page);
    expect(withSettings.filter((line) => !without.includes(line))).toEqual([expect.stringMatching(/^h1 "Stem cell therapy fo" .* 50px/)]);

    // In the dark theme: a paler soft ink (text at under 7:1, on the page and in the figures), a
    // faint orange for marks (under 3:1), and a figure mark in the standard theme's ink.
    const { page } = await openDeck({ query: '?view=reader', viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce', init: stored({ theme: 'dark' }) });
    await drawAllFigures(page);
    expect(await lowContrastMarks(page)).toEqual([]);
    expect(await coloursOutsideTheme(page)).toEqual([]);
    expect(await lowContrastSvgText(page, 7, '.slides')).toEqual([]);
    await addStyle(page, "html[data-theme='dark'] { --ink-soft: #5a6270; --mark-orange: #6a4420 } html[data-theme='dark'] .reveal .cell-new { fill: #14213d }");
    expect((await axeFindings(page, '#recovery')).map((finding) => finding.rule)).toContain('color-contrast-enhanced');
    // Measured from the top of the page: each label is scrolled to, far down as it is.
    await page.evaluate(() => window.scrollTo(0, 0));
    const faint = await lowContrastSvgText(page, 7, '.slides');
    expect(faint).toContain('"Day 0" at 3.05:1');
    expect(faint).toContain('"100 people" at 3.05:1');
    const weak = await lowContrastMarks(page);
    expect(weak).toContainEqual(expect.stringMatching(/^use\.person\.person-affected in benefits-figure, its fill rgb\(106, 68, 32\) at [12]\.\d+:1$/));
    expect(weak).toContainEqual(expect.stringMatching(/^rect\.cell-new in procedure-figure, its fill rgb\(20, 33, 61\) at 1\.\d+:1$/));
    expect(await coloursOutsideTheme(page)).toContainEqual('rect.cell-new in procedure-figure: its fill rgb(20, 33, 61), the standard --ink');
    await dropStyles(page);
    expect(await lowContrastMarks(page)).toEqual([]);

    // The reader's controls grown twice at 200%: the tool bar's sizes scaled by the Display
    // setting on top of a page whose rem it already doubled. And a figure that moves, with
    // movement left as the device has it.
    const phone = await openDeck({ query: '?view=reader', viewport: PHONE });
    await readerAt(phone.page, 1);
    const before = await controlSizes(phone.page);
    await readerAt(phone.page, 2);
    await addStyle(phone.page, 'html.reader-view { --ui-scale: var(--text-scale) }');
    expect(grownTwice(before, await controlSizes(phone.page))).toEqual([
      'buttons: 16.0px grew to 60.0px, more than 2 times',
      'buttons: 60.0px, over 36px',
      'keyHints: 15.0px grew to 60.0px, more than 2 times',
      'keyHints: 60.0px, over 30px',
      'panel: 20.0px grew to 80.0px, more than 2 times',
      'panel: 80.0px, over 40px',
      'panelHeading: 24.0px grew to 96.0px, more than 2 times',
      'panelHeading: 96.0px, over 48px',
    ]);
    await phone.page.keyboard.press('Escape');
    await scrollToSection(phone.page, 'benefits');
    await phone.page.locator('#benefits .step-next').click();
    await settle(phone.page, 20);
    expect(await movingMarks(phone.page)).toBeGreaterThan(0);
  });
});
