import { describe, expect, it } from 'vitest';
import { myelinState } from '../../src/figures/myelin.ts';

const states = [0, 1, 2, 3].map(myelinState);

describe('the myelin figure, step by step', () => {
  it('starts with a whole, quiet fibre', () => {
    expect(states[0]).toEqual({ step: 0, current: null, damaged: false, signal: 'none', named: [] });
  });

  it('sends a fast message, then damages the myelin and slows it, then blocks it', () => {
    expect(states.map((s) => s.signal)).toEqual(['none', 'fast', 'slowed', 'blocked']);
    expect(states.map((s) => s.damaged)).toEqual([false, false, true, true]);
    expect(states.map((s) => s.current)).toEqual([null, 'healthy', 'damaged', 'blocked']);
  });

  it('keeps earlier stages named as it goes', () => {
    expect(states[3]!.named).toEqual(['healthy', 'damaged', 'blocked']);
    expect(states[2]!.named).toEqual(['healthy', 'damaged']);
  });

  it('holds steps outside the figure at its ends', () => {
    expect(myelinState(-1)).toEqual(states[0]);
    expect(myelinState(10)).toEqual(states[3]);
  });
});
