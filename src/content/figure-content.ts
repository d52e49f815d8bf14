import type { Figure, Inline } from './model.ts';
import { plainText } from './inline.ts';

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
      return figure.rows.map((row) => ({ name: row.label, sentence: row.cells.join('; ') }));
  }
}

/** Every piece of inline text in a figure. */
export function figureTexts(figure: Figure): Inline[] {
  const texts = [figure.summary];
  if (figure.type === 'comparison') {
    texts.push(...figure.options);
    for (const row of figure.rows) texts.push(row.label, ...row.cells, ...(row.ratings ? [row.ratings.meaning] : []));
  } else {
    for (const step of figureSteps(figure)) texts.push(step.name, step.sentence);
  }
  return texts;
}

/**
 * What the drawing code needs, as plain text: labels and numbers only. The sentences stay in
 * the page as the figure's text alternative.
 */
export function drawingSpec(figure: Figure): unknown {
  switch (figure.type) {
    case 'procedure':
    case 'myelin':
      return { steps: figure.steps.map(({ stage, name }) => ({ stage, name })) };
    case 'timeline':
      return { events: figure.events.map(({ day, when, name }) => ({ day, when, name })) };
    case 'icon-array':
      return { panels: figure.panels.map(({ label, affected, affectedLabel, othersLabel }) => ({ label, affected, affectedLabel, othersLabel })) };
    case 'comparison':
      return {
        options: figure.options.map(plainText),
        rows: figure.rows.map((row) => ({ label: plainText(row.label), cells: row.cells.map(plainText), ratings: row.ratings })),
      };
  }
}
