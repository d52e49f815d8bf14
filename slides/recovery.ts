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
          { day: 0, when: 'Day 0', name: 'Cells back', sentence: 'On day 0, your own stem cells drip back into a vein. [S39]' },
          { day: 12, when: 'Days 10 to 14', name: 'New blood', sentence: 'New blood cells start to appear in about 10 to 14 days. [S39]' },
          {
            day: 30,
            when: 'About 1 month',
            name: 'Home',
            sentence: 'After about a month in hospital, kept apart from germs, you go home. [S42]',
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
    'The clinic article says most people feel better within weeks. For aHSCT, that is too hopeful.',
    'One NHS patient spent about 3 weeks in isolation [S42]. Tiredness can last for months.',
    'Your old immune system is gone, and with it the protection from your childhood vaccines. So you have them again. Live vaccines, such as measles, mumps and rubella, must wait at least 2 years. [S45]',
    'Plan for help at home, and time off work.',
  ],
};
