/**
 * The type sizes of the words drawn in figures, in viewBox units (figures are drawn at about
 * 1:1 on the slide, so these are about slide pixels; 28 is the deck's floor, --type-min in
 * theme.css). This is the one place they are set: the drawing code lays its words out with
 * them and writes them on each text as its font-size (see `label` in svg.ts), and the theme
 * (figures.css) gives figure words their weight and colour but never a size, which would
 * override these (tests/unit/figure-type.test.ts checks it).
 */
export const FIGURE_TYPE = {
  /** The procedure's and myelin figure's step names, an icon array's panel names and its "100 people" waiting. */
  label: 30,
  /** The number in a procedure step's badge. */
  badge: 28,
  /** A timeline's marks under the axis ("1 month"). */
  tick: 28,
  /** When a timeline's event happens. */
  when: 28,
  /** A timeline event's name, and the name of the event just reached, larger. */
  name: 30,
  nameNow: 32,
  /** A comparison's options, the warning beside one, its questions (row labels) and answers (cells). */
  option: 30,
  warning: 28,
  question: 28,
  answer: 28,
  /** What a comparison's rating dots mean. */
  ratingLegend: 28,
  /** An icon array's legend beside the grid: its words and its count. */
  legend: 30,
  legendCount: 34,
  /** The legend under the grid, where three panels leave no room beside it. */
  legendBelow: 28,
  legendBelowCount: 32,
} as const;
