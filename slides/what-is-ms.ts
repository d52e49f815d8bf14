import type { Slide } from '../src/content/model.ts';

export const whatIsMs: Slide = {
  id: 'what-is-ms',
  title: 'What is multiple sclerosis?',
  section: 'Understanding MS',
  seconds: 120,
  blocks: [
    { kind: 'lead', text: 'MS is a long-lasting disease of the brain and spinal cord. [S3]' },
    {
      kind: 'points',
      items: [
        'It is [[autoimmune]]: the immune system attacks [[myelin]], the coating on nerve fibres. [S3]',
        'About 2.8 million people in the world have MS. [S1, S2]',
        'Women get MS about twice as often as men. [S2]',
        'Most people find out they have it between the ages of 20 and 40. [S2]',
        'There is no cure yet. Treatment can slow it down. [S33]',
      ],
    },
  ],
  notes: [
    'MS stands for multiple sclerosis. Sclerosis means scarring. The scars are small spots of damage in the brain and spinal cord.',
    'In MS, the body\'s own defence system attacks the coating on the nerves by mistake.',
    'It is common. About 2.8 million people live with MS around the world. Someone new learns they have it about every five minutes. [S1]',
    'Nobody is to blame for getting MS.',
  ],
};
