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
  go(place: Place): void;
  /** Calls back after every move: a new slide or a step shown or hidden. */
  onMove(listener: () => void): void;
}

/** The section of the talk a slide is in, from its data-section. */
export function sectionOf(slideId: string): string | undefined {
  return document.getElementById(slideId)?.closest<HTMLElement>('section[data-section]')?.dataset.section;
}
