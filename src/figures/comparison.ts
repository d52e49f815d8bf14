import type { FigureModule } from './figure-module.ts';
import { MAX_OPTIONS, type ComparisonCell, type ComparisonSpec } from './comparison-content.ts';
import { createFigureSvg, label, showAt, type AnySelection } from './svg.ts';
import { sequenceStepsWhere, type SequenceState } from './steps.ts';
import { textWidth, wrapText } from './text.ts';
import { FIGURE_TYPE } from './figure-type.ts';

/** Type sizes (FIGURE_TYPE's) and the spacing of lines, in viewBox units (drawn at about 1:1 on the slide). */
export const TYPE = { option: FIGURE_TYPE.option, cell: FIGURE_TYPE.answer, line: 33 } as const;
const WIDTH = 1150;
const LABEL_COLUMN = 190;
const PAD = 14;
const ROW_PAD = 9;
const DOT_R = 9;
const DOT_STEP = 22;
/** Room the rating dots take at the start of a cell's first line. */
export const DOTS_WIDTH = DOT_STEP * 2 + DOT_R * 2 + 10;

export interface CellLayout {
  /** The cell's lines; the citation, if any, ends the last one. */
  lines: string[];
  /** Rating dots at the start of the first line, or null. */
  rating: number | null;
}

export interface RowLayout {
  y: number;
  height: number;
  labelLines: string[];
  cells: CellLayout[];
}

export interface ComparisonLayout {
  width: number;
  height: number;
  columns: { x: number; width: number }[];
  labelColumn: number;
  optionY: number;
  warningY: number;
  headerBottom: number;
  rows: RowLayout[];
  /** Baselines of the ratings' legend lines, one per meaning, and the row each first shows with. */
  legend: { y: number; meaning: string; fromRow: number }[];
}

const NBSP = '\u00a0';

/** What a cell says, with its citation kept whole at the end: "3 months, then recovery [25]". */
export function cellText(cell: ComparisonCell): string {
  return cell.cite ? `${cell.text} ${cell.cite.replaceAll(' ', NBSP)}` : cell.text;
}

const measureCell = (line: string): number => textWidth(line, TYPE.cell);
const measureLabel = (line: string): number => textWidth(line, FIGURE_TYPE.question, true);

/** Where everything goes: rows as tall as their longest cell, a legend under them for any ratings. */
export function comparisonLayout(spec: ComparisonSpec): ComparisonLayout {
  const columnWidth = (WIDTH - LABEL_COLUMN) / spec.options.length;
  const columns = spec.options.map((_, i) => ({ x: LABEL_COLUMN + i * columnWidth, width: columnWidth }));
  const optionY = 34;
  const warningY = spec.warning ? 74 : optionY;
  const headerBottom = warningY + 14;
  const textRoom = columnWidth - 2 * PAD;
  let y = headerBottom;
  const rows = spec.rows.map((row): RowLayout => {
    const labelLines = wrapText(row.label, LABEL_COLUMN - 2 * PAD, measureLabel);
    const cells = row.cells.map((cell, i): CellLayout => {
      const rating = row.ratings ? (row.ratings.values[i] ?? 0) : null;
      return { lines: wrapText(cellText(cell), textRoom, measureCell, rating === null ? 0 : DOTS_WIDTH), rating };
    });
    const lines = Math.max(labelLines.length, ...cells.map((c) => c.lines.length));
    const layout = { y, height: ROW_PAD * 2 + lines * TYPE.line + 4, labelLines, cells };
    y += layout.height;
    return layout;
  });
  const legend: ComparisonLayout['legend'] = [];
  spec.rows.forEach((row, r) => {
    if (row.ratings && !legend.some((l) => l.meaning === row.ratings!.meaning)) {
      y += 42;
      legend.push({ y, meaning: row.ratings.meaning, fromRow: r });
    }
  });
  return { width: WIDTH, height: y + (legend.length ? 12 : 4), columns, labelColumn: LABEL_COLUMN, optionY, warningY, headerBottom, rows, legend };
}

function drawDots(parent: AnySelection, x: number, baseline: number, value: number, className = ''): void {
  for (let k = 0; k < 3; k++) {
    parent
      .append('circle')
      .attr('cx', x + DOT_R + k * DOT_STEP)
      .attr('cy', baseline - 10)
      .attr('r', DOT_R)
      .attr('class', `rating-dot ${k < value ? 'rating-dot-on' : 'rating-dot-off'} ${className}`.trim());
  }
}

/** A caution sign: a triangle with an exclamation mark, as the slides' caution callouts have. */
function drawCaution(parent: AnySelection, x: number, baseline: number): void {
  const top = baseline - 26;
  parent.append('path').attr('d', `M ${x + 15} ${top} L ${x + 30} ${top + 28} L ${x} ${top + 28} Z`).attr('class', 'warning-sign');
  parent.append('path').attr('d', `M ${x + 15} ${top + 9} L ${x + 15} ${top + 18} M ${x + 15} ${top + 22.5} L ${x + 15} ${top + 23}`).attr('class', 'warning-mark');
}

