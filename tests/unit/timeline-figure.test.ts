import { describe, expect, it } from 'vitest';
import { LAST_DAY, NARROW_MARKER, narrowTimelineLayout, TICKS, timelineLayout, timePosition, type NarrowTimelineLayout } from '../../src/figures/timeline.ts';
import { sequenceState } from '../../src/figures/steps.ts';
import { FIGURE_TYPE_NARROW, NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { textWidth } from '../../src/figures/text.ts';
import { box, clashes, within, type Box } from '../support/boxes.ts';
import { library } from '../../slides/index.ts';
import type { TimelineFigure } from '../../src/content/model.ts';

describe('the time scale', () => {
  it('runs from day 0 at the start to two years at the end', () => {
    expect(timePosition(0)).toBe(0);
    expect(timePosition(LAST_DAY)).toBe(1);
  });

  it('always moves later times further along', () => {
    let previous = -1;
    for (let day = 0; day <= LAST_DAY; day++) {
      const at = timePosition(day);
      expect(at, `day ${day}`).toBeGreaterThan(previous);
      previous = at;
    }
  });

  it('gives the early days room: the first month takes about a third of the axis, though it is 4 in 100 of the time', () => {
    expect(timePosition(30)).toBeGreaterThan(0.3);
    expect(timePosition(30)).toBeLessThan(0.45);
    // Day 10 and day 14 stay clearly apart; a year and two years still do too.
    expect(timePosition(14) - timePosition(10)).toBeGreaterThan(0.03);
    expect(timePosition(730) - timePosition(365)).toBeGreaterThan(0.1);
  });

  it('keeps days outside 0 to 730 on the axis', () => {
    expect(timePosition(-5)).toBe(0);
    expect(timePosition(900)).toBe(1);
    expect(timePosition(Number.NaN)).toBe(0);
  });

  it('has reference ticks in time order, from day 0 to two years', () => {
    expect(TICKS[0]!.day).toBe(0);
    expect(TICKS.at(-1)!.day).toBe(LAST_DAY);
    for (let i = 1; i < TICKS.length; i++) expect(TICKS[i]!.day).toBeGreaterThan(TICKS[i - 1]!.day);
  });
});

describe('the timeline, step by step', () => {
  it('shows only the empty axis before the first click', () => {
    expect(sequenceState(0, 6)).toEqual({ step: 0, current: null, done: [], upcoming: [0, 1, 2, 3, 4, 5] });
  });

  it('reaches one event per click; earlier events stay, as past', () => {
    expect(sequenceState(1, 6)).toEqual({ step: 1, current: 0, done: [], upcoming: [1, 2, 3, 4, 5] });
    expect(sequenceState(3, 6)).toEqual({ step: 3, current: 2, done: [0, 1], upcoming: [3, 4, 5] });
    expect(sequenceState(6, 6)).toEqual({ step: 6, current: 5, done: [0, 1, 2, 3, 4], upcoming: [] });
  });

  it('changes what is drawn at every step, and accounts for every event once', () => {
    for (let step = 0; step <= 6; step++) {
      const state = sequenceState(step, 6);
      const all = [...state.done, ...(state.current === null ? [] : [state.current]), ...state.upcoming].sort();
      expect(all).toEqual([0, 1, 2, 3, 4, 5]);
      if (step > 0) expect(state).not.toEqual(sequenceState(step - 1, 6));
    }
  });

  it('holds steps outside the figure at its ends', () => {
    expect(sequenceState(-1, 4)).toEqual(sequenceState(0, 4));
    expect(sequenceState(12, 4)).toEqual(sequenceState(4, 4));
  });
});

const timelines = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'timeline' ? [{ id: slide.id, figure: block.figure as TimelineFigure }] : [])),
);

