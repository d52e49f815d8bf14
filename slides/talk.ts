import type { Talk } from '../src/content/model.ts';
import { title } from './title.ts';
import { about } from './about.ts';
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
import { clinics } from './clinics.ts';
import { abroad } from './abroad.ts';
import { recovery } from './recovery.ts';
import { future } from './future.ts';
import { faqSlides } from './faq.ts';
import { questionSlides } from './questions.ts';
import { weighSlides } from './weigh-it-up.ts';
import { takeHome } from './take-home.ts';
import { glossarySlides, sourceSlides } from './reference.ts';
import { thanks } from './thanks.ts';

/** The talk: its details and its running order. Slides marked `optional` are left out of the short talk. */
export const talk: Talk = {
  title: 'Stem cell therapy for multiple sclerosis',
  subtitle: 'Two kinds of treatment: what each can do, and the risks of each',
  audience: 'For people with MS, their families and friends',
  lastReviewed: '2026-12-02',
  // Before StarMS reports: its results may change what the talk says.
  nextReview: '2027-06-01',
  awaitedResults: [{ trial: 'StarMS', expected: '2027-07-31', source: 'S54' }],
  credits: {
    writtenBy: [
      { name: 'Jo Patel', role: 'MS nurse', interests: 'None' },
      { name: 'Sam Okoro', role: 'lives with MS', interests: 'None' },
    ],
    clinicalReviewers: [
      { name: 'Dr Priya Nair', role: 'neurologist', interests: 'Refers people for aHSCT in the NHS. No payments from drug companies in the last 3 years' },
      { name: 'Dr Tom Reid', role: 'haematologist', interests: 'Works in an NHS unit that gives aHSCT. No payments from drug companies in the last 3 years' },
    ],
    patientReviewers: [
      { name: 'Ann Li', role: 'lives with MS', interests: 'None' },
      { name: 'Ben Carter', role: 'lives with MS', interests: 'None' },
      { name: 'Carol Diaz', role: 'carer', interests: 'None' },
    ],
    fundedBy: 'Paid for by gifts to the Northfield MS Support Network, with no money from drug companies, transplant centres or clinics',
  },
  disclaimer: 'For learning only, not medical advice: ask your own MS team about your care.',
  tracks: {
    full: { label: 'Full talk', minutes: 45 },
    short: { label: 'Short talk', minutes: 20 },
  },
  slides: [
    title,
    about,
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
    recovery,
    ...benefitSlides,
    ...riskSlides,
    clinics,
    abroad,
    future,
    ...faqSlides,
    ...questionSlides,
    ...weighSlides,
    takeHome,
    ...glossarySlides,
    ...sourceSlides,
    thanks,
  ],
};
