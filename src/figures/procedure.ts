import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { PROCEDURE_STAGES, type ProcedureStage } from '../content/model.ts';
import type { FigureModule } from './figure-module.ts';
import type { ProcedureSpec } from './procedure-content.ts';
import { alongRoute } from './route-path.ts';
import { FIGURE_TYPE } from './figure-type.ts';
import { createFigureSvg, drawMovers, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
import { sequenceState, stepRange, stepsWhere } from './steps.ts';

/** Where the patient's own stem cells are. */
export type CellPlace = 'marrow' | 'blood' | 'machine' | 'freezer' | 'drip' | 'settled';
export type Flow = 'mobilise' | 'collect' | 'freeze' | 'return' | 'infuse' | 'settle';

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

/** The drawing's geometry, in viewBox units (the figure is drawn at about 1:1 on the slide). */
const W = 1150;
const H = 420;
const ROUTES: Record<Flow, string> = {
  mobilise: 'M 140 262 C 140 230 150 200 150 170',
  collect: 'M 196 160 C 270 150 330 118 418 112',
  freeze: 'M 612 112 C 680 112 740 112 806 118',
  return: 'M 1006 150 C 1080 150 1080 292 746 292',
  infuse: 'M 660 318 C 520 336 320 306 200 252',
  settle: 'M 150 170 C 150 200 140 230 140 258',
};
/** Where each stage's highlight ring goes. */
const RINGS: Record<ProcedureStage, [number, number, number, number]> = {
  tests: [70, 8, 140, 322],
  mobilise: [96, 226, 88, 64],
  collect: [402, 28, 226, 170],
  freeze: [790, 22, 230, 196],
  condition: [640, 228, 120, 140],
  infuse: [640, 228, 120, 140],
  engraft: [96, 226, 88, 64],
};
/** Where each step's number and name are written. */
const LABELS: Record<ProcedureStage, [number, number]> = {
  tests: [232, 44],
  mobilise: [20, 350],
  collect: [424, 236],
  freeze: [812, 252],
  condition: [780, 352],
  infuse: [780, 402],
  engraft: [20, 400],
};

function drawCells(parent: AnySelection, points: [number, number][], steps: number[], kind: 'stem' | 'immune' | 'new'): void {
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

function drawStations(svg: AnySelection): void {
  const art = svg.append('g').attr('class', 'stations').attr('aria-hidden', 'true');
  // A person: head, body, and the hip bone whose marrow makes blood stem cells.
  art.append('circle').attr('cx', 140).attr('cy', 54).attr('r', 36).attr('class', 'station');
  art.append('rect').attr('x', 84).attr('y', 98).attr('width', 112).attr('height', 222).attr('rx', 44).attr('class', 'station');
  art.append('rect').attr('x', 104).attr('y', 240).attr('width', 72).attr('height', 36).attr('rx', 16).attr('class', 'bone');
  // The apheresis machine: a cabinet with a spinning bowl.
  art.append('rect').attr('x', 418).attr('y', 44).attr('width', 194).attr('height', 138).attr('rx', 18).attr('class', 'station');
  art.append('circle').attr('cx', 480).attr('cy', 113).attr('r', 38).attr('class', 'station-part');
  art.append('path').attr('d', 'M 480 80 L 480 146 M 447 113 L 513 113').attr('class', 'station-line');
  art.append('rect').attr('x', 540).attr('y', 72).attr('width', 52).attr('height', 34).attr('rx', 4).attr('class', 'station-part');
  // The freezer, with a bag of cells inside and a snowflake.
  art.append('rect').attr('x', 806).attr('y', 38).attr('width', 198).attr('height', 164).attr('rx', 18).attr('class', 'station');
  art.append('rect').attr('x', 866).attr('y', 70).attr('width', 78).attr('height', 104).attr('rx', 16).attr('class', 'station-part');
  art
    .append('path')
    .attr('d', 'M 975 52 L 975 88 M 960 61 L 990 79 M 960 79 L 990 61')
    .attr('class', 'station-line');
  // The drip stand, beside the person.
  art.append('path').attr('d', 'M 700 244 L 700 404 M 666 404 L 734 404 M 678 244 L 722 244').attr('class', 'station-line');
}

function drawRoutes(svg: AnySelection, id: string): void {
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
  for (const flow of Object.keys(ROUTES) as Flow[]) {
    // A route shows from the step that first uses it.
    const drawn = when((s) => s.flows.includes(flow));
    const now = when((s) => s.motion.some((m) => m.along === flow));
    showAt(routes.append('path').attr('d', ROUTES[flow]).attr('class', 'route').attr('marker-end', `url(#${id}-arrow)`), drawn.filter((s) => !now.includes(s)));
    showAt(routes.append('path').attr('d', ROUTES[flow]).attr('class', 'route route-now').attr('marker-end', `url(#${id}-arrow-now)`), now);
  }
}

function drawStepLabels(svg: AnySelection, spec: ProcedureSpec): void {
  const labels = svg.append('g').attr('class', 'step-labels');
  spec.steps.forEach(({ stage, name }, i) => {
    const step = i + 1;
    const [x, y] = LABELS[stage];
    const now = [step];
    const later = ALL.filter((s) => s !== step);
    const badge = labels.append('g').attr('transform', `translate(${x}, ${y})`);
    showAt(badge.append('circle').attr('cx', 20).attr('cy', -10).attr('r', 21).attr('class', 'badge'), later);
    showAt(badge.append('circle').attr('cx', 20).attr('cy', -10).attr('r', 21).attr('class', 'badge badge-now'), now);
    showAt(label(badge, 20, 0, String(step), FIGURE_TYPE.badge, 'badge-number'), later);
    showAt(label(badge, 20, 0, String(step), FIGURE_TYPE.badge, 'badge-number badge-number-now'), now);
    showAt(label(badge, 52, 0, name, FIGURE_TYPE.label), later);
    showAt(label(badge, 52, 0, name, FIGURE_TYPE.label, 'figure-label figure-label-now'), now);
    // Done: a tick on the badge's shoulder, clear of the name whatever its length.
    const done = when((s) => s.done.includes(stage));
    showAt(badge.append('circle').attr('cx', 38).attr('cy', -28).attr('r', 13).attr('class', 'tick-disc'), done);
    showAt(badge.append('path').attr('d', 'M 31 -28 l 5 6 l 9 -12').attr('class', 'tick'), done);
  });
}

function drawRings(svg: AnySelection): void {
  const rings = svg.append('g').attr('class', 'rings');
  for (const [stage, [x, y, w, h]] of Object.entries(RINGS) as [ProcedureStage, [number, number, number, number]][]) {
    showAt(rings.append('rect').attr('x', x).attr('y', y).attr('width', w).attr('height', h).attr('rx', 22).attr('class', 'ring'), when((s) => s.current === stage));
  }
}

function drawContents(svg: AnySelection): void {
  const contents = svg.append('g').attr('class', 'contents');
  const marrow: [number, number][] = [[118, 258], [140, 252], [162, 258]];
  drawCells(contents, marrow, when((s) => s.stemCells === 'marrow'), 'stem');
  drawCells(contents, [[128, 150], [152, 176], [132, 204]], when((s) => s.stemCells === 'blood'), 'stem');
  drawCells(contents, [[456, 100], [480, 126], [504, 100]], when((s) => s.stemCells === 'machine'), 'stem');
  drawCells(contents, [[888, 100], [912, 124], [888, 148]], when((s) => s.stemCells === 'freezer'), 'stem');
  // The bag of cells hangs on the drip stand while it runs back in.
  const bagOnDrip = when((s) => s.stemCells === 'drip');
  showAt(contents.append('rect').attr('x', 666).attr('y', 250).attr('width', 68).attr('height', 84).attr('rx', 14).attr('class', 'bag'), bagOnDrip);
  drawCells(contents, [[688, 276], [712, 300], [132, 150], [152, 196]], bagOnDrip, 'stem');
  const chemo = when((s) => s.chemo);
  showAt(contents.append('rect').attr('x', 666).attr('y', 250).attr('width', 68).attr('height', 84).attr('rx', 14).attr('class', 'bag bag-chemo'), chemo);
  drawCells(contents, [[110, 140], [168, 150], [120, 196], [166, 214], [140, 122]], when((s) => s.faultyImmuneCells), 'immune');
  drawCells(contents, [[116, 258], [140, 264], [164, 258], [128, 240], [152, 240]], when((s) => s.stemCells === 'settled'), 'stem');
  drawCells(contents, [[112, 146], [168, 160], [124, 200], [160, 206], [140, 128], [142, 176]], when((s) => s.newBloodCells), 'new');
}

export const procedure: FigureModule<ProcedureSpec> = {
  draw(art, spec, context) {
    const svg = createFigureSvg(art, W, H, context).attr('class', 'figure-svg procedure-svg');
    drawRoutes(svg, context.id);
    drawStations(svg);
    drawRings(svg);
    drawContents(svg);
    drawStepLabels(svg, spec);
    drawMovers(svg, MOVERS);
  },

  animate(art, _spec, from, to) {
    if (to !== from + 1) return;
    const legs = procedureState(to).motion.map(({ along, what }) => ({ along: alongRoute(ROUTES[along]), what }));
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
