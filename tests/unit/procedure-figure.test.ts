import { describe, expect, it } from 'vitest';
import { procedureState } from '../../src/figures/procedure.ts';

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
