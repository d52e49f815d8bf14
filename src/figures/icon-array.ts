import 'd3-transition';
import { easeCubicOut } from 'd3-ease';
import type { FigureModule } from './figure-module.ts';
import type { IconArraySpec } from './icon-array-content.ts';
import { addFigurePart, createFigureSvg, drawMovers, label, restMover, takeMovers, showAt, type AnySelection } from './svg.ts';
import { sequenceStepsWhere, type SequenceState } from './steps.ts';
import { FIGURE_TYPE, FIGURE_TYPE_NARROW, NARROW_WIDTH } from './figure-type.ts';

/** Every panel shows the same 100 people, 10 to a row. */
export const PEOPLE = 100;
export const COLUMNS = 10;

export interface Person {
  /** 0 is the top row. */
  row: number;
  /** 0 is the left column. */
  col: number;
  affected: boolean;
}

/**
 * The 100 people of one panel, in reading order (left to right, top to bottom). Those with the
 * outcome come first, so they form one block from the top left that the eye can measure.
 */
export function people(affected: number): Person[] {
  const count = Math.max(0, Math.min(PEOPLE, Math.round(affected)));
  return Array.from({ length: PEOPLE }, (_, i) => ({ row: Math.floor(i / COLUMNS), col: i % COLUMNS, affected: i < count }));
}

export interface PanelBox {
  /** Left edge of the panel (the current-panel bar sits here). */
  x: number;
  /** Top of the panel: 0 side by side, lower for each panel stacked under another. */
  y: number;
  /** Where the label, grid and legend start. */
  contentX: number;
  width: number;
}

export interface IconArrayLayout {
  width: number;
  height: number;
  panels: PanelBox[];
  /** Distance between the centres of two neighbouring people. */
  pitch: number;
  /** The legend goes beside the grid when the panel is wide enough, else under it. */
  legend: 'right' | 'below';
  /** Below, relative to a panel's top: the label's baseline, the grid's top, the current-panel bar. */
  labelY: number;
  gridY: number;
  bar: { y: number; width: number; height: number };
  /** Baselines of the two legend lines, and where the legend starts, relative to the panel's contentX. */
  legendX: number;
  legendY: [number, number];
  /** The legend's person, and the sizes of the words. */
  key: number;
  type: { label: number; legend: number; legendCount: number };
}

const WIDTH = 1150;
const BAR = 22;

/**
 * Where everything goes, for 1 to 3 panels side by side, in viewBox units (drawn at about
 * 1:1 on the slide). Two panels have room for the legend beside each grid; three put it under.
 */
export function iconArrayLayout(panelCount: number): IconArrayLayout {
  const n = Math.max(1, Math.min(3, Math.round(panelCount)));
  const gap = n === 3 ? 36 : 48;
  const width = (WIDTH - gap * (n - 1)) / n;
  const legend = width - BAR >= 480 ? 'right' : 'below';
  const pitch = legend === 'right' ? 26 : 24;
  const grid = pitch * COLUMNS;
  const labelY = 32;
  const gridY = 50;
  const panels = Array.from({ length: n }, (_, i) => {
    const x = i * (width + gap);
    return { x, y: 0, contentX: x + BAR, width };
  });
  const bar = { y: labelY - 28, width: 9, height: 36 };
  if (legend === 'right') {
    const type = { label: FIGURE_TYPE.label, legend: FIGURE_TYPE.legend, legendCount: FIGURE_TYPE.legendCount };
    return { width: WIDTH, height: gridY + grid + 4, panels, pitch, legend, labelY, gridY, bar, legendX: grid + 28, legendY: [gridY + grid / 2 - 12, gridY + grid / 2 + 44], key: 30, type };
  }
  const first = gridY + grid + 36;
  const type = { label: FIGURE_TYPE.label, legend: FIGURE_TYPE.legendBelow, legendCount: FIGURE_TYPE.legendBelowCount };
  return { width: WIDTH, height: first + 52, panels, pitch, legend, labelY, gridY, bar, legendX: 0, legendY: [first, first + 42], key: 26, type };
}