describe.each(timelines)('the timeline on "#/$id", laid out', ({ figure }) => {
  const layout = timelineLayout(figure.events);
  const extent = (i: number): [number, number] => {
    const e = layout.events[i]!;
    return [e.labelX - e.labelWidth / 2, e.labelX + e.labelWidth / 2];
  };

  it('puts the markers on the axis in time order', () => {
    const xs = layout.events.map((e) => e.x);
    expect(xs[0]).toBeGreaterThanOrEqual(layout.axisLeft);
    expect(xs.at(-1)).toBeLessThanOrEqual(layout.axisRight);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]!);
  });

  it('keeps every label inside the drawing', () => {
    layout.events.forEach((_, i) => {
      const [left, right] = extent(i);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(layout.width);
    });
  });

  it('keeps labels on the same row apart, and the upper row’s stems clear of the lower labels', () => {
    layout.events.forEach((a, i) => {
      layout.events.forEach((b, j) => {
        if (j <= i) return;
        if (a.level === b.level) expect(extent(i)[1], `events ${i} and ${j}`).toBeLessThan(extent(j)[0]);
      });
      if (a.level === 1) {
        layout.events.forEach((b, j) => {
          if (b.level !== 0) return;
          const [left, right] = extent(j);
          expect(a.x < left - 8 || a.x > right + 8, `the stem of event ${i} crosses the label of event ${j}`).toBe(true);
        });
      }
    });
  });

  it('gives every click a new event, in time order', () => {
    expect(figure.events.map((e) => e.day)).toEqual([...figure.events.map((e) => e.day)].sort((a, b) => a - b));
    expect(new Set(figure.events.map((e) => e.day)).size).toBe(figure.events.length);
  });
});

/** The boxes of a narrow timeline's words: each event's two lines, and each tick's label. */
function narrowWords(layout: NarrowTimelineLayout): { events: Box[]; ticks: Box[] } {
  const size = FIGURE_TYPE_NARROW.tick;
  return {
    events: layout.events.map((e) => box(layout.labelX, e.top, e.labelWidth, e.bottom - e.top)),
    ticks: layout.ticks.map((t) => {
      const width = textWidth(t.label, size);
      return box(layout.tickLabelX - width, t.y + 6 - size * 0.8, width, size);
    }),
  };
}

/** What a narrow timeline must keep, whatever its events. */
function expectReadable(layout: NarrowTimelineLayout): void {
  const { events, ticks } = narrowWords(layout);
  for (const [i, words] of [...events, ...ticks].entries()) expect(within(words, layout.width, layout.height), `words ${i}`).toBe(true);
  for (let i = 1; i < events.length; i++) expect(events[i]!.top, `event ${i} under event ${i - 1}`).toBeGreaterThan(events[i - 1]!.bottom);
  expect(clashes(Object.fromEntries(ticks.map((t, i) => [layout.ticks[i]!.label, t])), 4)).toEqual([]);
  // Ticks' words left of the ticks, events' words right of the stems, stems clear of the markers.
  for (const t of ticks) expect(t.right).toBeLessThan(layout.axisX - 20);
  expect(layout.stem.from).toBeGreaterThan(layout.axisX + NARROW_MARKER.now);
  expect(layout.stem.to).toBeLessThan(layout.labelX);
}

describe.each(timelines)('the timeline on "#/$id", laid out narrow', ({ figure }) => {
  const layout = narrowTimelineLayout(figure.events);

  it('runs the axis down the narrow drawing, day 0 at the top and two years at the bottom, on the same stretched scale', () => {
    expect(layout.width).toBe(NARROW_WIDTH);
    expect(layout.ticks.map((t) => t.label)).toEqual(TICKS.map((t) => t.label));
    expect(layout.ticks[0]!.y).toBe(layout.axisTop);
    expect(layout.ticks.at(-1)!.y).toBe(layout.axisBottom);
    const month = layout.ticks.find((t) => t.label === '1 month')!;
    expect((month.y - layout.axisTop) / (layout.axisBottom - layout.axisTop)).toBeCloseTo(timePosition(30));
    const ys = layout.events.map((e) => e.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys[0]).toBeGreaterThanOrEqual(layout.axisTop);
    expect(ys.at(-1)).toBeLessThanOrEqual(layout.axisBottom);
  });

  it('keeps every word inside the drawing and apart, events in time order top to bottom, ticks left and events right of the axis', () => {
    expectReadable(layout);
  });

  it('writes each event beside its marker where the one above leaves room', () => {
    layout.events.forEach((e, i) => {
      const roomAbove = i === 0 || e.y - layout.events[i - 1]!.y > e.bottom - e.top + 10;
      if (roomAbove) expect(e.top < e.y && e.y < e.bottom, `event ${i}`).toBe(true);
    });
  });
});

describe('a narrow timeline crowded with events', () => {
  it('moves words down to keep them apart, and grows to hold them', () => {
    const events = Array.from({ length: 8 }, (_, i) => ({ day: i, when: `Day ${i}`, name: 'Something new' }));
    const layout = narrowTimelineLayout(events);
    expectReadable(layout);
    expect(layout.events.at(-1)!.top).toBeGreaterThan(layout.events.at(-1)!.y);
  });
});
