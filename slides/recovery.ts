import type { Slide } from '../src/content/model.ts';

export const recovery: Slide = {
  id: 'recovery',
  title: 'Recovery takes months, not days',
  section: 'The aHSCT journey',
  seconds: 90,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'timeline',
        summary: 'Recovery from the day your cells go back to 2 years later. The first weeks are drawn wider. [S43]',
        events: [
          { day: 0, when: 'Day 0', name: 'Cells back', sentence: 'On day 0, after the chemotherapy, your stem cells drip back into a vein. [S39]' },
          { day: 12, when: 'Days 10 to 14', name: 'New blood', sentence: 'New blood cells start to appear in about 10 to 14 days. [S39]' },
          {
            day: 28,
            when: 'Weeks 3 to 4',
            name: 'Home',
            sentence: 'You go home when your blood counts are safe: about a month in hospital in all. [S43]',
          },
          {
            day: 91,
            when: 'Month 3',
            name: 'Vaccines again',
            sentence: 'Take extra care to avoid germs for about 3 months. Most vaccines are given again from 3 to 12 months. [S44, S45]',
          },
          { day: 182, when: 'Month 6', name: 'Strength back', sentence: 'Getting your strength back often takes 3 to 6 months or more. MS symptoms may stay. [S43]' },
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
    'Ask your team if you will need MS medicine afterwards: experts are still working out how best to do this. [S35] If you think of paying for aHSCT abroad, talk to your MS team first. [S68]',
  ],
};
