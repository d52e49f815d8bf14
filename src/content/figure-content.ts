import type { Figure, FigureStep, FigureType, Inline } from './model.ts';
import type { Cite, FigureChecks, FigureKind, FigureWords } from '../figures/figure-kind.ts';
import { comparisonKind } from '../figures/comparison-content.ts';
import { iconArrayKind } from '../figures/icon-array-content.ts';
import { myelinKind } from '../figures/myelin-content.ts';
import { procedureKind } from '../figures/procedure-content.ts';
import { timelineKind } from '../figures/timeline-content.ts';

/**
 * Every kind of figure, as content (see figure-kind.ts). The browser's drawings are a second
 * table keyed the same way, in src/figures/figure-drawing.ts.
 */
export const FIGURE_KINDS = {
  procedure: procedureKind,
  myelin: myelinKind,
  comparison: comparisonKind,
  'icon-array': iconArrayKind,
  timeline: timelineKind,
} satisfies { [K in FigureType]: FigureKind<FigureOf<K>, unknown> };

export type FigureOf<K extends FigureType> = Extract<Figure, { type: K }>;
/** What a kind's drawing gets from its content. */
export type SpecOf<K extends FigureType> = ReturnType<(typeof FIGURE_KINDS)[K]['spec']>;

type Kinds = { [K in FigureType]: FigureKind<FigureOf<K>, SpecOf<K>> };
const kinds: Kinds = FIGURE_KINDS;

// Generic, so that TypeScript pairs each figure with its own kind's descriptor.
function kindOf<K extends FigureType>(figure: FigureOf<K>): Kinds[K] {
  return kinds[figure.type];
}

export function isFigureType(type: string): type is FigureType {
  return Object.hasOwn(FIGURE_KINDS, type);
}

/** The words of each click of a figure: what its text alternative lists. */
export function figureSteps<K extends FigureType>(figure: FigureOf<K>): FigureStep[] {
  return kindOf(figure).steps(figure);
}

/** Every piece of inline text in a figure. */
export function figureTexts<K extends FigureType>(figure: FigureOf<K>): Inline[] {
  const kind = kindOf(figure);
  return [figure.summary, ...(kind.texts ? kind.texts(figure) : kind.steps(figure).flatMap((step) => [step.name, step.sentence]))];
}

/**
 * What the drawing code needs, as plain text: labels and numbers only. The sentences stay in
 * the page as the figure's text alternative. `cite` writes a citation as the slide shows it.
 */
export function drawingSpec<K extends FigureType>(figure: FigureOf<K>, cite: Cite = () => ''): SpecOf<K> {
  return kindOf(figure).spec(figure, cite);
}

/** The figure's own content problems, beyond its summary. */
export function figureKindProblems<K extends FigureType>(figure: FigureOf<K>, check: FigureChecks): void {
  kindOf(figure).problems(figure, check);
}

/** The figure's data table, for a kind whose text alternative is one; else undefined. */
export function figureTable<K extends FigureType>(figure: FigureOf<K>, words: FigureWords): string | undefined {
  return kindOf(figure).table?.(figure, words);
}
