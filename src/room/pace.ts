/** A slide's time budget, as the page carries it (data-timing, data-optional). */
export interface PlannedSlide {
  id: string;
  seconds: number;
  optional: boolean;
}

export interface Pace {
  /** The slide's number in the talk given, from 1, and how many slides it has. */
  number: number;
  count: number;
  /**
   * Seconds the plan gives from the clock's start to this slide, and to the end of the talk.
   * The clock starts as the presenter leaves the slide they began on, so the plan counts from
   * the slide after it.
   */
  plannedBefore: number;
  plannedTotal: number;
}

/** Where a slide falls in the plan of the talk given (the short talk leaves the optional slides out). */
export function paceAt(slides: readonly PlannedSlide[], track: 'full' | 'short', slideId: string, from?: string): Pace | undefined {
  const given = slides.filter((slide) => track === 'full' || !slide.optional);
  const at = given.findIndex((slide) => slide.id === slideId);
  if (at < 0) return undefined;
  const start = from === undefined ? 0 : given.findIndex((slide) => slide.id === from) + 1;
  const sum = (list: readonly PlannedSlide[]): number => list.reduce((total, slide) => total + slide.seconds, 0);
  return { number: at + 1, count: given.length, plannedBefore: sum(given.slice(start, Math.max(start, at))), plannedTotal: sum(given.slice(start)) };
}

const minutes = (seconds: number): number => Math.round(seconds / 60);
const plural = (n: number): string => (n === 1 ? '1 minute' : `${n} minutes`);

/**
 * The time against the plan in plain words: "12 of 45 minutes. 3 minutes behind." Within a
 * minute of the plan either way, or before the talk has started, "On time".
 */
export function paceWords(elapsedMs: number | null, pace: Pace): { time: string; against: string } {
  const total = minutes(pace.plannedTotal);
  if (elapsedMs === null) return { time: `0 of ${total} minutes`, against: 'Not started yet' };
  const elapsed = elapsedMs / 1000;
  const difference = elapsed - pace.plannedBefore;
  const against = Math.abs(difference) < 60 ? 'On time' : difference > 0 ? `${plural(minutes(difference))} behind` : `${plural(minutes(-difference))} ahead`;
  return { time: `${Math.floor(elapsed / 60)} of ${total} minutes`, against };
}

/** The plan as the page's slides carry it. */
export function plannedSlides(root: ParentNode = document): PlannedSlide[] {
  return [...root.querySelectorAll<HTMLElement>('.slides > section[id]')].map((section) => ({
    id: section.id,
    seconds: Number(section.dataset.timing ?? 0),
    optional: section.hasAttribute('data-optional'),
  }));
}
