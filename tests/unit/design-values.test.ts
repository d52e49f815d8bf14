// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_TYPE, FIGURE_TYPE_NARROW, NARROW_FLOOR_PX, NARROW_LEAST_SHOWN, NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { drawTalkFigures } from '../support/talk-figures.ts';

/**
 * Design values are named once (see "Design values" in the README): type sizes and layers are
 * custom properties, and the words in a figure are laid out (wrapped, spaced, kept apart) at the
 * sizes in FIGURE_TYPE and drawn at them, each text carrying its size as an attribute. A size in
 * the theme would win over that attribute, and the picture would no longer be the one laid out.
 */

const figures = drawTalkFigures();
const wordsOf = (figure: Element): SVGElement[] => [...figure.querySelectorAll<SVGElement>('.figure-art text, .figure-art tspan')];
const words = figures.flatMap(wordsOf);
const sizes = new Set<number>(Object.values(FIGURE_TYPE));

/** Kinds that a narrow screen reads as their data table, hiding the picture: drawn wide, even narrow. */
const READ_AS_TABLE = new Set(['comparison']);
const narrowFigures = drawTalkFigures({ narrow: true });
const narrowSizes = new Set<number>(Object.values(FIGURE_TYPE_NARROW));

/**
 * Words of a narrow drawing that would read too small: a size not from FIGURE_TYPE_NARROW, or
 * one under NARROW_FLOOR_PX where the drawing is shown its narrowest.
 */
function narrowWordProblems(svg: SVGSVGElement): string[] {
  const viewWidth = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const sized = [...svg.querySelectorAll('text, tspan')].filter((word) => word.tagName.toLowerCase() === 'text' || word.hasAttribute('font-size'));
  return sized.flatMap((word) => {
    const size = Number(word.getAttribute('font-size'));
    const shown = (size * NARROW_LEAST_SHOWN) / viewWidth;
    if (!narrowSizes.has(size)) return [`"${word.textContent}" at ${word.getAttribute('font-size')}, not a size of FIGURE_TYPE_NARROW`];
    return shown >= NARROW_FLOOR_PX ? [] : [`"${word.textContent}" shown at ${shown.toFixed(1)} px`];
  });
}

const THEME = join(import.meta.dirname, '..', '..', 'src', 'theme');
const themeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? themeFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : []));
const sheets = themeFiles(THEME).map((file) => ({ name: file.slice(THEME.length + 1), css: readFileSync(file, 'utf8') }));

