/**
 * The type sizes of the words drawn in figures, in viewBox units (figures are drawn at about
 * 1:1 on the slide, so these are about slide pixels; 28 is the deck's floor, --type-min in
 * theme.css). This is the one place they are set: the drawing code lays its words out with
 * them and writes them on each text as its font-size (see `label` in svg.ts), and the theme
 * (figures.css) gives figure words their weight and colour but never a size, which would
 * override these (tests/unit/design-values.test.ts checks it).
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

/**
 * The narrow layouts (for a phone, drawn at the width of the screen) are NARROW_WIDTH units
 * wide, and shown from NARROW_LEAST_SHOWN CSS px wide (a 320 px phone less its padding). So a
 * unit renders at 0.8 px at the least, and every size below at 14.4 px or more: the least for
 * words in a figure is NARROW_FLOOR_PX (the design guide, "Seeing").
 */
export const NARROW_WIDTH = 360;
export const NARROW_LEAST_SHOWN = 288;
export const NARROW_FLOOR_PX = 14;

/** The words of the narrow layouts, in their viewBox units: FIGURE_TYPE's roles, smaller. */
export const FIGURE_TYPE_NARROW = {
  /** Step names (procedure, myelin), an icon array's panel names and its "100 people" waiting. */
  label: 22,
  badge: 20,
  tick: 18,
  when: 20,
  name: 22,
  nameNow: 24,
  /** An icon array's legend, under the grid. */
  legend: 20,
  legendCount: 22,
} as const;
