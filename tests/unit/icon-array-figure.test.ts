import { describe, expect, it } from 'vitest';
import { COLUMNS, iconArrayLayout, narrowIconArrayLayout, people, PEOPLE } from '../../src/figures/icon-array.ts';
import { sequenceState } from '../../src/figures/steps.ts';
import { NARROW_LEAST_SHOWN, NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { textWidth } from '../../src/figures/text.ts';
import { library } from '../../slides/index.ts';
import type { IconArrayFigure } from '../../src/content/model.ts';

describe('the people of one icon-array panel', () => {
  it('are always 100, ten to a row, in reading order', () => {
    for (const affected of [0, 2, 5, 30, 62, 100]) {
      const crowd = people(affected);
      expect(crowd).toHaveLength(PEOPLE);
      expect(crowd.map((p) => p.row * COLUMNS + p.col)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }
  });

  it('count exactly the people affected', () => {
    for (const affected of [0, 1, 5, 62, 99, 100]) expect(people(affected).filter((p) => p.affected)).toHaveLength(affected);
  });

  it('group those affected from the top left: whole rows first, then the start of the next row', () => {
    const crowd = people(62);
    const firstOther = crowd.findIndex((p) => !p.affected);
    expect(crowd.slice(0, firstOther).every((p) => p.affected)).toBe(true);
    expect(crowd.slice(firstOther).every((p) => !p.affected)).toBe(true);
    expect(crowd.filter((p) => p.affected && p.row === 6).map((p) => p.col)).toEqual([0, 1]);
    expect(crowd.filter((p) => p.affected && p.row === 5)).toHaveLength(10);
  });

  it('keep counts outside 0 to 100 inside the panel', () => {
    expect(people(-4).filter((p) => p.affected)).toHaveLength(0);
    expect(people(140).filter((p) => p.affected)).toHaveLength(100);
  });
});

describe('the icon array, step by step', () => {
  it('shows only empty frames before the first click', () => {
    expect(sequenceState(0, 3)).toEqual({ step: 0, current: null, done: [], upcoming: [0, 1, 2] });
  });

  it('adds one panel per click and keeps the earlier ones, so they can be compared', () => {
    expect([1, 2, 3].map((step) => sequenceState(step, 3))).toEqual([
      { step: 1, current: 0, done: [], upcoming: [1, 2] },
      { step: 2, current: 1, done: [0], upcoming: [2] },
      { step: 3, current: 2, done: [0, 1], upcoming: [] },
    ]);
  });

  it('changes what is drawn at every step', () => {
    for (const count of [1, 2, 3]) {
      for (let step = 1; step <= count; step++) {
        expect(sequenceState(step, count)).not.toEqual(sequenceState(step - 1, count));
      }
    }
  });

  it('holds steps outside the figure at its ends', () => {
    expect(sequenceState(-2, 2)).toEqual(sequenceState(0, 2));
    expect(sequenceState(9, 2)).toEqual(sequenceState(2, 2));
  });
});

describe('the icon-array layout', () => {
  it('puts the legend beside the grid for one or two panels and under it for three', () => {
    expect(iconArrayLayout(1).legend).toBe('right');
    expect(iconArrayLayout(2).legend).toBe('right');
    expect(iconArrayLayout(3).legend).toBe('below');
  });

  it('keeps every panel, its grid and its legend inside the 1150-unit drawing, without overlap', () => {
    for (const count of [1, 2, 3]) {
      const layout = iconArrayLayout(count);
      const grid = layout.pitch * COLUMNS;
      layout.panels.forEach((panel, i) => {
        expect(panel.x).toBeGreaterThanOrEqual(0);
        expect(panel.x + panel.width).toBeLessThanOrEqual(layout.width + 0.001);
        expect(panel.contentX + grid).toBeLessThanOrEqual(panel.x + panel.width);
        if (i > 0) expect(panel.x).toBeGreaterThan(layout.panels[i - 1]!.x + layout.panels[i - 1]!.width);
      });
      expect(layout.gridY + grid).toBeLessThanOrEqual(layout.height);
      expect(Math.max(...layout.legendY)).toBeLessThanOrEqual(layout.height);
      if (layout.legend === 'below') expect(Math.min(...layout.legendY)).toBeGreaterThan(layout.gridY + grid + 28);
      else expect(layout.legendX).toBeGreaterThan(grid);
    }
  });

  it('draws people large enough to tell apart on a projected slide', () => {
    for (const count of [1, 2, 3]) expect(iconArrayLayout(count).pitch).toBeGreaterThanOrEqual(22);
  });
});

describe('the icon-array narrow layout', () => {
  it('stacks the panels one under another, in order, each inside the narrow drawing and clear of the next', () => {
    for (const count of [1, 2, 3]) {
      const layout = narrowIconArrayLayout(count);
      const grid = layout.pitch * COLUMNS;
      // A panel's foot: under its second legend line's letters.
      const foot = layout.legendY[1] + layout.type.legendCount * 0.3;
      expect(layout.width).toBe(NARROW_WIDTH);
      expect(layout.panels).toHaveLength(count);
      layout.panels.forEach((panel, i) => {
        expect(panel.x).toBe(0);
        expect(panel.contentX + grid).toBeLessThanOrEqual(layout.width);
        expect(panel.y + foot).toBeLessThanOrEqual(layout.height);
        if (i > 0) expect(panel.y + layout.bar.y, `panel ${i}`).toBeGreaterThan(layout.panels[i - 1]!.y + foot + 20);
      });
    }
  });

  it('puts each panel\'s name above its grid and its legend under it', () => {
    const layout = narrowIconArrayLayout(3);
    const grid = layout.pitch * COLUMNS;
    expect(layout.legend).toBe('below');
    expect(layout.labelY).toBeLessThan(layout.gridY);
    expect(layout.bar.y).toBeGreaterThanOrEqual(0);
    expect(layout.legendY[0] - layout.type.legendCount).toBeGreaterThan(layout.gridY + grid);
    expect(layout.legendY[1] - layout.type.legendCount).toBeGreaterThan(layout.legendY[0]);
  });

  it('draws people large enough to count on a 320 px phone: one every 16 px or more', () => {
    for (const count of [1, 2, 3]) expect((narrowIconArrayLayout(count).pitch * NARROW_LEAST_SHOWN) / NARROW_WIDTH).toBeGreaterThanOrEqual(16);
  });
});

describe('the icon arrays in the talk', () => {
  const arrays = library.talk.slides.flatMap((slide) =>
    slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'icon-array' ? [{ id: slide.id, figure: block.figure as IconArrayFigure }] : [])),
  );

  it('include the benefits and the risks, so both are shown with the same care', () => {
    expect(arrays.map((a) => a.id)).toEqual(expect.arrayContaining(['benefits', 'risks-3']));
  });

  it('fit their words across the narrow drawing: each panel\'s name, and each legend line', () => {
    for (const { id, figure } of arrays) {
      const layout = narrowIconArrayLayout(figure.panels.length);
      const room = layout.width - layout.panels[0]!.contentX;
      for (const panel of figure.panels) {
        expect(textWidth(panel.label, layout.type.label, true), `${id}: ${panel.label}`).toBeLessThanOrEqual(room);
        for (const [count, words] of [[panel.affected, panel.affectedLabel], [100 - panel.affected, panel.othersLabel]] as const) {
          const line = layout.legendX + layout.key + 10 + textWidth(String(count), layout.type.legendCount, true) + textWidth(` ${words}`, layout.type.legend);
          expect(line, `${id}: ${count} ${words}`).toBeLessThanOrEqual(room);
        }
      }
    }
  });

  it('say in words the same number the picture shows, and the rest of the 100', () => {
    for (const { figure } of arrays) {
      for (const panel of figure.panels) {
        expect(panel.sentence).toContain(`${panel.affected} in 100`);
        expect(panel.sentence).toContain(`${100 - panel.affected} did`);
      }
    }
  });
});
