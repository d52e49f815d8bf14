import type { Slide } from '../src/content/model.ts';

export const future: Slide = {
  id: 'future',
  title: 'What we still do not know',
  section: 'Results and risks',
  seconds: 90,
  optional: true,
  blocks: [
    { kind: 'lead', text: 'New trials compare aHSCT with today’s strongest medicines. [S48]' },
    {
      kind: 'points',
      items: [
        'StarMS, UK: 94 people. Results are expected in July 2027. [S54]',
        'RAM-MS: about 100 people in Norway, Sweden, Denmark and the Netherlands. [S52]',
        'BEAT-MS: 156 people in the US and the UK, followed for 6 years. [S53]',
        'NET-MS: a trial in Italy. [S80]',
      ],
    },
    { kind: 'callout', tone: 'info', text: 'Keeping your current treatment is a real option too.' },
  ],
  notes: [
    'MIST did not compare aHSCT with the strongest drugs we use now. These trials do. Until they report, nobody knows for sure which works better for whom.',
    'StarMS hoped for 198 people, and closed with 94. [S48, S54] We will check this talk again before it reports.',
    'StarMS and RAM-MS are no longer taking new people. Ask your team if any trial is open to you. [S52, S54]',
    'And if your MS is calm on your current medicine, staying on it may be the best choice. No change is a choice too.',
  ],
};
