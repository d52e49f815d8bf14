import 'd3-transition';
import { easeLinear } from 'd3-ease';
import { MYELIN_STAGES, type MyelinStage } from '../content/model.ts';
import type { FigureModule } from './figure-module.ts';
import type { MyelinSpec } from './myelin-content.ts';
import { textWidth } from './text.ts';
import { alongRoute } from './route-path.ts';
import { FIGURE_TYPE, FIGURE_TYPE_NARROW, NARROW_WIDTH } from './figure-type.ts';
import { createFigureSvg, drawMovers, drawnNarrow, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
import { sequenceState, stepRange, stepsWhere } from './steps.ts';

export type Signal = 'none' | 'fast' | 'slowed' | 'blocked';

export interface MyelinState {
  step: number;
  /** The stage being explained; null before the first click. */
  current: MyelinStage | null;
  /** The right half of the fibre has lost its myelin. */
  damaged: boolean;
  /** How a message travels along the fibre. */
  signal: Signal;
  /** Stages whose names are written, earliest first. */
  named: MyelinStage[];
}

const SIGNALS: Signal[] = ['none', 'fast', 'slowed', 'blocked'];

/** Step number to what is drawn. */
export function myelinState(step: number): MyelinState {
  const { step: at, current } = sequenceState(step, MYELIN_STAGES.length);
  return {
    step: at,
    current: current === null ? null : MYELIN_STAGES[current]!,
    damaged: at >= 2,
    signal: SIGNALS[at]!,
    named: MYELIN_STAGES.slice(0, at),
  };
}

const when = (test: (state: MyelinState) => boolean): number[] => stepsWhere(MYELIN_STAGES.length, myelinState, test);

const SEGMENTS = 8;
/** Segments from this one on are damaged, up to the last but one. */
const FIRST_DAMAGED = 4;

/** Where the fibre, its myelin, the message's paths and the words go, in viewBox units. */
export interface MyelinLayout {
  width: number;
  height: number;
  /** The middle of the fibre, and its two ends. */
  axonY: number;
  axonLeft: number;
  axonRight: number;
  axonThickness: number;
  /** The myelin segments: their left edges, width, height and corner. */
  segmentX: number[];
  segment: { width: number; height: number; rx: number };
  /** How large the damaged myelin's patches are, against the wide layout's. */
  patchScale: number;
  /** The gaps (nodes) where the message lands, the fibre's start first; it stops at blockX. */
  gaps: number[];
  blockX: number;
  /** The hops' ends and their curve's control point, the crawl's height, the stop sign's top, foot and half width. */
  hop: { y: number; controlY: number };
  crawlY: number;
  stop: { top: number; bottom: number; half: number };
  divider: { x: number; top: number; bottom: number };
  /** Where each stage's name starts, on its baseline, and its size. */
  labels: Record<MyelinStage, [number, number]>;
  labelSize: number;
  /** The moving message's radius. */
  pulse: number;
}

/** The wide layout, for a slide: drawn at about 1:1. */
function wideMyelinLayout(): MyelinLayout {
  const segmentX = Array.from({ length: SEGMENTS }, (_, i) => 40 + i * 134);
  const gaps = [24, ...segmentX.slice(0, -1).map((x) => x + 104 + 15), 1120];
  const blockX = gaps[6]!;
  return {
    width: 1150, height: 320, axonY: 206, axonLeft: 16, axonRight: 1136, axonThickness: 22,
    segmentX, segment: { width: 104, height: 80, rx: 36 }, patchScale: 1,
    gaps, blockX, hop: { y: 160, controlY: 84 }, crawlY: 164, stop: { top: 130, bottom: 196, half: 26 },
    divider: { x: 578, top: 60, bottom: 300 },
    labels: { healthy: [40, 44], damaged: [604, 44], blocked: [blockX + 40, 300] },
    labelSize: FIGURE_TYPE.label,
    pulse: 13,
  };
}
const WIDE = wideMyelinLayout();

/**
 * The narrow layout, for a phone: the same fibre across the width, smaller; the first two
 * stages named above it, each over its half, and "blocked" under it, near the stop.
 */
export function narrowMyelinLayout(spec: MyelinSpec): MyelinLayout {
  const width = NARROW_WIDTH;
  const pitch = 42;
  const segment = { width: 34, height: 30, rx: 13 };
  const segmentX = Array.from({ length: SEGMENTS }, (_, i) => 16 + i * pitch);
  const gaps = [10, ...segmentX.slice(0, -1).map((x) => x + segment.width + (pitch - segment.width) / 2), width - 10];
  const blockX = gaps[6]!;
  const labelSize = FIGURE_TYPE_NARROW.label;
  const nameY = 30;
  const axonY = 106;
  const top = axonY - segment.height / 2;
  const bottom = axonY + segment.height / 2;
  const blockedY = bottom + 34;
  const blocked = spec.steps.find((s) => s.stage === 'blocked')?.name ?? '';
  const blockedX = Math.min(blockX - 20, width - 8 - textWidth(blocked, labelSize, true));
  return {
    width, height: blockedY + 14, axonY, axonLeft: 6, axonRight: width - 6, axonThickness: 10,
    segmentX, segment, patchScale: segment.width / 104,
    gaps, blockX, hop: { y: top - 4, controlY: top - 44 }, crawlY: top - 2, stop: { top: top - 30, bottom: axonY - 6, half: 14 },
    divider: { x: gaps[FIRST_DAMAGED]!, top: 10, bottom: blockedY + 8 },
    labels: { healthy: [segmentX[0]!, nameY], damaged: [gaps[FIRST_DAMAGED]! + 12, nameY], blocked: [blockedX, blockedY] },
    labelSize,
    pulse: 9,
  };
}

/** The message's paths: a hop over a segment of myelin, and a crawl along bare fibre from the damage on. */
export const hop = (layout: MyelinLayout, from: number, to: number): string => `M ${from} ${layout.hop.y} Q ${(from + to) / 2} ${layout.hop.controlY} ${to} ${layout.hop.y}`;
export const crawl = (layout: MyelinLayout, to: number): string => `M ${layout.gaps[FIRST_DAMAGED]} ${layout.crawlY} L ${to} ${layout.crawlY}`;

/** What is left of a damaged segment's myelin: ragged patches, drawn at the layout's scale. */
function patchPath(layout: MyelinLayout, i: number): string {
  const x = layout.segmentX[i]!;
  const y = layout.axonY;
  const k = layout.patchScale;
  const n = (...values: number[]): string => values.map((v) => v * k).join(' ');
  return i === FIRST_DAMAGED + 1
    ? `M ${x + 30 * k} ${y - 18 * k} l ${n(26, -8)} l ${n(14, 14)} l ${n(-6, 22)} l ${n(-24, 6)} z`
    : `M ${x + 8 * k} ${y - 30 * k} q ${n(30, -16, 60, -4)} l ${n(24, 10)} q ${n(8, 24, -8, 46)} l ${n(-40, 8)} q ${n(-30, -4, -36, -30)} z`;
}

function drawFibre(svg: AnySelection, layout: MyelinLayout, id: string): void {
  const hatch = svg
    .append('defs')
    .append('pattern')
    .attr('id', `${id}-hatch`)
    .attr('width', 14)
    .attr('height', 14)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 14).attr('height', 14).attr('class', 'hatch-ground');
  hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 14).attr('class', 'hatch-line');

  const { axonY, segment } = layout;
  const thick = layout.axonThickness;
  svg.append('rect').attr('x', layout.axonLeft).attr('y', axonY - thick / 2).attr('width', layout.axonRight - layout.axonLeft).attr('height', thick).attr('rx', thick / 2).attr('class', 'axon');
  const healthy = when((s) => !s.damaged);
  const damaged = when((s) => s.damaged);
  layout.segmentX.forEach((x, i) => {
    const drawn = svg
      .append('rect')
      .attr('x', x)
      .attr('y', axonY - segment.height / 2)
      .attr('width', segment.width)
      .attr('height', segment.height)
      .attr('rx', segment.rx)
      .attr('class', 'myelin-segment');
    if (i >= FIRST_DAMAGED && i < SEGMENTS - 1) {
      showAt(drawn, healthy);
      showAt(svg.append('path').attr('d', patchPath(layout, i)).attr('class', 'myelin-damaged').attr('fill', `url(#${id}-hatch)`), damaged);
    }
  });
  const { divider } = layout;
  showAt(svg.append('line').attr('x1', divider.x).attr('y1', divider.top).attr('x2', divider.x).attr('y2', divider.bottom).attr('class', 'divider'), damaged);
}

