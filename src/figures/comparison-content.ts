import type { ComparisonFigure, Inline } from '../content/model.ts';
import { parseInline, plainText } from '../content/inline.ts';
import { escapeHtml } from '../render/html.ts';
import { MAX_LABEL, type FigureKind, type FigureWords } from './figure-kind.ts';

export interface ComparisonCell {
  text: string;
  /** The cell's citation as the slide shows it: "[17]". */
  cite?: string;
}

export interface ComparisonSpec {
  options: string[];
  warning?: { option: number; label: string };
  rows: { label: string; cells: ComparisonCell[]; ratings?: { values: number[]; meaning: string } }[];
}

type Row = ComparisonFigure['rows'][number];

export const MAX_OPTIONS = 4;

/** How many letters an option's name and a cell may have: four columns have less room than three. */
export function roomFor(options: number): { option: number; cell: number } {
  return options >= 4 ? { option: 12, cell: 30 } : { option: 24, cell: 48 };
}

/** A rating in words, as the text alternative gives it: "2 of 3: how strong the evidence is". */
export function ratingWords(value: number, meaning: string): string {
  return `${value} of 3: ${meaning}`;
}

/** A cell as its row's step says it: the cell, then its rating in words if it has one. */
function cellWords(row: Row, i: number): Inline {
  const cell = row.cells[i] ?? '';
  return row.ratings ? `${cell} (${ratingWords(row.ratings.values[i] ?? 0, row.ratings.meaning)})` : cell;
}

/** The comparison as content: options answering the same questions, one row a click. */
export const comparisonKind: FigureKind<ComparisonFigure, ComparisonSpec> = {
  steps: (figure) => figure.rows.map((row) => ({ name: row.label, sentence: row.cells.map((_, i) => cellWords(row, i)).join('; ') })),

  texts: (figure) => [
    ...figure.options,
    ...(figure.warning ? [figure.warning.label] : []),
    ...figure.rows.flatMap((row) => [row.label, ...row.cells, ...(row.ratings ? [row.ratings.meaning] : [])]),
  ],

  // The picture draws its cells' citations, as the table it stands for did.
  spec: (figure, cite) => {
    const cell = (text: Inline): ComparisonCell => {
      const keys = parseInline(text).flatMap((token) => (token.type === 'cite' ? token.keys : []));
      const label = keys.length > 0 ? cite(keys) : '';
      return label ? { text: plainText(text), cite: label } : { text: plainText(text) };
    };
    return {
      options: figure.options.map(plainText),
      ...(figure.warning ? { warning: { option: figure.warning.option, label: plainText(figure.warning.label) } } : {}),
      rows: figure.rows.map((row) => ({ label: plainText(row.label), cells: row.cells.map(cell), ratings: row.ratings })),
    };
  },

  problems: (figure, check) => {
    if (figure.options.length < 2 || figure.options.length > MAX_OPTIONS) check.problem('options', `${figure.options.length} options; compare 2 to ${MAX_OPTIONS}.`);
    const room = roomFor(figure.options.length);
    figure.options.forEach((option, i) => check.label(`options[${i}]`, option, room.option));
    if (figure.warning) {
      const { option, label } = figure.warning;
      if (!Number.isInteger(option) || option < 0 || option >= figure.options.length) {
        check.problem('warning.option', `${option} is not the number of an option (0 to ${figure.options.length - 1}).`);
      }
      check.label('warning.label', label, MAX_LABEL);
    }
    if (figure.rows.length < 1 || figure.rows.length > 6) check.problem('rows', `${figure.rows.length} rows; a comparison takes 1 to 6.`);
    figure.rows.forEach((row, r) => {
      const at = `rows[${r}]`;
      check.label(`${at}.label`, row.label, 18);
      if (row.cells.length !== figure.options.length) check.problem(`${at}.cells`, `${row.cells.length} cells for ${figure.options.length} options.`);
      row.cells.forEach((cell, c) => {
        check.text(`${at}.cells[${c}]`, cell);
        if (typeof cell === 'string' && plainText(cell).length > room.cell) {
          check.problem(`${at}.cells[${c}]`, `"${plainText(cell)}" is too long for a cell (${room.cell} letters at most with ${figure.options.length} options).`);
        }
      });
      if (row.ratings) {
        const { values, meaning } = row.ratings;
        if (values.length !== figure.options.length || values.some((v) => !Number.isInteger(v) || v < 0 || v > 3)) {
          check.problem(`${at}.ratings.values`, 'one whole number from 0 to 3 per option.');
        }
        check.label(`${at}.ratings.meaning`, meaning, 40);
      }
    });
  },

  table: comparisonTable,
};

function comparisonTable(figure: ComparisonFigure, { id, inline }: FigureWords): string {
  const cell = (row: Row, i: number): string => {
    const rating = row.ratings ? ` <span class="rating">(${escapeHtml(ratingWords(row.ratings.values[i] ?? 0, row.ratings.meaning))})</span>` : '';
    return `<td>${inline(row.cells[i]!)}${rating}</td>`;
  };
  return (
    `<div class="table-frame"><table class="data-table figure-table" data-figure-text="table" aria-labelledby="${id}-summary">` +
    `<thead><tr><td></td>${figure.options
      .map((o, i) => {
        const warning = figure.warning?.option === i ? ` <span class="figure-warning">(${inline(figure.warning.label)})</span>` : '';
        return `<th scope="col">${inline(o)}${warning}</th>`;
      })
      .join('')}</tr></thead>` +
    `<tbody class="figure-steps">${figure.rows
      .map((row, r) => `<tr class="fragment" data-fragment-index="${r}"><th scope="row">${inline(row.label)}</th>${figure.options.map((_, i) => cell(row, i)).join('')}</tr>`)
      .join('')}</tbody></table></div>`
  );
}
