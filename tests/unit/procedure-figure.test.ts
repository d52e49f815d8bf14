import { describe, expect, it } from 'vitest';
import { procedureState } from '../../src/figures/procedure.ts';
import { narrowProcedureLayout, WIDE_PROCEDURE, type Box as LayoutBox, type Point, type ProcedureLayout, type Shape } from '../../src/figures/procedure-layout.ts';
import type { ProcedureSpec } from '../../src/figures/procedure-content.ts';
import { drawingSpec } from '../../src/content/figure-content.ts';
import { PROCEDURE_STAGES } from '../../src/content/model.ts';
import { NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { routePoints } from '../../src/figures/route-path.ts';
import { library } from '../../slides/index.ts';
import { box, clashes, near, pointNear, within, type Box } from '../support/boxes.ts';

const states = Array.from({ length: 8 }, (_, step) => procedureState(step));

describe('the procedure figure, step by step', () => {
  it('starts with nothing explained: the cells in the marrow, the faulty immune cells present', () => {
    expect(states[0]).toMatchObject({ current: null, done: [], stemCells: 'marrow', faultyImmuneCells: true, flows: [] });
  });

  it('explains one stage per click, in the order aHSCT really runs, keeping earlier ones as done', () => {
    expect(states.slice(1).map((s) => s.current)).toEqual(['tests', 'mobilise', 'collect', 'freeze', 'condition', 'infuse', 'engraft']);
    for (const [step, state] of states.entries()) expect(state.done).toHaveLength(Math.max(0, step - 1));
  });

  it('moves the stem cells from marrow to blood, machine, freezer, back through the drip, and home to the marrow', () => {
    expect(states.map((s) => s.stemCells)).toEqual(['marrow', 'marrow', 'blood', 'machine', 'freezer', 'freezer', 'drip', 'settled']);
  });

  it('keeps the cells frozen while conditioning chemotherapy clears the faulty immune cells', () => {
    expect(states.map((s) => s.chemo)).toEqual([false, false, false, false, false, true, false, false]);
    expect(states.map((s) => s.faultyImmuneCells)).toEqual([true, true, true, true, true, false, false, false]);
    expect(states[5]!.stemCells).toBe('freezer');
  });

  it('shows new blood cells only once the returned cells have settled', () => {
    expect(states.map((s) => s.newBloodCells)).toEqual([false, false, false, false, false, false, false, true]);
  });

  it('changes what is drawn at every step, and draws the routes cumulatively', () => {
    for (let step = 1; step < states.length; step++) {
      expect(JSON.stringify(states[step]), `step ${step}`).not.toBe(JSON.stringify(states[step - 1]));
      for (const flow of states[step - 1]!.flows) expect(states[step]!.flows).toContain(flow);
    }
    expect(states[7]!.flows.sort()).toEqual(['collect', 'freeze', 'infuse', 'return']);
  });

  it('moves something into every step after the tests', () => {
    for (let step = 2; step < states.length; step++) expect(states[step]!.motion.length, `step ${step}`).toBeGreaterThan(0);
  });

  it('holds steps outside the figure at its ends', () => {
    expect(procedureState(-3)).toEqual(states[0]);
    expect(procedureState(99)).toEqual(states[7]);
  });
});

const figure = library.talk.slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'procedure' ? [block.figure] : [])))[0]!;
const spec = drawingSpec(figure, (keys) => `[${keys.join(', ')}]`) as ProcedureSpec;
const narrow = narrowProcedureLayout(spec);

const asBox = ([x, y, width, height]: LayoutBox): Box => box(x, y, width, height);

