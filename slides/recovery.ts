import type { Slide } from '../src/content/model.ts';

export const recovery: Slide = {
  id: 'recovery',
  title: 'Recovery takes months, not days',
  section: 'The aHSCT journey',
  seconds: 105,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'timeline',
        summary: 'Recovery from the day your cells go back to 2 years later. The first weeks are drawn wider. [S43]',
        events: [
          { day: 0, when: 'Day 0', name: 'Cells back', sentence: 'On day 0, after some days of chemotherapy, your own stem cells drip back into a vein. [S39]' },
          { day: 12, when: 'Days 10 to 14', name: 'New blood', sentence: 'New blood cells start to appear in about 10 to 14 days. [S39]' },
          {
            day: 30,
            when: 'About 1 month',
            name: 'Home',
            sentence: 'After about a month in hospital in all, kept apart from germs, you go home. [S43]',
          },
          {
            day: 91,
            when: 'Month 3',
            name: 'Vaccines again',
            sentence: 'Take extra care to avoid germs for about 3 months. Most vaccines are given again from 3 to 12 months. [S44, S45]',
          },
          { day: 182, when: 'Month 6', name: 'Feeling well', sentence: 'Feeling well again takes about 3 to 6 months. [S43]' },
          {
            day: 730,
            when: 'Year 2',
            name: 'Live vaccines',
            sentence: 'Live vaccines must wait at least 2 years. Check-ups with your teams go on for years. [S45, S3]',
          },
        ],
      },
    },
  ],
  notes: [
    'Some clinic websites say most people feel better within weeks. For aHSCT, that is too hopeful.',
    'Plan for months off work, and for someone to help you at home at first. [S9]',
    'Your immune system grows back, but it loses much of what your childhood vaccines taught it. So you have them again. [S45]',
    'After aHSCT, people usually stop their MS medicine. If MS becomes active again, your team may suggest one. Experts are still working out how best to do this. [S35]',
  ],
};
