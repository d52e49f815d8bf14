/** Boxes in a figure's viewBox units, to check a layout keeps its parts inside and apart. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height };
}

/** Whether two boxes come closer than `gap` to each other (or overlap). */
export function near(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** Whether a box lies within a drawing of `width` by `height`. */
export function within(a: Box, width: number, height: number): boolean {
  return a.left >= 0 && a.top >= 0 && a.right <= width && a.bottom <= height;
}

/** Whether a point lies closer than `gap` to a box (or in it). */
export function pointNear(x: number, y: number, b: Box, gap = 0): boolean {
  return x > b.left - gap && x < b.right + gap && y > b.top - gap && y < b.bottom + gap;
}

/** Pairs of `names` whose boxes come closer than `gap`, as "a and b". */
export function clashes(boxes: Record<string, Box>, gap = 0): string[] {
  const names = Object.keys(boxes);
  return names.flatMap((a, i) => names.slice(i + 1).filter((b) => near(boxes[a]!, boxes[b]!, gap)).map((b) => `${a} and ${b}`));
}
