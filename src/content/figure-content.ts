import type { ComparisonFigure, Figure, Inline, SourceKey } from './model.ts';
import { parseInline, plainText } from './inline.ts';

/** A rating in words, as the text alternative gives it: "2 of 3: how strong the evidence is". */
export function ratingWords(value: number, meaning: string): string {
  return `${value} of 3: ${meaning}`;
}

/** A comparison cell as its row's step says it: the cell, then its rating in words if it has one. */
function comparisonCell(row: ComparisonFigure['rows'][number], i: number): Inline {
  const cell = row.cells[i] ?? '';
  return row.ratings ? `${cell} (${ratingWords(row.ratings.values[i] ?? 0, row.ratings.meaning)})` : cell;
}

/** The words of each click of a figure: what its text alternative lists. */
export function figureSteps(figure: Figure): { name: string; sentence: Inline }[] {
  switch (figure.type) {
    case 'procedure':
    case 'myelin':
    case 'timeline':
      return 'steps' in figure ? figure.steps : figure.events;
    case 'icon-array':
      return figure.panels.map((panel) => ({ name: panel.label, sentence: panel.sentence }));
    case 'comparison':
      return figure.rows.map((row) => ({ name: row.label, sentence: row.cells.map((_, i) => comparisonCell(row, i)).join('; ') }));
  }
}

/** Every piece of inline text in a figure. */
export function figureTexts(figure: Figure): Inline[] {
  const texts = [figure.summary];
  if (figure.type === 'comparison') {
    texts.push(...figure.options);
    if (figure.warning) texts.push(figure.warning.label);
    for (const row of figure.rows) texts.push(row.label, ...row.cells, ...(row.ratings ? [row.ratings.meaning] : []));
  } else {
    for (const step of figureSteps(figure)) texts.push(step.name, step.sentence);
  }
  return texts;
}

/**
 * What the drawing code needs, as plain text: labels and numbers only. The sentences stay in
 * the page as the figure's text alternative. `cite` writes a citation as the slide shows it
 * ("[17]"); the comparison draws its cells' citations, as the table it stands for did.
 */
export function drawingSpec(figure: Figure, cite: (keys: SourceKey[]) => string = () => ''): unknown {
  switch (figure.type) {
    case 'procedure':
    case 'myelin':
      return { steps: figure.steps.map(({ stage, name }) => ({ stage, name })) };
    case 'timeline':
      return { events: figure.events.map(({ day, when, name }) => ({ day, when, name })) };
    case 'icon-array':
      return { panels: figure.panels.map(({ label, affected, affectedLabel, othersLabel }) => ({ label, affected, affectedLabel, othersLabel })) };
    case 'comparison': {
      const cell = (text: Inline): { text: string; cite?: string } => {
        const keys = parseInline(text).flatMap((token) => (token.type === 'cite' ? token.keys : []));
        const label = keys.length > 0 ? cite(keys) : '';
        return label ? { text: plainText(text), cite: label } : { text: plainText(text) };
      };
      return {
        options: figure.options.map(plainText),
        ...(figure.warning ? { warning: { option: figure.warning.option, label: plainText(figure.warning.label) } } : {}),
        rows: figure.rows.map((row) => ({ label: plainText(row.label), cells: row.cells.map(cell), ratings: row.ratings })),
      };
    }
  }
}
