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
        '[[dmt|DMTs]]: long-term medicines that cut [[relapse|relapses]]. More than 15 are licensed. [S75]',
        'Older ones include interferon beta. Stronger ones, like [[natalizumab]], are now used earlier. [S20, S75]',
        '[[steroids|Steroids]] shorten a relapse. They do not change the long-term course. [S18]',
        'Other medicines and physio ease symptoms like stiffness. [S18]',
      ],
    },
    {
      kind: 'callout',
      tone: 'caution',
      text: 'Each medicine has trade-offs. Natalizumab can cause a rare brain infection, [[pml|PML]]. The risk depends on a blood test, earlier drugs and time on it. [S73, S81]',
    },
  ],
  notes: [
    'Some websites say usual treatments only manage symptoms. That is not the whole story. DMTs lower the number of relapses and slow MS down. [S20]',
    'Some say these medicines stop working over time. For some people, MS does break through. Then doctors can switch to a stronger one. [S75]',
    'Every medicine is a trade-off. With natalizumab, a blood test for a common virus, JC virus, guides the risk of PML. Out of 10,000 people without the virus, fewer than 1 get it. [S73] Out of 10,000 with the virus, earlier strong drugs and 2 to 4 years of use, about 120 do. [S81]',
  ],
};
