import type { Slide } from '../src/content/model.ts';

export const treatments: Slide = {
  id: 'treatments',
  title: 'How MS is treated today',
  section: 'Treating MS today',
  seconds: 105,
  optional: true,
  blocks: [
    {
      kind: 'points',
      items: [
        '[[dmt|DMTs]]: long-term medicines that cut [[relapse|relapses]]. About 18 exist. [S29]',
        'Older ones include interferon beta. Stronger ones, like [[natalizumab]], are now used earlier. [S20]',
        '[[steroids|Steroids]] shorten a relapse. They do not change the long-term course. [S32]',
        'Other medicines and physio ease symptoms like stiffness. [S18]',
      ],
    },
    {
      kind: 'callout',
      tone: 'caution',
      text: 'Each medicine has trade-offs. With natalizumab, about 4 in 1,000 people get a rare brain infection, [[pml|PML]]. [S31]',
    },
  ],
  notes: [
    'The clinic article says usual treatments mainly manage symptoms. That is not the whole story. DMTs lower the number of relapses and slow MS down.',
    'Every medicine is a trade-off. Out of 1,000 people who take natalizumab, about 4 get PML, and 996 do not [S31]. The chance is higher after 2 years of use, or in people who carry a common virus called JC. Your team watches for this.',
  ],
};