function drawSignal(svg: AnySelection, layout: MyelinLayout): void {
  const { gaps, blockX, stop } = layout;
  const paths = svg.append('g').attr('class', 'signal');
  const moving = when((s) => s.signal !== 'none');
  for (let i = 0; i < gaps.length - 1; i++) {
    const d = hop(layout, gaps[i]!, gaps[i + 1]!);
    const healthyPart = i < FIRST_DAMAGED;
    const shownAt = healthyPart ? moving : when((s) => s.signal === 'fast');
    showAt(paths.append('path').attr('d', d).attr('class', 'signal-hop signal-now'), shownAt.filter((s) => s === 1));
    showAt(paths.append('path').attr('d', d).attr('class', 'signal-hop'), shownAt.filter((s) => s !== 1));
  }
  showAt(paths.append('path').attr('d', crawl(layout, gaps[gaps.length - 1]!)).attr('class', 'signal-crawl'), when((s) => s.signal === 'slowed'));
  showAt(paths.append('path').attr('d', crawl(layout, blockX - 14)).attr('class', 'signal-crawl'), when((s) => s.signal === 'blocked'));
  showAt(
    paths
      .append('path')
      .attr('d', `M ${blockX} ${stop.top} L ${blockX} ${stop.bottom} M ${blockX - stop.half} ${stop.top} L ${blockX + stop.half} ${stop.top}`)
      .attr('class', 'signal-stop'),
    when((s) => s.signal === 'blocked'),
  );
}

