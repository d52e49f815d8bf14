import type { Slide } from '../src/content/model.ts';

export const myelin: Slide = {
  id: 'myelin',
  title: 'Myelin: the coating that speeds messages',
  section: 'Understanding MS',
  seconds: 75,
  optional: true,
  blocks: [
    {
      kind: 'illustration',
      file: 'myelin.svg',
      alt: 'A nerve fibre wrapped in segments of myelin. On the healthy part, the message jumps from gap to gap. Where the myelin is damaged, the message slows and stops.',
    },
    {
      kind: 'points',
      items: [
        'Messages jump from gap to gap, at up to 100 metres a second. [S40]',
        'Where [[myelin]] is damaged, messages slow down or stop. [S6]',
        'That is what causes the symptoms of MS. [S6]',
      ],
    },
  ],
  notes: [
    'Your nerves carry messages, a bit like electric wires. Myelin is the coating on the wire.',
    'On a healthy nerve, the message jumps from one gap in the coating to the next. That makes it very fast: about a hundred times faster than on a bare nerve. [S40]',
    'In MS, patches of myelin are damaged. The message slows down, gets mixed up, or stops. What you feel depends on which nerves are hit.',
  ],
};
