import type { Slide } from '../src/content/model.ts';

export const recovery: Slide = {
  id: 'recovery',
  title: 'Recovery takes months, not days',
  section: 'The aHSCT journey',
  seconds: 105,
  blocks: [
    {
      kind: 'points',
      items: [
        'About a month in hospital, kept apart from others to avoid germs. [S42]',
        'New blood cells start to appear in about 10 to 14 days. [S39]',
        'Feeling well again takes about 3 to 6 months. [S43]',
        'Extra care to avoid infection for about 3 months at home. [S44]',
        'Vaccines are given again: most from 3 to 12 months, live ones not before 24 months. [S45]',
        'Regular check-ups with your MS and transplant teams for years. [S3]',
      ],
    },
  ],
  notes: [
    'The clinic article says most people feel better within weeks. For aHSCT, that is too hopeful.',
    'One NHS patient spent about 3 weeks in isolation [S42]. Tiredness can last for months.',
    'Your old immune system is gone, and with it the protection from your childhood vaccines. So you have them again. Live vaccines, such as measles, mumps and rubella, must wait at least 2 years. [S45]',
    'Plan for help at home, and time off work.',
  ],
};
