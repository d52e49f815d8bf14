import type { Slide } from '../src/content/model.ts';

export const afterInfusion: Slide = {
  id: 'after-infusion',
  title: 'What the cells do once they are back',
  section: 'The aHSCT journey',
  seconds: 90,
  optional: true,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: 'Shown for aHSCT',
          items: [
            'They settle in the bone marrow [S46]',
            'They rebuild blood and immune cells [S46]',
            'The immune system renews over about 2 years [S46]',
          ],
        },
        {
          heading: 'Not shown for aHSCT',
          items: ['Going to damaged nerves', 'Sending out healing signals', 'Turning into nerve cells [S12]'],
        },
      ],
    },
    {
      kind: 'callout',
      tone: 'info',
      text: 'aHSCT calms the attack on [[myelin]]. It does not repair damage that is already there. [S12]',
    },
  ],
  notes: [
    'Some clinic websites say the cells travel to damaged nerves, send healing signals, and may turn into nerve cells. For aHSCT, none of that has been shown.',
    'Blood stem cells go to the bone marrow and make a new immune system. Two years later, people have about twice as many fresh immune cells as before. [S46]',
    'Why this calms MS is still being studied. [S46]',
    'Healing signals were seen with mesenchymal cells, in animal studies. That is a different treatment. [S8]',
  ],
};
