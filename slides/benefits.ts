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
          summary: 'MIST split 110 people with relapsing MS into two groups by chance. Each block shows 100 people, over about 3 years. [S4, S79]',
          panels: [
            {
              label: 'After aHSCT',
              affected: 6,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'Disability got worse in about 6 in 100 people over about 3 years; 94 did not. [S79]',
            },
            {
              label: 'On other medicines',
              affected: 60,
              affectedLabel: 'got worse',
              othersLabel: 'did not',
              sentence: 'Disability got worse in about 60 in 100 people over about 3 years; 40 did not. [S79]',
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
      'People were followed for 1 to 5 years, about 3 years on average. Only 23 were followed for all 5 years. [S4]',
      'After one year, the aHSCT group’s EDSS score fell from about 3.4 to 2.4. In the medicine group it rose from 3.3 to 4.0. [S4]',
      'In the medicine group, 22 people had natalizumab, a strong drug. But none had ocrelizumab, ofatumumab, cladribine or alemtuzumab. [S79] The authors called the results early.',
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
          'In 15 studies of all types of MS, disability got worse in about 17 in 100 by 2 years; 23 in 100 by 5 years. [S49]',
          'In the same studies, about 67 in 100 had no signs of MS activity by 5 years. [S49]',
          'At one US centre, disability fell over 5 years in relapsing MS. In secondary progressive MS, gains lasted about 1 year. [S36]',
          'In a large registry, aHSCT was linked with fewer relapses than fingolimod. It showed no clear difference from ocrelizumab. [S51]',
        ],
      },
      {
        kind: 'callout',
        tone: 'info',
        text: 'People often report more energy after aHSCT. Reports are not proof.',
      },
    ],
    notes: [
      'The 15 studies ran from 1995 to 2016. They mix older and newer ways of giving aHSCT, and all types of MS. [S49]',
      'The registry study was not a fair test like MIST. It matched people on different medicines. So we say aHSCT was linked with fewer relapses, not that it caused them. It also compared natalizumab. The ocrelizumab group was followed for a shorter time. [S51]',
      'Some clinic websites promise more energy, less pain and a better life. Those come from what people say. Trials measure disability with the EDSS score.',
    ],
  },
];
