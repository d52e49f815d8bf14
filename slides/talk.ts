import type { Talk } from '../src/content/model.ts';
import { title } from './title.ts';
import { whatIsMs } from './what-is-ms.ts';
import { myelin } from './myelin.ts';
import { glossarySlides, sourceSlides } from './reference.ts';
import { thanks } from './thanks.ts';

/** The talk: its details and its running order. Slides marked `optional` are left out of the short talk. */
export const talk: Talk = {
  title: 'Stem cell therapy for multiple sclerosis',
  subtitle: 'What it is, what it can do, and what it risks',
  audience: 'For people with MS, their families and friends',
  lastReviewed: '2026-11-24',
  nextReview: '2027-11-24',
  madeBy: 'The seminar team, checked against the sources listed at the end',
  disclaimer: 'This talk is for learning only. It is not medical advice. Talk to your own MS team about your care.',
  tracks: {
    full: { label: 'Full talk', minutes: 45 },
    short: { label: 'Short talk', minutes: 20 },
  },
  slides: [title, whatIsMs, myelin, ...glossarySlides, ...sourceSlides, thanks],
};