const NARROW_BAR = 16;
const NARROW_PANEL_GAP = 40;

/**
 * The narrow layout, for a phone: the panels one under another, each its label, its grid and
 * its legend under the grid, people large enough to count at a phone's width.
 */
export function narrowIconArrayLayout(panelCount: number): IconArrayLayout {
  const n = Math.max(1, Math.min(3, Math.round(panelCount)));
  const type = { label: FIGURE_TYPE_NARROW.label, legend: FIGURE_TYPE_NARROW.legend, legendCount: FIGURE_TYPE_NARROW.legendCount };
  const pitch = 22;
  const labelY = 24;
  const gridY = 38;
  const first = gridY + pitch * COLUMNS + 34;
  const legendY: [number, number] = [first, first + 34];
  const panelHeight = legendY[1] + 10;
  const panels = Array.from({ length: n }, (_, i) => ({ x: 0, y: i * (panelHeight + NARROW_PANEL_GAP), contentX: NARROW_BAR, width: NARROW_WIDTH }));
  const bar = { y: labelY - 21, width: 7, height: 28 };
  return { width: NARROW_WIDTH, height: n * panelHeight + (n - 1) * NARROW_PANEL_GAP, panels, pitch, legend: 'below', labelY, gridY, bar, legendX: 0, legendY, key: 24, type };
}

/** A person drawn in a square of `size`: a round head over rounded shoulders. Fill and stroke come from the theme. */
export function personPath(size: number): string {
  const u = (v: number): number => Math.round(v * size * 100) / 100;
  const r = u(0.18);
  return (
    `M ${u(0.5) - r} ${u(0.22)} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z ` +
    `M ${u(0.14)} ${u(0.98)} L ${u(0.14)} ${u(0.66)} Q ${u(0.14)} ${u(0.46)} ${u(0.36)} ${u(0.46)} ` +
    `L ${u(0.64)} ${u(0.46)} Q ${u(0.86)} ${u(0.46)} ${u(0.86)} ${u(0.66)} L ${u(0.86)} ${u(0.98)} Z`
  );
}

/** Draws panel `index` of the spec in `box` of the layout; `person` is the id of its person shape. */
function drawPanel(svg: AnySelection, spec: IconArraySpec, layout: IconArrayLayout, index: number, box: PanelBox, person: string): void {
  const panel = spec.panels[index]!;
  // One panel per click; earlier panels stay, for comparison.
  const at = (test: (state: SequenceState) => boolean): number[] => sequenceStepsWhere(spec.panels.length, test);
  const shown = at((s) => !s.upcoming.includes(index));
  const grid = layout.pitch * COLUMNS;
  const g = svg.append('g').attr('class', 'icon-panel').attr('transform', `translate(${box.contentX}, ${box.y})`);

  // A bar beside the label of the panel just shown.
  const { bar } = layout;
  showAt(
    svg.append('rect').attr('x', box.x).attr('y', box.y + bar.y).attr('width', bar.width).attr('height', bar.height).attr('rx', 3).attr('class', 'panel-now-bar'),
    at((s) => s.current === index),
  );
  label(g, 0, layout.labelY, panel.label, layout.type.label, 'figure-label panel-label');

  // Before its click: an empty frame, so every panel's place and its 100 are there from the start.
  const frame = showAt(g.append('g').attr('class', 'panel-waiting'), at((s) => s.upcoming.includes(index)));
  frame.append('rect').attr('x', 2).attr('y', layout.gridY + 2).attr('width', grid - 4).attr('height', grid - 4).attr('rx', 14).attr('class', 'panel-frame');
  label(frame, grid / 2, layout.gridY + grid / 2 + layout.type.label / 3, `${PEOPLE} people`, layout.type.label, 'figure-label panel-frame-label');

  const crowd = showAt(g.append('g').attr('class', 'people').attr('data-panel', index), shown);
  for (const one of people(panel.affected)) {
    crowd
      .append('use')
      .attr('href', `#${person}`)
      .attr('x', one.col * layout.pitch + 2)
      .attr('y', layout.gridY + one.row * layout.pitch + 2)
      .attr('class', one.affected ? 'person person-affected' : 'person person-other');
  }
  // Outlines laid over the affected people at their click, fading to show them filled in.
  const affected = people(panel.affected).filter((one) => one.affected);
  drawMovers(crowd, affected.length, 'use')
    .selectAll('use')
    .data(affected)
    .attr('href', `#${person}`)
    .attr('x', (one) => one.col * layout.pitch + 2)
    .attr('y', (one) => layout.gridY + one.row * layout.pitch + 2);

  const legend = showAt(g.append('g').attr('class', 'icon-legend'), shown);
  const entries: [string, number, string][] = [
    ['person-affected', panel.affected, panel.affectedLabel],
    ['person-other', PEOPLE - panel.affected, panel.othersLabel],
  ];
  const { key } = layout;
  entries.forEach(([cls, count, words], i) => {
    const y = layout.legendY[i as 0 | 1];
    legend
      .append('path')
      .attr('d', personPath(key))
      .attr('transform', `translate(${layout.legendX}, ${y - key + 4})`)
      .attr('class', `person ${cls}`);
    const text = legend
      .append('text')
      .attr('x', layout.legendX + key + 10)
      .attr('y', y)
      .attr('class', `figure-label legend-label legend-${layout.legend}`)
      .attr('font-size', layout.type.legend)
      .attr('aria-hidden', 'true');
    text
      .append('tspan')
      .attr('class', 'legend-count')
      .attr('font-size', layout.type.legendCount)
      .text(String(count));
    text.append('tspan').text(` ${words}`);
  });
}

