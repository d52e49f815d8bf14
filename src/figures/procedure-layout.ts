import type { ProcedureStage } from '../content/model.ts';
import type { ProcedureSpec } from './procedure-content.ts';
import { FIGURE_TYPE, FIGURE_TYPE_NARROW, NARROW_WIDTH } from './figure-type.ts';
import { textWidth } from './text.ts';

/** Where the patient's own stem cells are. */
export type CellPlace = 'marrow' | 'blood' | 'machine' | 'freezer' | 'drip' | 'settled';
export type Flow = 'mobilise' | 'collect' | 'freeze' | 'return' | 'infuse' | 'settle';

export type Point = [number, number];
/** x, y, width, height. */
export type Box = [number, number, number, number];
/** A part of a station's picture, with its class: a circle (cx, cy, r), a rounded rect (x, y, width, height, rx) or a path. */
export type Shape = ['circle', number, number, number, string] | ['rect', number, number, number, number, number, string] | ['path', string, string];

/** A step's number in a disc, its name beside it and, once done, a tick on the disc's shoulder; from the label's origin. */
export interface BadgeStyle {
  cx: number;
  cy: number;
  r: number;
  nameX: number;
  numberSize: number;
  nameSize: number;
  tick: { cx: number; cy: number; r: number; d: string };
}

/** Where everything of the procedure goes, in viewBox units. */
export interface ProcedureLayout {
  width: number;
  height: number;
  /** The person (with the marrow), the apheresis machine, the freezer and the drip stand. */
  stations: Shape[];
  routes: Record<Flow, string>;
  /** Where each stage's highlight ring goes. */
  rings: Record<ProcedureStage, Box>;
  ringRadius: number;
  /** Where each step's number and name are written: the label's origin, on the name's baseline. */
  labels: Record<ProcedureStage, Point>;
  badge: BadgeStyle;
  /** Where the cells are drawn in each place, and the bag that hangs on the drip stand. */
  cells: {
    marrow: Point[];
    blood: Point[];
    machine: Point[];
    freezer: Point[];
    /** In the bag on the drip, and those already back in the blood. */
    drip: Point[];
    immune: Point[];
    settled: Point[];
    newBlood: Point[];
  };
  bag: Box;
}

/** The slide's layout, drawn at about 1:1: the person at the left, the machine and freezer along the top. */
export const WIDE_PROCEDURE: ProcedureLayout = {
  width: 1150,
  height: 420,
  stations: [
    // A person: head, body, and the hip bone whose marrow makes blood stem cells.
    ['circle', 140, 54, 36, 'station'],
    ['rect', 84, 98, 112, 222, 44, 'station'],
    ['rect', 104, 240, 72, 36, 16, 'bone'],
    // The apheresis machine: a cabinet with a spinning bowl.
    ['rect', 418, 44, 194, 138, 18, 'station'],
    ['circle', 480, 113, 38, 'station-part'],
    ['path', 'M 480 80 L 480 146 M 447 113 L 513 113', 'station-line'],
    ['rect', 540, 72, 52, 34, 4, 'station-part'],
    // The freezer, with a bag of cells inside and a snowflake.
    ['rect', 806, 38, 198, 164, 18, 'station'],
    ['rect', 866, 70, 78, 104, 16, 'station-part'],
    ['path', 'M 975 52 L 975 88 M 960 61 L 990 79 M 960 79 L 990 61', 'station-line'],
    // The drip stand, beside the person.
    ['path', 'M 700 244 L 700 404 M 666 404 L 734 404 M 678 244 L 722 244', 'station-line'],
  ],
  routes: {
    mobilise: 'M 140 262 C 140 230 150 200 150 170',
    collect: 'M 196 160 C 270 150 330 118 418 112',
    freeze: 'M 612 112 C 680 112 740 112 806 118',
    return: 'M 1006 150 C 1080 150 1080 292 746 292',
    infuse: 'M 660 318 C 520 336 320 306 200 252',
    settle: 'M 150 170 C 150 200 140 230 140 258',
  },
  rings: {
    tests: [70, 8, 140, 322],
    mobilise: [96, 226, 88, 64],
    collect: [402, 28, 226, 170],
    freeze: [790, 22, 230, 196],
    condition: [640, 228, 120, 140],
    infuse: [640, 228, 120, 140],
    engraft: [96, 226, 88, 64],
  },
  ringRadius: 22,
  labels: {
    tests: [232, 44],
    mobilise: [20, 350],
    collect: [424, 236],
    freeze: [812, 252],
    condition: [780, 352],
    infuse: [780, 402],
    engraft: [20, 400],
  },
  badge: { cx: 20, cy: -10, r: 21, nameX: 52, numberSize: FIGURE_TYPE.badge, nameSize: FIGURE_TYPE.label, tick: { cx: 38, cy: -28, r: 13, d: 'M 31 -28 l 5 6 l 9 -12' } },
  cells: {
    marrow: [[118, 258], [140, 252], [162, 258]],
    blood: [[128, 150], [152, 176], [132, 204]],
    machine: [[456, 100], [480, 126], [504, 100]],
    freezer: [[888, 100], [912, 124], [888, 148]],
    drip: [[688, 276], [712, 300], [132, 150], [152, 196]],
    immune: [[110, 140], [168, 150], [120, 196], [166, 214], [140, 122]],
    settled: [[116, 258], [140, 264], [164, 258], [128, 240], [152, 240]],
    newBlood: [[112, 146], [168, 160], [124, 200], [160, 206], [140, 128], [142, 176]],
  },
  bag: [666, 250, 68, 84],
};

