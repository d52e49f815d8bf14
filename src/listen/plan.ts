/**
 * The order in which a slide is read aloud, and what its figure shows meanwhile. Pure: it
 * works from counts of sentences, so it can be tested without a page.
 *
 * A slide without a figure is its narration, sentence by sentence. On a slide with a figure
 * that steps, the narration's first paragraph introduces the picture (the figure shows none of
 * its steps yet); then each step's own words are read while the figure shows that step, as a
 * presenter clicks through it; then the rest of the narration, with the figure complete. So
 * the listener always sees the step being described, and hears every step the slide shows.
 */

export type PlanEntry =
  /** A sentence of the narration: paragraph and sentence numbers, and the figure's step meanwhile. */
  | { kind: 'narration'; paragraph: number; sentence: number; step: number | null }
  /** A sentence of a figure's step (its words, one item of the figure's list), read while it shows. */
  | { kind: 'step'; step: number; sentence: number };

/**
 * `narration`: how many sentences each paragraph has. `steps`: how many sentences each of the
 * figure's steps has (none for a slide without a figure). Steps are numbered from 0; a step of
 * -1 shows none of them, and `null` leaves a slide without a figure as it is.
 */
export function listeningPlan(narration: readonly number[], steps: readonly number[] = []): PlanEntry[] {
  const said = (paragraph: number, step: number | null): PlanEntry[] =>
    Array.from({ length: narration[paragraph] ?? 0 }, (_, sentence) => ({ kind: 'narration', paragraph, sentence, step }) as const);
  if (steps.length === 0) return narration.flatMap((_, paragraph) => said(paragraph, null));
  const last = steps.length - 1;
  return [
    ...said(0, -1),
    ...steps.flatMap((count, step) => Array.from({ length: count }, (_, sentence) => ({ kind: 'step', step, sentence }) as const)),
    ...narration.slice(1).flatMap((_, i) => said(i + 1, last)),
  ];
}