/** Each style rule of a sheet as [selector, declarations], @media wrappers left out. */
function rules(css: string): [string, string][] {
  const bare = css.replace(/\/\*[^]*?\*\//g, '');
  return [...bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [m[1]!.replace(/\s+/g, ' ').trim(), m[2]!]);
}

/** Rules in `css` that set a size for any of the `classes`, or for SVG text as such. */
function sizesSetFor(css: string, classes: Set<string>): string[] {
  return rules(css)
    .filter(([, body]) => /(^|[;\s])font(-size)?\s*:/.test(body))
    .flatMap(([selector]) => selector.split(','))
    .map((selector) => selector.trim())
    .filter((selector) => /(^|[\s>+~])(svg|text|tspan)\b/.test(selector) || [...selector.matchAll(/\.([\w-]+)/g)].some((m) => classes.has(m[1]!)));
}

describe('type sizes in figures', () => {
  it('draws every figure of the talk', () => {
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) expect(figure.classList.contains('is-drawn'), figure.id).toBe(true);
    expect(words.length).toBeGreaterThan(50);
  });

  it('gives every word drawn its size from FIGURE_TYPE, at the deck\'s 28 px floor or more', () => {
    for (const text of words.filter((w) => w.tagName.toLowerCase() === 'text')) {
      expect(text.getAttribute('font-size'), `"${text.textContent}" (${text.getAttribute('class')})`).not.toBeNull();
    }
    for (const word of words.filter((w) => w.hasAttribute('font-size'))) {
      const size = Number(word.getAttribute('font-size'));
      expect(sizes.has(size), `"${word.textContent}" at ${size}`).toBe(true);
      expect(size).toBeGreaterThanOrEqual(28);
    }
  });

  it('is set by no style sheet, which would draw words at another size than their layout', () => {
    // The classes of every word and of the groups around it, up to the picture itself.
    const classes = new Set<string>();
    for (const word of [...words, ...narrowFigures.flatMap(wordsOf)]) {
      for (let el: Element | null = word; el && !el.classList.contains('figure-art'); el = el.parentElement) el.classList.forEach((c) => classes.add(c));
    }
    expect(classes).toContain('cell-text');
    const found = sheets.flatMap(({ name, css }) => sizesSetFor(css, classes).map((selector) => `${name}: ${selector}`));
    expect(found).toEqual([]);
  });

  it('draws every figure of the talk narrow too, in its narrow layout unless it is read as its table', () => {
    expect(narrowFigures.map((f) => f.dataset.figure)).toEqual(figures.map((f) => f.dataset.figure));
    for (const figure of narrowFigures) {
      expect(figure.classList.contains('is-drawn'), figure.id).toBe(true);
      const layout = figure.querySelector('svg')!.getAttribute('data-layout');
      expect(layout, figure.id).toBe(READ_AS_TABLE.has(figure.dataset.figure!) ? null : 'narrow');
    }
  });

  it('gives every word drawn narrow a size from FIGURE_TYPE_NARROW, shown at 14 px or more on a 320 px phone', () => {
    expect((Math.min(...narrowSizes) * NARROW_LEAST_SHOWN) / NARROW_WIDTH).toBeGreaterThanOrEqual(NARROW_FLOOR_PX);
    const drawnNarrow = narrowFigures.filter((f) => !READ_AS_TABLE.has(f.dataset.figure!));
    expect(drawnNarrow.flatMap(wordsOf).length).toBeGreaterThan(40);
    for (const figure of drawnNarrow) expect(narrowWordProblems(figure.querySelector('svg')!), figure.id).toEqual([]);
  });

  it('finds a word too small in a narrow drawing', () => {
    const svg = narrowFigures.find((f) => f.dataset.figure === 'timeline')!.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
    const [first, second] = svg.querySelectorAll('text');
    first!.setAttribute('font-size', '16');
    expect(narrowWordProblems(svg)).toEqual([`"${first!.textContent}" at 16, not a size of FIGURE_TYPE_NARROW`]);
    // A size from the table, in a drawing wider than the narrow layouts: it would shrink.
    first!.setAttribute('font-size', String(FIGURE_TYPE_NARROW.tick));
    svg.setAttribute('viewBox', `0 0 ${NARROW_WIDTH * 1.5} 500`);
    expect(narrowWordProblems(svg)).toContain(`"${second!.textContent}" shown at ${((Number(second!.getAttribute('font-size')) * NARROW_LEAST_SHOWN) / (NARROW_WIDTH * 1.5)).toFixed(1)} px`);
  });

  it('finds a size set in a style sheet for figure words', () => {
    const classes = new Set(['cell-text', 'figure-label']);
    expect(sizesSetFor('.reveal .cell-text { fill: red; font-size: 29px; }', classes)).toEqual(['.reveal .cell-text']);
    expect(sizesSetFor('@media print { .a, .reveal .figure-label { font: 700 30px/1 sans-serif } }', classes)).toEqual(['.reveal .figure-label']);
    expect(sizesSetFor('.figure-art svg text { font-size: 30px }', classes)).toEqual(['.figure-art svg text']);
    expect(sizesSetFor('.reveal .cite { font-size: 28px } .reveal .cell-text { font-weight: 700 }', classes)).toEqual([]);
  });
});

/** Sizes that are not type: reveal.js's arrows and the letters inside the callouts' icons. */
const NOT_TYPE = new Set(['.reveal .controls', '.reveal .callout-icon', ".reveal .callout[data-tone='caution'] .callout-icon"]);

/** Declarations of `property` whose value breaks `rule`, as "file: selector { declaration }". */
function breaking(property: RegExp, rule: (value: string, selector: string) => boolean): string[] {
  return sheets.flatMap(({ name, css }) =>
    rules(css).flatMap(([selector, body]) =>
      body
        .split(';')
        .map((declaration) => declaration.trim())
        .filter((declaration) => property.test(declaration) && !rule(declaration.slice(declaration.indexOf(':') + 1).trim(), selector))
        .map((declaration) => `${name}: ${selector} { ${declaration} }`),
    ),
  );
}

describe('design values', () => {
  it('sets type sizes by name (or relative to the text around), never as a number of their own', () => {
    const named = (value: string, selector: string): boolean => value.includes('var(--') || value === 'inherit' || /^[\d.]+(em|%)$/.test(value) || NOT_TYPE.has(selector);
    expect(breaking(/^font-size\s*:/, named)).toEqual([]);
    expect(breaking(/^font\s*:/, named)).toEqual([]);
  });

  it('names each type size, layer and print colour once', () => {
    const definitions = sheets.flatMap(({ name, css }) => [...css.matchAll(/(--(?:type|ui-type|print-type|large-type|layer|print|paper|cover)[\w-]*)\s*:/g)].map((m) => `${m[1]} (${name})`));
    const names = definitions.map((d) => d.split(' ')[0]);
    expect(definitions.filter((_, i) => names.indexOf(names[i]) !== i)).toEqual([]);
    expect(names).toContain('--type-min');
  });

  it('stacks panels on named layers', () => {
    // 1: the replay button over its own figure's words, not a layer of the page.
    expect(breaking(/^z-index\s*:/, (value) => value.startsWith('var(--layer-') || value === '1')).toEqual([]);
  });

  it('prints with the print palette', () => {
    const print = sheets.find((sheet) => sheet.name === 'handout.css')!.css.replace(/\/\*[^]*?\*\//g, '');
    expect(print.match(/#[\da-f]{3,8}\b|rgb\(\d/gi) ?? []).toEqual([]);
  });
});
