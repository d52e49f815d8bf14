import 'd3-transition';
import { easeLinear } from 'd3-ease';
import { MYELIN_STAGES, type MyelinStage } from '../content/model.ts';
import type { FigureModule } from './figure-module.ts';
import type { MyelinSpec } from './myelin-content.ts';
import { alongRoute } from './route-path.ts';
import { FIGURE_TYPE } from './figure-type.ts';
import { createFigureSvg, drawMovers, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
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

const W = 1150;
const H = 320;
const AXON_Y = 206;
const SEGMENTS = 8;
const SEGMENT_W = 104;
const PITCH = 134;
/** Segments from this one on are damaged. */
const FIRST_DAMAGED = 4;
const segmentX = (i: number): number => 40 + i * PITCH;
/** The gaps (nodes) where the message lands, the fibre's start first. */
const GAPS = [24, ...Array.from({ length: SEGMENTS - 1 }, (_, i) => segmentX(i) + SEGMENT_W + 15), 1120];
const BLOCK_X = GAPS[6]!;
const hop = (from: number, to: number): string => `M ${from} 160 Q ${(from + to) / 2} 84 ${to} 160`;
const crawl = (to: number): string => `M ${GAPS[FIRST_DAMAGED]} 164 L ${to} 164`;

function drawFibre(svg: AnySelection, id: string): void {
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

  svg.append('rect').attr('x', 16).attr('y', AXON_Y - 11).attr('width', W - 30).attr('height', 22).attr('rx', 11).attr('class', 'axon');
  const healthy = when((s) => !s.damaged);
  const damaged = when((s) => s.damaged);
  for (let i = 0; i < SEGMENTS; i++) {
    const segment = svg
      .append('rect')
      .attr('x', segmentX(i))
      .attr('y', AXON_Y - 40)
      .attr('width', SEGMENT_W)
      .attr('height', 80)
      .attr('rx', 36)
      .attr('class', 'myelin-segment');
    if (i >= FIRST_DAMAGED && i < SEGMENTS - 1) {
      showAt(segment, healthy);
      // What is left of the myelin: ragged, hatched patches.
      const x = segmentX(i);
      const patch = i === FIRST_DAMAGED + 1 ? `M ${x + 30} ${AXON_Y - 18} l 26 -8 l 14 14 l -6 22 l -24 6 z` : `M ${x + 8} ${AXON_Y - 30} q 30 -16 60 -4 l 24 10 q 8 24 -8 46 l -40 8 q -30 -4 -36 -30 z`;
      showAt(svg.append('path').attr('d', patch).attr('class', 'myelin-damaged').attr('fill', `url(#${id}-hatch)`), damaged);
    }
  }
  showAt(svg.append('line').attr('x1', 578).attr('y1', 60).attr('x2', 578).attr('y2', 300).attr('class', 'divider'), damaged);
}

function drawSignal(svg: AnySelection): void {
  const paths = svg.append('g').attr('class', 'signal');
  const moving = when((s) => s.signal !== 'none');
  for (let i = 0; i < GAPS.length - 1; i++) {
    const d = hop(GAPS[i]!, GAPS[i + 1]!);
    const healthyPart = i < FIRST_DAMAGED;
    const shownAt = healthyPart ? moving : when((s) => s.signal === 'fast');
    showAt(paths.append('path').attr('d', d).attr('class', 'signal-hop signal-now'), shownAt.filter((s) => s === 1));
    showAt(paths.append('path').attr('d', d).attr('class', 'signal-hop'), shownAt.filter((s) => s !== 1));
  }
  showAt(paths.append('path').attr('d', crawl(GAPS[GAPS.length - 1]!)).attr('class', 'signal-crawl'), when((s) => s.signal === 'slowed'));
  showAt(paths.append('path').attr('d', crawl(BLOCK_X - 14)).attr('class', 'signal-crawl'), when((s) => s.signal === 'blocked'));
  showAt(
    paths.append('path').attr('d', `M ${BLOCK_X} 130 L ${BLOCK_X} 196 M ${BLOCK_X - 26} 130 L ${BLOCK_X + 26} 130`).attr('class', 'signal-stop'),
    when((s) => s.signal === 'blocked'),
  );
}

const LABEL_AT: Record<MyelinStage, [number, number]> = {
  healthy: [40, 44],
  damaged: [604, 44],
  blocked: [BLOCK_X + 40, 300],
};

function drawLabels(svg: AnySelection, spec: MyelinSpec): void {
  const labels = svg.append('g').attr('class', 'step-labels');
  spec.steps.forEach(({ stage, name }) => {
    const [x, y] = LABEL_AT[stage];
    showAt(label(labels, x, y, name, FIGURE_TYPE.label, 'figure-label figure-label-now'), when((s) => s.current === stage));
    showAt(label(labels, x, y, name, FIGURE_TYPE.label), when((s) => s.named.includes(stage) && s.current !== stage));
  });
}

export const myelin: FigureModule<MyelinSpec> = {
  draw(art, spec, context) {
    const svg = createFigureSvg(art, W, H, context).attr('class', 'figure-svg myelin-svg');
    drawFibre(svg, context.id);
    drawSignal(svg);
    drawLabels(svg, spec);
    drawMovers(svg, 1);
  },

  /** A message runs along the fibre: quick hops over healthy myelin, a crawl over damage. */
  animate(art, _spec, from, to) {
    if (to !== from + 1) return;
    const { signal } = myelinState(to);
    const hops = signal === 'fast' ? GAPS.length - 1 : FIRST_DAMAGED;
    const legs = stepRange(0, hops - 1).map((i) => ({ along: alongRoute(hop(GAPS[i]!, GAPS[i + 1]!), 24), ms: 150 }));
    const slowTo = signal === 'slowed' ? GAPS[GAPS.length - 1]! : signal === 'blocked' ? BLOCK_X - 14 : null;
    if (slowTo !== null) legs.push({ along: alongRoute(crawl(slowTo)), ms: 1600 });
    if (legs.length === 0) return;

    const [pulse] = takeMovers(art, 'moving-signal', 1);
    if (!pulse) return;
    pulse.attr('r', 13).attr('transform', legs[0]!.along(0));
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
