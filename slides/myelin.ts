import type { Slide } from '../src/content/model.ts';

export const myelin: Slide = {
  id: 'myelin',
  title: 'Myelin: the coating that speeds messages',
  section: 'Understanding MS',
  seconds: 75,
  optional: true,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'myelin',
        summary: 'A nerve fibre wrapped in [[myelin]], with a message sent along it: healthy, then damaged.',
        steps: [
          {
            stage: 'healthy',
            name: 'Healthy',
            sentence: 'On a healthy nerve, the message jumps from gap to gap, very fast.',
          },
          {
            stage: 'damaged',
            name: 'Damaged',
            sentence: 'Where myelin is damaged, the message slows down. [S78]',
          },
          {
            stage: 'blocked',
            name: 'Blocked',
            sentence: 'Where the damage is worse, the message stops. This is what causes the symptoms of MS. [S78]',
          },
        ],
      },
    },
  ],
  notes: [
    'Your nerves carry messages, a bit like electric wires. Myelin is the coating on the wire.',
    'On a healthy nerve, the message jumps from one gap in the coating to the next. That makes it much faster than on a bare nerve.',
    'In MS, patches of myelin are damaged. The message slows down, gets mixed up, or stops. What you feel depends on which nerves are hit. [S78]',
  ],
};