function drawCellLines(parent: AnySelection, x: number, firstBaseline: number, cell: CellLayout, cite: string | undefined): void {
  cell.lines.forEach((line, i) => {
    if (line === '') return;
    const indent = i === 0 && cell.rating !== null ? DOTS_WIDTH : 0;
    const text = label(parent, x + indent, firstBaseline + i * TYPE.line, '', TYPE.cell, 'figure-label cell-text');
    const shownCite = cite?.replaceAll(' ', NBSP);
    if (shownCite && i === cell.lines.length - 1 && line.endsWith(shownCite)) {
      const words = line.slice(0, line.length - shownCite.length);
      if (words.trim()) text.append('tspan').text(words);
      text.append('tspan').attr('class', 'cell-cite').text(shownCite);
    } else {
      text.text(line);
    }
  });
}

export const comparison: FigureModule<ComparisonSpec> = {
  // No narrow layout: where a figure is drawn narrow (the reader view on a phone), a comparison
  // is read as its data table and its picture is hidden, so asked for narrow it draws this one.
  draw(art, spec, context) {
    if (spec.options.length < 2 || spec.options.length > MAX_OPTIONS) throw new Error(`a comparison takes 2 to ${MAX_OPTIONS} options, not ${spec.options.length}`);
    const layout = comparisonLayout(spec);
    // One row per click; the questions are there from the start.
    const at = (test: (state: SequenceState) => boolean): number[] => sequenceStepsWhere(spec.rows.length, test);
    const svg = createFigureSvg(art, layout.width, layout.height, context).attr('class', 'figure-svg comparison-svg');
    const tableBottom = layout.rows.at(-1) ? layout.rows.at(-1)!.y + layout.rows.at(-1)!.height : layout.headerBottom;

    // The current row sits on a band, with a bar at its start.
    const bands = svg.append('g').attr('class', 'row-bands');
    layout.rows.forEach((row, r) => {
      const current = at((s) => s.current === r);
      showAt(bands.append('rect').attr('x', 0).attr('y', row.y).attr('width', layout.width).attr('height', row.height).attr('class', 'row-band'), current);
      showAt(bands.append('rect').attr('x', 0).attr('y', row.y).attr('width', 8).attr('height', row.height).attr('class', 'row-bar'), current);
    });

    // The warned option's column is fenced off with a dashed line, top to bottom.
    if (spec.warning && layout.columns[spec.warning.option]) {
      const column = layout.columns[spec.warning.option]!;
      svg
        .append('rect')
        .attr('x', column.x + 3)
        .attr('y', 3)
        .attr('width', column.width - 6)
        .attr('height', tableBottom - 3)
        .attr('rx', 14)
        .attr('class', 'warning-fence');
    }

    const head = svg.append('g').attr('class', 'comparison-head');
    spec.options.forEach((option, i) => {
      const column = layout.columns[i]!;
      label(head, column.x + PAD, layout.optionY, option, TYPE.option, 'figure-label option-label');
      if (spec.warning?.option === i) {
        drawCaution(head, column.x + PAD, layout.warningY);
        label(head, column.x + PAD + 40, layout.warningY, spec.warning.label, FIGURE_TYPE.warning, 'figure-label warning-label');
      }
    });
    head.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', layout.headerBottom).attr('y2', layout.headerBottom).attr('class', 'head-rule');

    spec.rows.forEach((row, r) => {
      const place = layout.rows[r]!;
      const firstBaseline = place.y + ROW_PAD + 26;
      const g = svg.append('g').attr('class', 'comparison-row').attr('data-row', r);
      place.labelLines.forEach((line, i) => label(g, PAD, firstBaseline + i * TYPE.line, line, FIGURE_TYPE.question, 'figure-label row-label'));
      const cells = showAt(g.append('g').attr('class', 'row-cells'), at((s) => !s.upcoming.includes(r)));
      place.cells.forEach((cell, c) => {
        const x = layout.columns[c]!.x + PAD;
        if (cell.rating !== null) drawDots(cells, x, firstBaseline, cell.rating);
        drawCellLines(cells, x, firstBaseline, cell, row.cells[c]?.cite);
      });
      g.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', place.y + place.height).attr('y2', place.y + place.height).attr('class', 'row-rule');
    });

    for (const entry of layout.legend) {
      const g = showAt(svg.append('g').attr('class', 'rating-legend'), at((s) => !s.upcoming.includes(entry.fromRow)));
      drawDots(g, PAD, entry.y, 3);
      label(g, PAD + DOTS_WIDTH, entry.y, `Dots: ${entry.meaning}, from 0 to 3`, FIGURE_TYPE.ratingLegend, 'figure-label legend-text');
    }
  },
};
