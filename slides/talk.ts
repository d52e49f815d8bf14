import type { Talk } from '../src/content/model.ts';
import { title } from './title.ts';
import { overview } from './overview.ts';
import { whatIsMs } from './what-is-ms.ts';
import { myelin } from './myelin.ts';
import { symptoms } from './symptoms.ts';
import { diagnosis } from './diagnosis.ts';
import { treatments } from './treatments.ts';
import { twoKinds } from './two-kinds.ts';
import { comparison } from './comparison.ts';
import { candidates } from './candidates.ts';
import { procedure } from './procedure.ts';
import { afterInfusion } from './after-infusion.ts';
import { benefitSlides } from './benefits.ts';
import { riskSlides } from './risks.ts';
import { recovery } from './recovery.ts';
import { future } from './future.ts';
import { faqSlides } from './faq.ts';
import { questionSlides } from './questions.ts';
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
  slides: [
    title,
    overview,
    whatIsMs,
    myelin,
    symptoms,
    diagnosis,
    treatments,
    twoKinds,
    comparison,
    candidates,
    procedure,
    afterInfusion,
    ...benefitSlides,
    ...riskSlides,
    recovery,
    future,
    ...faqSlides,
    ...questionSlides,
    ...glossarySlides,
    ...sourceSlides,
    thanks,
  ],
};
