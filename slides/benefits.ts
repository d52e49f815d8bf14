import type { Slide } from '../src/content/model.ts';

export const benefitSlides: Slide[] = [
  {
    id: 'benefits',
    title: 'What the MIST trial found',
    section: 'Results and risks',
    seconds: 120,
    blocks: [
      {
        kind: 'figure',
        figure: {
          type: 'icon-array',
          summary: 'MIST split 110 people with relapsing MS into two groups by chance, and followed them for 1 to 5 years, 3 on average. Each block shows 100 people. [S4, S79]',
          panels: [
            {
              label: 'After aHSCT',
              affected: 6,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'In an early report, disability got worse in 3 of 52 people: about 6 in 100; 94 did not. [S79]',
            },
            {
              label: 'On other medicines',
              affected: 60,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'Disability got worse in 30 of 50 people: about 60 in 100; 40 did not. [S79]',
            },
          ],
        },
      },
      {
        kind: 'callout',
        tone: 'caution',
        text: 'The medicine group had none of today’s newest strong drugs. [S79, S48]',
      },
    ],
    notes: [
      'MIST was a fair test: chance decided who got which treatment. [S4]',
      '“Worse” means disability: the EDSS score went up by at least 1 point, and was still up 6 months later. [S4]',
      'These numbers come from an early report. The final report followed 103 people, and found much the same. Only 23 of them were followed for all 5 years, so we know less about later years. [S4]',
      'After one year, the aHSCT group’s EDSS score fell from about 3.4 to 2.4. In the medicine group it rose from 3.3 to 4.0. [S4]',
      'In the medicine group, 22 of the 50 had natalizumab, a strong drug. None had ocrelizumab, ofatumumab, cladribine or alemtuzumab. [S79]',
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
          'In 15 older studies, some of progressive MS, disability got worse in about 17 in 100 by 2 years; 23 in 100 by 5 years. [S49]',
          'In the same studies, about 67 in 100 had no signs of MS activity by 5 years. [S49]',
          'At one US centre, disability fell over 5 years in relapsing MS. In [[secondary-progressive-ms|secondary progressive MS]], gains lasted about 1 year. [S36]',
          'In a study of health records, aHSCT was linked with fewer relapses than fingolimod, a daily pill. There was no clear difference from ocrelizumab. [S51]',
        ],
      },
    ],
    notes: [
      'The 15 studies ran from 1995 to 2016. They mix older and newer ways of giving aHSCT, and all types of MS. [S49]',
      'The health records study was not a fair test like MIST. It matched people on different medicines. So we say aHSCT was linked with fewer relapses, not that it caused them. The ocrelizumab group was followed for a shorter time. [S51]',
      'Some clinic websites promise more energy, less pain and a better life. Some people do say they have more energy afterwards; others do not. Stories are not proof. Trials measure disability with the EDSS score.',
    ],
  },
];