/** The narrow layout and, for checking it, the box each step's badge and name take. */
export interface NarrowProcedureLayout extends ProcedureLayout {
  labelBoxes: Record<ProcedureStage, Box>;
}

const NARROW_LABEL_X = 160;
/** Each step's baseline, top to bottom, beside the part of the picture it is about. */
const NARROW_BASELINES: Record<ProcedureStage, number> = {
  tests: 48,
  mobilise: 121,
  collect: 204,
  freeze: 328,
  condition: 446,
  infuse: 500,
  engraft: 571,
};

/**
 * The narrow layout, for a phone: the steps listed top to bottom down the middle, and the
 * cells' journey as a loop around them. The person stands tall at the left, with marrow in
 * the breastbone at the top (where the cells leave) and in the hip at the bottom (where
 * they settle); the machine and the freezer stand at the right, the drip beside the person.
 */
export function narrowProcedureLayout(spec: ProcedureSpec): NarrowProcedureLayout {
  const type = FIGURE_TYPE_NARROW;
  const badge: BadgeStyle = { cx: 16, cy: -7, r: 16, nameX: 42, numberSize: type.badge, nameSize: type.label, tick: { cx: 30, cy: -21, r: 10, d: 'M 25 -21 l 3.5 4 l 6 -8' } };
  const labels = Object.fromEntries(Object.entries(NARROW_BASELINES).map(([stage, y]) => [stage, [NARROW_LABEL_X, y]])) as Record<ProcedureStage, Point>;
  const labelBoxes = Object.fromEntries(
    spec.steps.map(({ stage, name }) => {
      const [x, y] = labels[stage];
      const right = x + badge.nameX + textWidth(name, badge.nameSize, true);
      const top = Math.min(y + badge.tick.cy - badge.tick.r, y - badge.nameSize * 0.8);
      return [stage, [x + badge.cx - badge.r, top, right - (x + badge.cx - badge.r), y + badge.nameSize * 0.25 - top]];
    }),
  ) as Record<ProcedureStage, Box>;
  return {
    width: NARROW_WIDTH,
    height: 612,
    stations: [
      // The person, tall, with marrow in the breastbone and the hip.
      ['circle', 52, 40, 28, 'station'],
      ['rect', 8, 76, 88, 524, 24, 'station'],
      ['rect', 26, 98, 52, 30, 13, 'bone'],
      ['rect', 26, 548, 52, 30, 13, 'bone'],
      // The apheresis machine: a cabinet with a spinning bowl.
      ['rect', 294, 140, 56, 82, 14, 'station'],
      ['circle', 322, 181, 21, 'station-part'],
      ['path', 'M 322 163 L 322 199 M 304 181 L 340 181', 'station-line'],
      // The freezer, with a bag of cells inside and a snowflake.
      ['rect', 294, 270, 56, 100, 14, 'station'],
      ['rect', 302, 302, 32, 58, 10, 'station-part'],
      ['path', 'M 341 278 L 341 294 M 334 282 L 348 290 M 334 290 L 348 282', 'station-line'],
      // The drip stand, beside the person.
      ['path', 'M 128 410 L 128 534 M 110 534 L 146 534 M 116 410 L 140 410', 'station-line'],
    ],
    routes: {
      mobilise: 'M 52 130 C 52 146 58 156 60 172',
      collect: 'M 96 176 C 160 146 224 146 292 160',
      freeze: 'M 322 226 C 322 240 322 252 322 266',
      return: 'M 306 374 C 306 404 176 380 134 402',
      infuse: 'M 118 472 C 114 506 108 520 98 522',
      settle: 'M 70 480 C 62 506 54 528 52 550',
    },
    rings: {
      tests: [4, 6, 96, 600],
      mobilise: [20, 92, 64, 42],
      collect: [288, 134, 68, 94],
      freeze: [288, 264, 68, 112],
      condition: [105, 400, 46, 142],
      infuse: [105, 400, 46, 142],
      engraft: [18, 536, 68, 50],
    },
    ringRadius: 14,
    labels,
    badge,
    cells: {
      marrow: [[35, 116], [52, 111], [69, 116]],
      blood: [[36, 156], [62, 172], [40, 192]],
      machine: [[312, 176], [322, 189], [332, 176]],
      freezer: [[312, 316], [326, 331], [312, 346]],
      drip: [[122, 436], [134, 454], [44, 506], [66, 488]],
      immune: [[28, 170], [74, 150], [34, 250], [70, 330], [40, 420]],
      settled: [[34, 565], [52, 571], [70, 565], [43, 551], [61, 551]],
      newBlood: [[30, 160], [72, 190], [38, 260], [68, 320], [34, 400], [66, 460]],
    },
    bag: [111, 418, 34, 52],
    labelBoxes,
  };
}
