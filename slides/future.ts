import type { Slide } from '../src/content/model.ts';

export const future: Slide = {
  id: 'future',
  title: 'What we still do not know',
  section: 'Results and risks',
  seconds: 90,
  optional: true,
  blocks: [
    { kind: 'lead', text: 'Results vary with the type of MS, age, disability and general health. [S35]' },
    {
      kind: 'points',
      items: [
        'New trials compare aHSCT with today’s strongest medicines. [S33]',
        'RAM-MS, Norway: about 100 people. [S52]',
        'BEAT-MS, US: 156 people, followed for 6 years. [S53]',
        'StarMS, UK: 94 people. Results are expected in July 2027. [S54]',
      ],
    },
    { kind: 'callout', tone: 'info', text: 'Keeping your current treatment is a real option too.' },
  ],
  notes: [
    'MIST did not compare aHSCT with the strongest drugs we use now. These new trials do. Until they report, nobody knows for sure which works better for whom.',
    'If you are thinking about aHSCT, ask your team whether one of these trials is open to you.',
    'And if your MS is calm on your current medicine, staying on it may be the best choice. No change is a choice too.',
  ],
};