function drawLabels(svg: AnySelection, layout: MyelinLayout, spec: MyelinSpec): void {
  const labels = svg.append('g').attr('class', 'step-labels');
  spec.steps.forEach(({ stage, name }) => {
    const [x, y] = layout.labels[stage];
    showAt(label(labels, x, y, name, layout.labelSize, 'figure-label figure-label-now'), when((s) => s.current === stage));
    showAt(label(labels, x, y, name, layout.labelSize), when((s) => s.named.includes(stage) && s.current !== stage));
  });
}

export const myelin: FigureModule<MyelinSpec> = {
  draw(art, spec, context) {
    const layout = context.narrow ? narrowMyelinLayout(spec) : WIDE;
    const svg = createFigureSvg(art, layout.width, layout.height, context, { narrow: context.narrow }).attr('class', 'figure-svg myelin-svg');
    drawFibre(svg, layout, context.id);
    drawSignal(svg, layout);
    drawLabels(svg, layout, spec);
    drawMovers(svg, 1);
  },

  /** A message runs along the fibre: quick hops over healthy myelin, a crawl over damage. */
  animate(art, spec, from, to) {
    if (to !== from + 1) return;
    const layout = drawnNarrow(art) ? narrowMyelinLayout(spec) : WIDE;
    const { gaps, blockX } = layout;
    const { signal } = myelinState(to);
    const hops = signal === 'fast' ? gaps.length - 1 : FIRST_DAMAGED;
    const legs = stepRange(0, hops - 1).map((i) => ({ along: alongRoute(hop(layout, gaps[i]!, gaps[i + 1]!), 24), ms: 150 }));
    const slowTo = signal === 'slowed' ? gaps[gaps.length - 1]! : signal === 'blocked' ? blockX - 14 : null;
    if (slowTo !== null) legs.push({ along: alongRoute(crawl(layout, slowTo)), ms: 1600 });
    if (legs.length === 0) return;

    const [pulse] = takeMovers(art, 'moving-signal', 1);
    if (!pulse) return;
    pulse.attr('r', layout.pulse).attr('transform', legs[0]!.along(0));
    let chain = pulse.transition().duration(0);
    for (const { along, ms } of legs) {
      chain = chain.transition().duration(ms).ease(easeLinear).attrTween('transform', () => along);
    }
    chain
      .transition()
      .duration(300)
      .style('opacity', 0)
      .on('end', function () {
        restMover(this);
      });
  },
};
