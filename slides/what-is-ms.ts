import type { Slide } from '../src/content/model.ts';

export const whatIsMs: Slide = {
  id: 'what-is-ms',
  title: 'What is multiple sclerosis?',
  section: 'Understanding MS',
  seconds: 75,
  blocks: [
    { kind: 'lead', text: 'MS is a long-lasting disease of the brain and spinal cord. [S78]' },
    {
      kind: 'points',
      items: [
        'It is [[autoimmune]]: the immune system attacks [[myelin]], the coating on nerve fibres. [S78]',
        'In 2020, about 2.8 million people in the world had MS. [S1, S2]',
        'Women get MS about twice as often as men. [S2]',
        'Most people find out they have it between the ages of 20 and 40. [S2]',
        'Most start with [[relapsing-ms|relapsing MS]]: flare-ups that then settle. [S5]',
        'There is no cure yet. Treatment can slow it down. [S78]',
      ],
    },
  ],
  notes: [
    'Sclerosis means scarring. The scars are small spots of damage in the brain and spinal cord.',
    'Apart from injuries, MS is the most common illness that disables young adults [S78]. On average, people find out at about age 32. [S2]',
    'About 85 to 90 in 100 people start with flare-ups, called relapses, that then settle [S5]. Over time, MS can slowly get worse without clear flare-ups. That is called [[progressive-ms|progressive MS]].',
    'Nobody is to blame for getting MS.',
  ],
};
