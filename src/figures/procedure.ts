import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { PROCEDURE_STAGES, type ProcedureStage } from '../content/model.ts';
import type { FigureModule } from './figure-module.ts';
import type { ProcedureSpec } from './procedure-content.ts';
import { alongRoute } from './route-path.ts';
import { narrowProcedureLayout, WIDE_PROCEDURE, type CellPlace, type Flow, type Point, type ProcedureLayout, type Shape } from './procedure-layout.ts';
import { createFigureSvg, drawMovers, drawnNarrow, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
import { sequenceState, stepRange, stepsWhere } from './steps.ts';

export type { CellPlace, Flow } from './procedure-layout.ts';

export interface ProcedureState {
  step: number;
  /** The stage being explained; null before the first click. */
  current: ProcedureStage | null;
  /** Stages already explained, drawn calmer. */
  done: ProcedureStage[];
  stemCells: CellPlace;
  /** The faulty immune cells are there until conditioning clears them. */
  faultyImmuneCells: boolean;
  /** Conditioning chemotherapy is running through the drip. */
  chemo: boolean;
  /** New blood and immune cells are being made. */
  newBloodCells: boolean;
  /** The routes drawn so far. */
  flows: Flow[];
  /** What moves, and along which route, on arriving at this step. */
  motion: { along: Flow; what: 'stem-cells' | 'chemo' }[];
}

/** Step number to what is drawn: the whole story of the figure, without a browser. */
export function procedureState(step: number): ProcedureState {
  const sequence = sequenceState(step, PROCEDURE_STAGES.length);
  const at = sequence.step;
  const reached = (stage: ProcedureStage): boolean => PROCEDURE_STAGES.indexOf(stage) < at;
  const current = sequence.current === null ? null : PROCEDURE_STAGES[sequence.current]!;
  const places: CellPlace[] = ['marrow', 'marrow', 'blood', 'machine', 'freezer', 'freezer', 'drip', 'settled'];
  const motions: ProcedureState['motion'][] = [
    [],
    [],
    [{ along: 'mobilise', what: 'stem-cells' }],
    [{ along: 'collect', what: 'stem-cells' }],
    [{ along: 'freeze', what: 'stem-cells' }],
    [{ along: 'infuse', what: 'chemo' }],
    [{ along: 'return', what: 'stem-cells' }, { along: 'infuse', what: 'stem-cells' }],
    [{ along: 'settle', what: 'stem-cells' }],
  ];
  const flows: Flow[] = [];
  if (reached('collect')) flows.push('collect');
  if (reached('freeze')) flows.push('freeze');
  if (reached('condition')) flows.push('infuse');
  if (reached('infuse')) flows.push('return');
  return {
    step: at,
    current,
    done: sequence.done.map((i) => PROCEDURE_STAGES[i]!),
    stemCells: places[at]!,
    faultyImmuneCells: !reached('condition'),
    chemo: current === 'condition',
    newBloodCells: reached('engraft'),
    flows,
    motion: motions[at]!,
  };
}

const STEPS = PROCEDURE_STAGES.length;
/** Cells moving along one route at a time; a step moves along at most two. */
const CELLS_PER_LEG = 5;
const MOVERS = 2 * CELLS_PER_LEG;
const ALL = stepRange(0, STEPS);
const when = (test: (state: ProcedureState) => boolean): number[] => stepsWhere(STEPS, procedureState, test);

function drawCells(parent: AnySelection, points: Point[], steps: number[], kind: 'stem' | 'immune' | 'new'): void {
  const group = showAt(parent.append('g').attr('class', `cells cells-${kind}`), steps);
  for (const [x, y] of points) {
    if (kind === 'immune') {
      group.append('path').attr('d', `M ${x} ${y - 9} L ${x + 9} ${y + 7} L ${x - 9} ${y + 7} Z`).attr('class', 'cell-immune');
    } else if (kind === 'new') {
      group.append('rect').attr('x', x - 6).attr('y', y - 6).attr('width', 12).attr('height', 12).attr('rx', 2).attr('class', 'cell-new');
    } else {
      group.append('circle').attr('cx', x).attr('cy', y).attr('r', 9).attr('class', 'cell-stem');
      group.append('circle').attr('cx', x).attr('cy', y).attr('r', 3).attr('class', 'cell-stem-core');
    }
  }
}

function drawShape(parent: AnySelection, shape: Shape): void {
  if (shape[0] === 'circle') {
    const [, cx, cy, r, cls] = shape;
    parent.append('circle').attr('cx', cx).attr('cy', cy).attr('r', r).attr('class', cls);
  } else if (shape[0] === 'rect') {
    const [, x, y, width, height, rx, cls] = shape;
    parent.append('rect').attr('x', x).attr('y', y).attr('width', width).attr('height', height).attr('rx', rx).attr('class', cls);
  } else {
    parent.append('path').attr('d', shape[1]).attr('class', shape[2]);
  }
}

function drawStations(svg: AnySelection, layout: ProcedureLayout): void {
  const art = svg.append('g').attr('class', 'stations').attr('aria-hidden', 'true');
  for (const shape of layout.stations) drawShape(art, shape);
}

function drawRoutes(svg: AnySelection, layout: ProcedureLayout, id: string): void {
  const defs = svg.append('defs');
  for (const [name, cls] of [['arrow', 'route-head'], ['arrow-now', 'route-head-now']] as const) {
    defs
      .append('marker')
      .attr('id', `${id}-${name}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 8)
      .attr('refY', 5)
      .attr('markerWidth', 5)
      .attr('markerHeight', 5)
      .attr('orient', 'auto')
      .append('path')
      .attr('d', 'M0,0 L10,5 L0,10 z')
      .attr('class', cls);
  }
  const routes = svg.append('g').attr('class', 'routes');
  for (const [flow, d] of Object.entries(layout.routes) as [Flow, string][]) {
    // A route shows from the step that first uses it.
    const drawn = when((s) => s.flows.includes(flow));
    const now = when((s) => s.motion.some((m) => m.along === flow));
    showAt(routes.append('path').attr('d', d).attr('class', 'route').attr('marker-end', `url(#${id}-arrow)`), drawn.filter((s) => !now.includes(s)));
    showAt(routes.append('path').attr('d', d).attr('class', 'route route-now').attr('marker-end', `url(#${id}-arrow-now)`), now);
  }
}

function drawStepLabels(svg: AnySelection, layout: ProcedureLayout, spec: ProcedureSpec): void {
  const labels = svg.append('g').attr('class', 'step-labels');
  const { cx, cy, r, nameX, numberSize, nameSize, tick } = layout.badge;
  spec.steps.forEach(({ stage, name }, i) => {
    const step = i + 1;
    const [x, y] = layout.labels[stage];
    const now = [step];
    const later = ALL.filter((s) => s !== step);
    const badge = labels.append('g').attr('transform', `translate(${x}, ${y})`);
    showAt(badge.append('circle').attr('cx', cx).attr('cy', cy).attr('r', r).attr('class', 'badge'), later);
    showAt(badge.append('circle').attr('cx', cx).attr('cy', cy).attr('r', r).attr('class', 'badge badge-now'), now);
    showAt(label(badge, cx, 0, String(step), numberSize, 'badge-number'), later);
    showAt(label(badge, cx, 0, String(step), numberSize, 'badge-number badge-number-now'), now);
    showAt(label(badge, nameX, 0, name, nameSize), later);
    showAt(label(badge, nameX, 0, name, nameSize, 'figure-label figure-label-now'), now);
    // Done: a tick on the badge's shoulder, clear of the name whatever its length.
    const done = when((s) => s.done.includes(stage));
    showAt(badge.append('circle').attr('cx', tick.cx).attr('cy', tick.cy).attr('r', tick.r).attr('class', 'tick-disc'), done);
    showAt(badge.append('path').attr('d', tick.d).attr('class', 'tick'), done);
  });
}

function drawRings(svg: AnySelection, layout: ProcedureLayout): void {
  const rings = svg.append('g').attr('class', 'rings');
  for (const [stage, [x, y, w, h]] of Object.entries(layout.rings) as [ProcedureStage, [number, number, number, number]][]) {
    showAt(rings.append('rect').attr('x', x).attr('y', y).attr('width', w).attr('height', h).attr('rx', layout.ringRadius).attr('class', 'ring'), when((s) => s.current === stage));
  }
}

function drawContents(svg: AnySelection, layout: ProcedureLayout): void {
  const contents = svg.append('g').attr('class', 'contents');
  const { cells } = layout;
  const [bagX, bagY, bagW, bagH] = layout.bag;
  const bag = (cls: string): AnySelection => contents.append('rect').attr('x', bagX).attr('y', bagY).attr('width', bagW).attr('height', bagH).attr('rx', 14).attr('class', cls);
  drawCells(contents, cells.marrow, when((s) => s.stemCells === 'marrow'), 'stem');
  drawCells(contents, cells.blood, when((s) => s.stemCells === 'blood'), 'stem');
  drawCells(contents, cells.machine, when((s) => s.stemCells === 'machine'), 'stem');
  drawCells(contents, cells.freezer, when((s) => s.stemCells === 'freezer'), 'stem');
  // The bag of cells hangs on the drip stand while it runs back in.
  const bagOnDrip = when((s) => s.stemCells === 'drip');
  showAt(bag('bag'), bagOnDrip);
  drawCells(contents, cells.drip, bagOnDrip, 'stem');
  showAt(bag('bag bag-chemo'), when((s) => s.chemo));
  drawCells(contents, cells.immune, when((s) => s.faultyImmuneCells), 'immune');
  drawCells(contents, cells.settled, when((s) => s.stemCells === 'settled'), 'stem');
  drawCells(contents, cells.newBlood, when((s) => s.newBloodCells), 'new');
}

export const procedure: FigureModule<ProcedureSpec> = {
  draw(art, spec, context) {
    const layout = context.narrow ? narrowProcedureLayout(spec) : WIDE_PROCEDURE;
    const svg = createFigureSvg(art, layout.width, layout.height, context, { narrow: context.narrow }).attr('class', 'figure-svg procedure-svg');
    drawRoutes(svg, layout, context.id);
    drawStations(svg, layout);
    drawRings(svg, layout);
    drawContents(svg, layout);
    drawStepLabels(svg, layout, spec);
    drawMovers(svg, MOVERS);
  },

  animate(art, spec, from, to) {
    if (to !== from + 1) return;
    const { routes } = drawnNarrow(art) ? narrowProcedureLayout(spec) : WIDE_PROCEDURE;
    const legs = procedureState(to).motion.map(({ along, what }) => ({ along: alongRoute(routes[along]), what }));
    legs.forEach(({ along, what }, leg) => {
      const movers = takeMovers(art, what === 'chemo' ? 'moving-chemo' : 'moving-cell', CELLS_PER_LEG);
      movers.forEach((mover, i) => {
        mover
          .attr('r', what === 'chemo' ? 7 : 9)
          .attr('transform', along(0))
          .transition()
          .delay(leg * 900 + i * 120)
          .duration(900)
          .ease(easeCubicInOut)
          .attrTween('transform', () => along)
          .on('end', function () {
            restMover(this);
          });
      });
    });
  },
};
