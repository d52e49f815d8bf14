import type { Slide } from '../src/content/model.ts';

export const benefitSlides: Slide[] = [
  {
    id: 'benefits',
    title: 'What the MIST trial found',
    section: 'Results and risks',
    seconds: 150,
    blocks: [
      {
        kind: 'figure',
        figure: {
          type: 'icon-array',
          summary: 'MIST tested 110 people with relapsing MS, 55 in each group. Each block shows 100 people. [S4]',
          panels: [
            {
              label: 'After aHSCT',
              affected: 5,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'About 5 in 100 people got worse over about 2 years; 95 did not. [S4]',
            },
            {
              label: 'On other medicines',
              affected: 62,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'About 62 in 100 people got worse over about 2 years; 38 did not. [S4]',
            },
          ],
        },
      },
      {
        kind: 'callout',
        tone: 'caution',
        text: 'The medicine group did not get today’s strongest drugs. [S48]',
      },
    ],
    notes: [
      'MIST was a fair test: chance decided who got which treatment. Each group had 55 people.',
      'Disability got worse in 3 of the 55 after aHSCT, and in 34 of the 55 on other medicines. Out of 100, that is about 5 and about 62. [S4]',
      'On the 0 to 10 disability score, the aHSCT group went from about 3.4 to 2.4 after one year. The medicine group went from 3.3 to 4.0. [S4]',
      'The authors called these results early [S4]. And the medicine group did not get the strongest drugs we have today [S48]. New trials are testing that now.',
    ],
  },
  {
    id: 'benefits-2',
    title: 'More studies, and what people report',
    section: 'Results and risks',
    seconds: 105,
    optional: true,
    blocks: [
      {
        kind: 'points',
        items: [
          'Across 15 studies, disability got worse in about 17 in 100 by 2 years; 23 in 100 by 5. [S49]',
          'No signs of MS activity: about 83 in 100 at 2 years, and 67 in 100 at 5 years. [S49]',
          'In one large centre, disability scores fell over 5 years in relapsing MS. [S36]',
          'In progressive MS, the gains lasted only about 1 year. [S36]',
        ],
      },
      {
        kind: 'callout',
        tone: 'info',
        text: 'Many people say they have more energy and strength after aHSCT. That matters, but reports are not proof.',
      },
    ],
    notes: [
      'Said the other way: about 83 in 100 had not got worse by 2 years. About 77 in 100 had not by 5 years. [S49]',
      'The clinic article lists more energy, strength, less pain and a better life. Those come from what people say. Trials measure disability with the EDSS score instead.',
      'One study matched people on different treatments. aHSCT led to fewer relapses than an older drug, fingolimod. It showed no clear difference from a newer, strong drug, ocrelizumab. [S51]',
    ],
  },
];
