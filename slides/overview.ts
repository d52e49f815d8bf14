import type { Slide } from '../src/content/model.ts';

export const overview: Slide = {
  id: 'overview',
  title: 'Five things to know today',
  section: 'Welcome',
  seconds: 75,
  blocks: [
    {
      kind: 'points',
      items: [
        '“Stem cell therapy” means two very different things. Only one has good evidence in MS. [S7]',
        'That one is [[ahsct|aHSCT]]. It resets the [[immune-system|immune system]]. It does not repair nerves. [S9, S12]',
        'aHSCT uses strong [[chemotherapy]], so it has real risks. [S9]',
        'It suits a small group: mostly younger people whose MS is still active. [S16]',
        'Benefits and risks need numbers, not stories. Today we show both.',
      ],
    },
  ],
  notes: [
    'You may have read that stem cells can repair the damage MS does. That is not what the research shows.',
    'There are two kinds of “stem cell” treatment, and they are very different. The one with evidence is a transplant of your own cells. It can calm MS that is still active. But it is hard on the body.',
    'Each time we give a number today, we will say out of how many people, and over how long. Some sources are from the UK and some from the US. We will say which.',
  ],
};