export const iconArray: FigureModule<IconArraySpec> = {
  draw(art, spec, context) {
    if (spec.panels.length < 1 || spec.panels.length > 3) throw new Error(`an icon array takes 1 to 3 panels, not ${spec.panels.length}`);
    const addPerson = (svg: AnySelection, layout: IconArrayLayout, id: string): string => {
      svg.append('defs').append('path').attr('id', id).attr('d', personPath(layout.pitch - 4));
      return id;
    };
    if (context.paged && spec.panels.length > 1) {
      // For paper: each panel a picture of its own, at the narrow layout's size.
      const layout = narrowIconArrayLayout(1);
      spec.panels.forEach((panel, i) => {
        const svg = i === 0 ? createFigureSvg(art, layout.width, layout.height, context, { narrow: true }) : addFigurePart(art, layout.width, layout.height, context, i, panel.label);
        svg.classed('icon-array-svg', true);
        drawPanel(svg, spec, layout, i, layout.panels[0]!, addPerson(svg, layout, `${context.id}-person-${i}`));
      });
      return;
    }
    const layout = (context.narrow ? narrowIconArrayLayout : iconArrayLayout)(spec.panels.length);
    const svg = createFigureSvg(art, layout.width, layout.height, context, { narrow: context.narrow }).attr('class', 'figure-svg icon-array-svg');
    const person = addPerson(svg, layout, `${context.id}-person`);
    spec.panels.forEach((_, i) => drawPanel(svg, spec, layout, i, layout.panels[i]!, person));
  },

  /** The panel's people appear as outlines, then those affected fill in, in reading order, within 1 s. */
  animate(art, spec, from, to) {
    if (to !== from + 1 || to < 1 || to > spec.panels.length) return;
    const crowd = art.querySelector(`.people[data-panel="${to - 1}"]`);
    if (!crowd) return;
    const covers = takeMovers(crowd, 'person person-other');
    const spread = Math.min(550, covers.length * 30);
    covers.forEach((cover, i) => {
      cover
        .transition()
        .delay(150 + (covers.length > 1 ? (spread * i) / (covers.length - 1) : 0))
        .duration(250)
        .ease(easeCubicOut)
        .attr('opacity', 0)
        .on('end', function () {
          restMover(this);
        });
    });
  },
};
