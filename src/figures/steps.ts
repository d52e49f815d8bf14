/**
 * Step logic shared by the figures: pure functions from a step number (0 before the first
 * click) to what is drawn, testable without a browser.
 */

/** The steps from `first` to `last`, inclusive. */
export function stepRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The steps, from 0 to `count`, whose state passes `test`: where a mark is shown. */
export function stepsWhere<State>(count: number, stateAt: (step: number) => State, test: (state: State) => boolean): number[] {
  return stepRange(0, count).filter((step) => test(stateAt(step)));
}

/** A figure that shows its parts (events, panels, rows) one per click, in order. */
export interface SequenceState {
  /** The step, held between 0 and the number of parts. */
  step: number;
  /** The part just reached (its index); null before the first click. */
  current: number | null;
  /** Parts reached before the current one. */
  done: number[];
  /** Parts still to come. */
  upcoming: number[];
}

/** Step number to which parts are current, done and still to come. */
export function sequenceState(step: number, count: number): SequenceState {
  const at = Math.max(0, Math.min(Math.round(step), count));
  const parts = stepRange(0, count - 1);
  return {
    step: at,
    current: at === 0 ? null : at - 1,
    done: parts.filter((i) => i < at - 1),
    upcoming: parts.filter((i) => i >= at),
  };
}

/** `stepsWhere` for a figure of `count` parts shown one per click. */
export function sequenceStepsWhere(count: number, test: (state: SequenceState) => boolean): number[] {
  return stepsWhere(count, (step) => sequenceState(step, count), test);
}
