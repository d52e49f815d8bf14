import type { Figure, FigureStep, Inline, SourceKey } from '../content/model.ts';

/**
 * A kind of figure as content: what the build and the content checks know of it. Plain data
 * in and out, no D3 and no DOM, so Node can import it. Each kind has one, beside its drawing
 * (a FigureModule of the same Spec), and both are registered under the kind's name:
 * src/content/figure-content.ts and figure-drawing.ts.
 */
export interface FigureKind<F extends Figure, Spec> {
  /** The words of each click, in order: the text alternative says them step by step. */
  steps: (figure: F) => FigureStep[];
  /** Every piece of inline text but the summary, in reading order; without it, the steps' names and sentences. */
  texts?: (figure: F) => Inline[];
  /** What the drawing gets: labels and numbers only. The sentences stay in the page. */
  spec: (figure: F, cite: Cite) => Spec;
  /** Its content problems (the summary, which every figure has, is checked for it). */
  problems: (figure: F, check: FigureChecks) => void;
  /**
   * Its text alternative, for a kind whose words are a data table rather than a list of its
   * steps: the table, marked data-figure-text="table", with one row a step in `tbody.figure-steps`.
   */
  table?: (figure: F, words: FigureWords) => string;
}

/** Writes a citation as the slide shows it: "[17]". */
export type Cite = (keys: SourceKey[]) => string;

/** Content checks for a figure's fields, named from the figure down: "events[2].day". */
export interface FigureChecks {
  /** A problem with a field, said as the rest of a sentence. */
  problem: (field: string, message: string) => void;
  /** Inline text: not empty, well formed, known terms and sources, no hype. */
  text: (field: string, value: Inline | undefined) => void;
  /** A label drawn in the picture: text as above, and at most `max` letters. */
  label: (field: string, value: string, max: number) => void;
}

/** What a text alternative is written with. */
export interface FigureWords {
  /** The figure's id in the page. */
  id: string;
  /** Inline text as the slide's HTML: glossary terms, citations and emphasis. */
  inline: (value: Inline) => string;
}

/** Most labels drawn in a figure: a word or two. */
export const MAX_LABEL = 14;

/** Each step's name is drawn in the picture; its sentence is said in words. */
export function stepWordProblems(steps: FigureStep[], check: FigureChecks): void {
  steps.forEach((step, i) => {
    check.label(`steps[${i}].name`, step.name, MAX_LABEL);
    check.text(`steps[${i}].sentence`, step.sentence);
  });
}

export interface StagedSpec<Stage extends string> {
  steps: { stage: Stage; name: string }[];
}

/** A figure told in the model's fixed stages, one a click, in that order. */
export function stagedKind<Stage extends string, F extends Figure & { steps: (FigureStep & { stage: Stage })[] }>(
  stages: readonly Stage[],
): FigureKind<F, StagedSpec<Stage>> {
  return {
    steps: (figure) => figure.steps,
    spec: (figure) => ({ steps: figure.steps.map(({ stage, name }) => ({ stage, name })) }),
    problems: (figure, check) => {
      const got = figure.steps.map((step) => step.stage);
      if (got.join(', ') !== stages.join(', ')) {
        check.problem('steps', `the stages must be ${stages.join(', ')} in that order (got ${got.join(', ')}).`);
      }
      stepWordProblems(figure.steps, check);
    },
  };
}