/** The box a part of a station's picture takes. */
function shapeBox(shape: Shape): Box {
  if (shape[0] === 'circle') return box(shape[1] - shape[3], shape[2] - shape[3], 2 * shape[3], 2 * shape[3]);
  if (shape[0] === 'rect') return box(shape[1], shape[2], shape[3], shape[4]);
  const n = shape[1].match(/-?[\d.]+/g)!.map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return box(Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe('the procedure, laid out narrow', () => {
  const words = Object.fromEntries(Object.entries(narrow.labelBoxes).map(([stage, b]) => [stage, asBox(b)]));
  const rings = Object.entries(narrow.rings).map(([stage, b]) => [stage, asBox(b)] as const);

  it('lists the seven steps top to bottom, in the order they happen', () => {
    PROCEDURE_STAGES.forEach((stage, i) => {
      if (i > 0) expect(words[stage]!.top, `${stage} under ${PROCEDURE_STAGES[i - 1]}`).toBeGreaterThan(words[PROCEDURE_STAGES[i - 1]!]!.bottom);
    });
  });

  it('keeps every word, picture, ring and cell inside the narrow drawing', () => {
    expect(narrow.width).toBe(NARROW_WIDTH);
    const inside = (b: Box): boolean => within(b, narrow.width, narrow.height);
    for (const [stage, b] of Object.entries(words)) expect(inside(b), stage).toBe(true);
    for (const shape of narrow.stations) expect(inside(shapeBox(shape)), shape.join(' ')).toBe(true);
    // A ring's line is 6 wide, half of it outside its box.
    for (const [stage, b] of rings) expect(inside(box(b.left - 3, b.top - 3, b.right - b.left + 6, b.bottom - b.top + 6)), stage).toBe(true);
    for (const [place, points] of Object.entries(narrow.cells)) for (const [x, y] of points) expect(inside(box(x - 9, y - 9, 18, 18)), place).toBe(true);
  });

  it('keeps the words apart, and clear of the pictures and the rings', () => {
    expect(clashes(words, 6)).toEqual([]);
    for (const [stage, b] of Object.entries(words)) {
      for (const shape of narrow.stations) expect(near(shapeBox(shape), b, 6), `${stage} and ${shape.join(' ')}`).toBe(false);
      for (const [ring, r] of rings) expect(near(r, b, 3 + 4), `${stage} and the ring of ${ring}`).toBe(false);
    }
  });

  it('keeps the cells\' routes clear of the words', () => {
    for (const [flow, d] of Object.entries(narrow.routes)) {
      for (const [stage, b] of Object.entries(words)) {
        // A route's line is up to 6 wide.
        expect(routePoints(d).some((p) => pointNear(p.x, p.y, b, 3 + 4)), `${flow} and ${stage}`).toBe(false);
      }
    }
  });
});

describe.each([
  ['wide', WIDE_PROCEDURE],
  ['narrow', narrow],
] as [string, ProcedureLayout][])('the procedure, %s', (_, layout) => {
  const ring = (stage: keyof ProcedureLayout['rings']): Box => asBox(layout.rings[stage]);
  const inRing = ([x, y]: Point, stage: keyof ProcedureLayout['rings'], gap = 0): boolean => pointNear(x, y, ring(stage), gap);
  const ends = (d: string): [Point, Point] => {
    const points = routePoints(d);
    return [[points[0]!.x, points[0]!.y], [points.at(-1)!.x, points.at(-1)!.y]];
  };

  it('sends the cells along routes between the places the steps are about', () => {
    const legs: [keyof typeof layout.routes, keyof ProcedureLayout['rings'], keyof ProcedureLayout['rings']][] = [
      ['mobilise', 'mobilise', 'tests'],
      ['collect', 'tests', 'collect'],
      ['freeze', 'collect', 'freeze'],
      ['return', 'freeze', 'infuse'],
      ['infuse', 'infuse', 'tests'],
      ['settle', 'tests', 'engraft'],
    ];
    for (const [flow, from, to] of legs) {
      const [start, end] = ends(layout.routes[flow]);
      expect(inRing(start, from, 12), `${flow} starts at ${from}`).toBe(true);
      expect(inRing(end, to, 12), `${flow} ends at ${to}`).toBe(true);
    }
  });

  it('draws the cells inside the place they are in', () => {
    const { cells } = layout;
    for (const point of cells.marrow) expect(inRing(point, 'mobilise')).toBe(true);
    for (const point of cells.machine) expect(inRing(point, 'collect')).toBe(true);
    for (const point of cells.freezer) expect(inRing(point, 'freeze')).toBe(true);
    for (const point of cells.settled) expect(inRing(point, 'engraft')).toBe(true);
    for (const point of [...cells.blood, ...cells.immune, ...cells.newBlood]) expect(inRing(point, 'tests')).toBe(true);
    const [x, y, w, h] = layout.bag;
    expect(inRing([x, y], 'infuse') && inRing([x + w, y + h], 'infuse')).toBe(true);
  });
});
