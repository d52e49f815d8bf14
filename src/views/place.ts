/** Where a reader is in the talk: a slide, and the last step shown on it (-1: before its first). */
export interface Place {
  slide: string;
  step: number;
}

/**
 * How panels read and change the reader's place, whichever view shows the talk: the slides
 * (reveal.js) or a page that scrolls.
 */
export interface Navigator {
  place(): Place;
  /**
   * Moves to a place. A place at step -1 leaves a figure's step as it was, as a link to a
   * slide does, unless `exactStep` (the room's live place) asks for that step exactly.
   */
  go(place: Place, options?: { exactStep?: boolean }): void;
  /** Calls back after every move: a new slide or a step shown or hidden. */
  onMove(listener: () => void): void;
}

/** The section of the talk a slide is in, from its data-section. */
export function sectionOf(slideId: string): string | undefined {
  return document.getElementById(slideId)?.closest<HTMLElement>('section[data-section]')?.dataset.section;
}
