import 'd3-transition';
import { easeCubicOut } from 'd3-ease';
import type { FigureModule } from './figure-module.ts';
import type { TimelineSpec } from './timeline-content.ts';
import { createFigureSvg, drawMovers, drawnNarrow, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
import { sequenceStepsWhere } from './steps.ts';
import { textWidth } from './text.ts';
import { FIGURE_TYPE, FIGURE_TYPE_NARROW, NARROW_WIDTH } from './figure-type.ts';

/** The axis runs from the day the cells go back (day 0) to two years. */
export const LAST_DAY = 730;
/** Below about a week the scale is close to even; beyond it, each doubling of time gets about the same room. */
const KNEE_DAYS = 7;

/**
 * Where a day sits on the time axis, from 0 (day 0) to 1 (day 730). The scale is logarithmic
 * (log of 1 + days / 7), so the busy first weeks get room while two years still fit: the first
 * month takes about a third of the axis.
 */
export function timePosition(day: number): number {
  const d = Math.max(0, Math.min(LAST_DAY, Number.isFinite(day) ? day : 0));
  return Math.log1p(d / KNEE_DAYS) / Math.log1p(LAST_DAY / KNEE_DAYS);
}

/** Reference marks under the axis, so the stretched scale can be read. */
export const TICKS: readonly { day: number; label: string }[] = [
  { day: 0, label: 'Day 0' },
  { day: 7, label: '1 week' },
  { day: 30, label: '1 month' },
  { day: 91, label: '3 months' },
  { day: 182, label: '6 months' },
  { day: 365, label: '1 year' },
  { day: 730, label: '2 years' },
];

export interface PlacedEvent {
  /** Where the marker sits on the axis. */
  x: number;
  /** 0: the row of labels nearer the axis; 1: the row above it. Neighbours alternate. */
  level: 0 | 1;
  /** The centre of the event's two labels, kept inside the drawing. */
  labelX: number;
  /** How wide the labels are, at most (estimated). */
  labelWidth: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  axisLeft: number;
  axisRight: number;
  /** Baselines of the `when` and `name` labels on each level. */
  rows: [{ when: number; name: number }, { when: number; name: number }];
  tickLabelY: number;
  events: PlacedEvent[];
}

const WIDTH = 1150;

/** Where everything goes, in viewBox units (drawn at about 1:1 on the slide). */
export function timelineLayout(events: TimelineSpec['events']): TimelineLayout {
  const axisLeft = 50;
  const axisRight = WIDTH - 50;
  const placed = events.map((event, i): PlacedEvent => {
    const x = axisLeft + timePosition(event.day) * (axisRight - axisLeft);
    // As wide as the labels of the event just reached, which are bold and the larger.
    const width = Math.max(textWidth(event.when, FIGURE_TYPE.when, true), textWidth(event.name, FIGURE_TYPE.nameNow, true));
    const labelX = Math.max(width / 2, Math.min(WIDTH - width / 2, x));
    return { x, level: i % 2 === 0 ? 0 : 1, labelX, labelWidth: width };
  });
  return {
    width: WIDTH,
    height: 350,
    axisY: 282,
    axisLeft,
    axisRight,
    rows: [
      { when: 152, name: 192 },
      { when: 40, name: 80 },
    ],
    tickLabelY: 338,
    events: placed,
  };
}

export interface NarrowTimelineEvent {
  /** Where the marker sits on the axis. */
  y: number;
  /** Baselines of the event's two labels. */
  whenY: number;
  nameY: number;
  /** The top and bottom of its labels, and how wide they are at most (estimated). */
  top: number;
  bottom: number;
  labelWidth: number;
}

/** The narrow layout: the axis runs down the drawing, ticks to its left and events to its right. */
export interface NarrowTimelineLayout {
  width: number;
  height: number;
  axisX: number;
  axisTop: number;
  axisBottom: number;
  /** Where the events' labels start, and where the ticks' labels end. */
  labelX: number;
  tickLabelX: number;
  /** Where each stem runs across: from beside its marker to before its words. */
  stem: { from: number; to: number };
  ticks: { y: number; label: string }[];
  events: NarrowTimelineEvent[];
}

const NARROW_AXIS = 460;
const NARROW_TYPE = FIGURE_TYPE_NARROW;
/** An event's two lines of words, from the top of its first line to the foot of its second. */
const WHEN_RISE = Math.round(NARROW_TYPE.when * 0.8);
const NAME_BELOW_WHEN = NARROW_TYPE.nameNow + 6;
const NAME_DROP = Math.round(NARROW_TYPE.nameNow * 0.3);
const EVENT_HEIGHT = WHEN_RISE + NAME_BELOW_WHEN + NAME_DROP;
const EVENT_GAP = 16;
export const NARROW_MARKER = { past: 9, now: 14, core: 5 } as const;

/**
 * The narrow layout, for a phone: day 0 at the top, two years at the bottom, on the same
 * stretched scale. Each event's words sit beside its marker, unless the event above needs the
 * room; then they sit lower and a stem leads to them.
 */
export function narrowTimelineLayout(events: TimelineSpec['events']): NarrowTimelineLayout {
  const tickLabelX = 8 + Math.max(...TICKS.map((tick) => textWidth(tick.label, NARROW_TYPE.tick)));
  const axisX = tickLabelX + 28;
  const labelX = axisX + 46;
  const axisTop = 40;
  const axisBottom = axisTop + NARROW_AXIS;
  const yAt = (day: number): number => axisTop + timePosition(day) * NARROW_AXIS;
  let above = -Infinity;
  const placed = events.map((event): NarrowTimelineEvent => {
    const y = yAt(event.day);
    const top = Math.max(y - EVENT_HEIGHT / 2, above + EVENT_GAP);
    above = top + EVENT_HEIGHT;
    const labelWidth = Math.max(textWidth(event.when, NARROW_TYPE.when, true), textWidth(event.name, NARROW_TYPE.nameNow, true));
    return { y, whenY: top + WHEN_RISE, nameY: top + WHEN_RISE + NAME_BELOW_WHEN, top, bottom: above, labelWidth };
  });
  const lowest = Math.max(axisBottom + NARROW_MARKER.now, ...placed.map((e) => e.bottom));
  return {
    width: NARROW_WIDTH,
    height: Math.ceil(lowest + 12),
    axisX,
    axisTop,
    axisBottom,
    labelX,
    tickLabelX,
    stem: { from: axisX + NARROW_MARKER.now + 4, to: labelX - 8 },
    ticks: TICKS.map((tick) => ({ y: yAt(tick.day), label: tick.label })),
    events: placed,
  };
}

/** Where an event's marker and stem show: large while it is the one just reached, then smaller. */
function eventSteps(spec: TimelineSpec, i: number): { now: number[]; past: number[] } {
  return {
    now: sequenceStepsWhere(spec.events.length, (s) => s.current === i),
    past: sequenceStepsWhere(spec.events.length, (s) => s.done.includes(i)),
  };
}

function drawNarrow(svg: AnySelection, layout: NarrowTimelineLayout, spec: TimelineSpec): void {
  const { axisX } = layout;
  const axis = svg.append('g').attr('class', 'time-axis');
  axis.append('line').attr('x1', axisX).attr('x2', axisX).attr('y1', layout.axisTop).attr('y2', layout.axisBottom).attr('class', 'axis-line');
  for (const tick of layout.ticks) {
    axis.append('line').attr('x1', axisX - 20).attr('x2', axisX - 4).attr('y1', tick.y).attr('y2', tick.y).attr('class', 'axis-tick');
    label(axis, layout.tickLabelX, tick.y + 6, tick.label, NARROW_TYPE.tick, 'figure-label tick-label tick-end');
  }
  spec.events.forEach((event, i) => {
    const place = layout.events[i]!;
    const { now, past } = eventSteps(spec, i);
    showAt(axis.append('line').attr('x1', axisX).attr('x2', axisX).attr('y1', layout.axisTop).attr('y2', place.y).attr('class', 'axis-progress'), now);

    const g = svg.append('g').attr('class', 'time-event').attr('data-event', i);
    const stemTo = (place.top + place.bottom) / 2;
    for (const [steps, cls] of [[past, 'event-stem'], [now, 'event-stem event-stem-now']] as const) {
      showAt(g.append('line').attr('x1', layout.stem.from).attr('x2', layout.stem.to).attr('y1', place.y).attr('y2', stemTo).attr('class', cls), steps);
    }
    showAt(g.append('circle').attr('cx', axisX).attr('cy', place.y).attr('r', NARROW_MARKER.past).attr('class', 'event-marker'), past);
    showAt(g.append('circle').attr('cx', axisX).attr('cy', place.y).attr('r', NARROW_MARKER.now).attr('class', 'event-marker event-marker-now'), now);
    showAt(g.append('circle').attr('cx', axisX).attr('cy', place.y).attr('r', NARROW_MARKER.core).attr('class', 'event-marker-core'), now);

    showAt(label(g, layout.labelX, place.whenY, event.when, NARROW_TYPE.when, 'figure-label event-when'), past);
    showAt(label(g, layout.labelX, place.whenY, event.when, NARROW_TYPE.when, 'figure-label event-when event-when-now'), now);
    showAt(label(g, layout.labelX, place.nameY, event.name, NARROW_TYPE.name, 'figure-label event-name'), past);
    showAt(label(g, layout.labelX, place.nameY, event.name, NARROW_TYPE.nameNow, 'figure-label event-name event-name-now'), now);
  });
}

function drawAxis(svg: AnySelection, layout: TimelineLayout, spec: TimelineSpec): void {
  const axis = svg.append('g').attr('class', 'time-axis');
  axis.append('line').attr('x1', layout.axisLeft).attr('x2', layout.axisRight).attr('y1', layout.axisY).attr('y2', layout.axisY).attr('class', 'axis-line');
  for (const tick of TICKS) {
    const x = layout.axisLeft + timePosition(tick.day) * (layout.axisRight - layout.axisLeft);
    axis.append('line').attr('x1', x).attr('x2', x).attr('y1', layout.axisY + 4).attr('y2', layout.axisY + 20).attr('class', 'axis-tick');
    const anchor = tick.day === 0 ? 'start' : tick.day === LAST_DAY ? 'end' : 'middle';
    const dx = anchor === 'start' ? -14 : anchor === 'end' ? 14 : 0;
    label(axis, x + dx, layout.tickLabelY, tick.label, FIGURE_TYPE.tick, `figure-label tick-label tick-${anchor}`);
  }
  // Time so far: a thick bar from day 0 to the event just reached.
  spec.events.forEach((_, i) => {
    const x = layout.events[i]!.x;
    showAt(
      axis.append('line').attr('x1', layout.axisLeft).attr('x2', x).attr('y1', layout.axisY).attr('y2', layout.axisY).attr('class', 'axis-progress'),
      sequenceStepsWhere(spec.events.length, (s) => s.current === i),
    );
  });
}

function drawEvent(svg: AnySelection, layout: TimelineLayout, spec: TimelineSpec, i: number): void {
  const event = spec.events[i]!;
  const place = layout.events[i]!;
  const row = layout.rows[place.level];
  // One event per click: the one just reached drawn large, those passed smaller and calmer.
  const { now, past } = eventSteps(spec, i);
  const g = svg.append('g').attr('class', 'time-event').attr('data-event', i);

  const stemTop = row.name + 14;
  const stemBottom = layout.axisY - 20;
  showAt(g.append('line').attr('x1', place.x).attr('x2', place.x).attr('y1', stemTop).attr('y2', stemBottom).attr('class', 'event-stem'), past);
  showAt(g.append('line').attr('x1', place.x).attr('x2', place.x).attr('y1', stemTop).attr('y2', stemBottom).attr('class', 'event-stem event-stem-now'), now);

  showAt(g.append('circle').attr('cx', place.x).attr('cy', layout.axisY).attr('r', 11).attr('class', 'event-marker'), past);
  showAt(g.append('circle').attr('cx', place.x).attr('cy', layout.axisY).attr('r', 18).attr('class', 'event-marker event-marker-now'), now);
  showAt(g.append('circle').attr('cx', place.x).attr('cy', layout.axisY).attr('r', 7).attr('class', 'event-marker-core'), now);

  showAt(label(g, place.labelX, row.when, event.when, FIGURE_TYPE.when, 'figure-label event-when'), past);
  showAt(label(g, place.labelX, row.when, event.when, FIGURE_TYPE.when, 'figure-label event-when event-when-now'), now);
  showAt(label(g, place.labelX, row.name, event.name, FIGURE_TYPE.name, 'figure-label event-name'), past);
  showAt(label(g, place.labelX, row.name, event.name, FIGURE_TYPE.nameNow, 'figure-label event-name event-name-now'), now);
}

/** The centre of an event's marker, as drawn, and its radius while it is the one just reached. */
function markerAt(art: Element, spec: TimelineSpec, i: number): [number, number, number] {
  if (drawnNarrow(art)) {
    const layout = narrowTimelineLayout(spec.events);
    return [layout.axisX, layout.events[i]!.y, NARROW_MARKER.now];
  }
  const layout = timelineLayout(spec.events);
  return [layout.events[i]!.x, layout.axisY, 18];
}

export const timeline: FigureModule<TimelineSpec> = {
  draw(art, spec, context) {
    if (context.narrow) {
      const layout = narrowTimelineLayout(spec.events);
      const svg = createFigureSvg(art, layout.width, layout.height, context, { narrow: true }).attr('class', 'figure-svg timeline-svg');
      drawNarrow(svg, layout, spec);
      drawMovers(svg, 1);
      return;
    }
    const layout = timelineLayout(spec.events);
    const svg = createFigureSvg(art, layout.width, layout.height, context).attr('class', 'figure-svg timeline-svg');
    drawAxis(svg, layout, spec);
    spec.events.forEach((_, i) => drawEvent(svg, layout, spec, i));
    drawMovers(svg, 1);
  },

  /** A ring spreads once from the event just reached: a pointer for the eye, under a second. */
  animate(art, spec, from, to) {
    if (to !== from + 1 || to < 1 || to > spec.events.length) return;
    const [x, y, r] = markerAt(art, spec, to - 1);
    const [ring] = takeMovers(art, 'event-pulse', 1);
    ring
      ?.attr('r', r)
      .attr('transform', `translate(${x}, ${y}) scale(1)`)
      .attr('opacity', 0.9)
      .transition()
      .duration(800)
      .ease(easeCubicOut)
      .attr('transform', `translate(${x}, ${y}) scale(2.4)`)
      .attr('opacity', 0)
      .on('end', function () {
        restMover(this);
      });
  },
};
