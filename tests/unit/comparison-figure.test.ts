import { describe, expect, it } from 'vitest';
import { cellText, comparisonLayout, DOTS_WIDTH, TYPE } from '../../src/figures/comparison.ts';
import type { ComparisonSpec } from '../../src/figures/comparison-content.ts';
import { sequenceState } from '../../src/figures/steps.ts';
import { textWidth, wrapText } from '../../src/figures/text.ts';
import { drawingSpec, figureSteps } from '../../src/content/figure-content.ts';
import { contentProblems } from '../../src/content/validate.ts';
import { library } from '../../slides/index.ts';
import type { ComparisonFigure, Slide } from '../../src/content/model.ts';

const comparisons = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'comparison' ? [{ slide, figure: block.figure as ComparisonFigure }] : [])),
);

describe('text sizes for figures', () => {
  it('estimate widths close to Atkinson Hyperlegible Next as Chromium draws it, erring wide', () => {
    // Measured in Chromium at 28px: [text, regular width, bold width].
    const measured: [string, number, number][] = [
      ['Fewer relapses', 185.5, 197.2],
      ['Trials in relapsing MS [20]', 327.0, 350.2],
      ['Strokes, infection, blindness [1, 24]', 426.8, 462.7],
      ['Pills or injections', 211.0, 229.5],
      ['Usual treatment', 197.5, 211.3],
    ];
    for (const [text, regular, bold] of measured) {
      expect(textWidth(text, 28), text).toBeGreaterThanOrEqual(regular * 0.98);
      expect(textWidth(text, 28), text).toBeLessThanOrEqual(regular * 1.15);
      expect(textWidth(text, 28, true), text).toBeGreaterThanOrEqual(bold * 0.98);
      expect(textWidth(text, 28, true), text).toBeLessThanOrEqual(bold * 1.15);
    }
  });

  it('wrap at spaces, keep each line within the width, and lose no word', () => {
    const measure = (line: string): number => line.length * 10;
    const lines = wrapText('one two three four five six', 100, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    expect(wrapText('a\u00a0b c', 30, measure)).toEqual(['a\u00a0b', 'c']);
    expect(wrapText('', 100, measure)).toEqual([]);
    expect(wrapText('supercalifragilistic', 50, measure)).toEqual(['supercalifragilistic']);
  });

  it('leave room on the first line for a mark, or give the mark the line when no word fits beside it', () => {
    const measure = (line: string): number => line.length * 10;
    expect(wrapText('ab cd ef', 60, measure, 30)).toEqual(['ab', 'cd ef']);
    expect(wrapText('abcdef gh', 60, measure, 30)).toEqual(['', 'abcdef', 'gh']);
  });
});

describe('the comparison, step by step', () => {
  it('shows the options and the questions, but no answers, before the first click', () => {
    expect(sequenceState(0, 5)).toEqual({ step: 0, current: null, done: [], upcoming: [0, 1, 2, 3, 4] });
  });

  it('answers one question per click, keeping the earlier rows', () => {
    expect(sequenceState(1, 5)).toEqual({ step: 1, current: 0, done: [], upcoming: [1, 2, 3, 4] });
    expect(sequenceState(5, 5)).toEqual({ step: 5, current: 4, done: [0, 1, 2, 3], upcoming: [] });
    for (let step = 1; step <= 5; step++) expect(sequenceState(step, 5)).not.toEqual(sequenceState(step - 1, 5));
  });

  it('holds steps outside the figure at its ends', () => {
    expect(sequenceState(-1, 3)).toEqual(sequenceState(0, 3));
    expect(sequenceState(7, 3)).toEqual(sequenceState(3, 3));
  });
});

const sample: ComparisonSpec = {
  options: ['Usual treatment', 'aHSCT', 'Clinic infusions'],
  warning: { option: 2, label: 'Unproven' },
  rows: [
    { label: 'Aim', cells: [{ text: 'Fewer relapses' }, { text: 'Reset immunity' }, { text: 'Claims to repair' }] },
    {
      label: 'Evidence',
      cells: [{ text: 'Many trials', cite: '[17]' }, { text: 'Trials in relapsing MS', cite: '[20]' }, { text: 'None', cite: '[1, 24]' }],
      ratings: { values: [3, 2, 0], meaning: 'strength of evidence' },
    },
  ],
};

describe('the comparison layout', () => {
  const layout = comparisonLayout(sample);

  it('gives each option an equal column after the questions, inside the drawing', () => {
    expect(layout.columns).toHaveLength(3);
    expect(layout.columns[0]!.x).toBe(layout.labelColumn);
    const last = layout.columns.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(layout.width);
    expect(new Set(layout.columns.map((c) => Math.round(c.width))).size).toBe(1);
  });

  it('makes each row as tall as its longest cell, one under the other', () => {
    let y = layout.headerBottom;
    layout.rows.forEach((row) => {
      expect(row.y).toBe(y);
      const lines = Math.max(row.labelLines.length, ...row.cells.map((c) => c.lines.length));
      expect(row.height).toBeGreaterThanOrEqual(lines * TYPE.line);
      y += row.height;
    });
    expect(layout.height).toBeGreaterThan(y);
  });

  it('keeps a citation whole and last, and leaves room for rating dots', () => {
    const evidence = layout.rows[1]!;
    expect(evidence.cells.map((c) => c.rating)).toEqual([3, 2, 0]);
    expect(evidence.cells[2]!.lines.at(-1)).toMatch(/\[1,\u00a024\]$/);
    expect(layout.rows[0]!.cells.every((c) => c.rating === null)).toBe(true);
    expect(cellText({ text: 'A', cite: '[1, 2]' })).toBe('A [1,\u00a02]');
  });

  it('shows the ratings’ meaning once, from the first rated row', () => {
    expect(layout.legend).toEqual([{ y: expect.any(Number), meaning: 'strength of evidence', fromRow: 1 }]);
    expect(layout.legend[0]!.y).toBeGreaterThan(layout.rows.at(-1)!.y + layout.rows.at(-1)!.height);
  });
});

describe.each(comparisons)('the comparison on "#/$slide.id"', ({ figure }) => {
  const spec = drawingSpec(figure, (keys) => `[${keys.join(', ')}]`) as ComparisonSpec;
  const layout = comparisonLayout(spec);

  it('fits the slide: at most about 520 units tall and three lines a cell', () => {
    expect(layout.height).toBeLessThanOrEqual(520);
    for (const row of layout.rows) for (const cell of row.cells) expect(cell.lines.length).toBeLessThanOrEqual(3);
  });

  it('keeps every line of every cell inside its column', () => {
    layout.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) =>
        cell.lines.forEach((line, i) => {
          const indent = i === 0 && cell.rating !== null ? DOTS_WIDTH : 0;
          expect(indent + textWidth(line, TYPE.cell), `row ${r}, cell ${c}, line ${i}`).toBeLessThanOrEqual(layout.columns[c]!.width - 28);
        }),
      ),
    );
  });

  it('sets the unproven clinic infusions apart from aHSCT', () => {
    const clinic = figure.options.findIndex((o) => /clinic/i.test(o));
    expect(clinic).toBeGreaterThanOrEqual(0);
    expect(figure.warning).toEqual({ option: clinic, label: expect.stringMatching(/unproven/i) });
    expect(figure.options.findIndex((o) => o === 'aHSCT')).not.toBe(clinic);
  });

  it('says each rating in words in its row’s step, as the table does', () => {
    figure.rows.forEach((row, r) => {
      const sentence = figureSteps(figure)[r]!.sentence;
      if (row.ratings) row.ratings.values.forEach((v) => expect(sentence).toContain(`(${v} of 3: ${row.ratings!.meaning})`));
      else expect(sentence).not.toMatch(/of 3:/);
    });
  });
});

describe('validating a comparison warning', () => {
  const base = library.talk.slides.find((s) => s.id === 'comparison')!;
  const figure = (base.blocks[0] as { figure: ComparisonFigure }).figure;
  const withWarning = (warning: ComparisonFigure['warning']): Slide => ({
    ...base,
    id: 'warned',
    blocks: [{ kind: 'figure', figure: { ...figure, warning } }],
  });
  const problems = (slide: Slide): string[] =>
    contentProblems({ ...library, talk: { ...library.talk, slides: [...library.talk.slides, slide] } }).filter((p) => p.includes('"warned"'));

  it('names a warning on an option that does not exist, and one too long to draw', () => {
    expect(problems(withWarning({ option: 4, label: 'Unproven' }))).toContainEqual(expect.stringMatching(/warning\.option: 4 is not the number of an option/));
    expect(problems(withWarning({ option: 3, label: 'Not proven to work at all' }))).toContainEqual(expect.stringMatching(/warning\.label: .* longer than 14 letters/));
    expect(problems(withWarning({ option: 3, label: 'Unproven' }))).toEqual([]);
  });
});
