import type { TimelineFigure } from '../content/model.ts';
import { MAX_LABEL, stepWordProblems, type FigureKind } from './figure-kind.ts';

export interface TimelineSpec {
  events: { day: number; when: string; name: string }[];
}

/** The timeline as content: one event a click, from day 0 to two years. */
export const timelineKind: FigureKind<TimelineFigure, TimelineSpec> = {
  steps: (figure) => figure.events,
  spec: (figure) => ({ events: figure.events.map(({ day, when, name }) => ({ day, when, name })) }),
  problems: ({ events }, check) => {
    if (events.length < 2 || events.length > 8) check.problem('events', `${events.length} events; a timeline takes 2 to 8.`);
    events.forEach((event, i) => {
      if (!Number.isInteger(event.day) || event.day < 0 || event.day > 730) check.problem(`events[${i}].day`, `${event.day} must be a whole number of days from 0 to 730.`);
      if (i > 0 && event.day <= events[i - 1]!.day) check.problem(`events[${i}].day`, 'events must be in time order.');
      check.label(`events[${i}].when`, event.when, MAX_LABEL);
    });
    stepWordProblems(events, check);
  },
};
