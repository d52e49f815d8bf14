import type { Slide } from '../src/content/model.ts';

/** The close: what to remember, a check that it was understood, and what matters to the person. */
export const takeHome: Slide = {
  id: 'take-home',
  title: 'Before you go',
  section: 'Your questions',
  seconds: 75,
  blocks: [
    {
      kind: 'points',
      items: [
        'Only aHSCT, not clinic cells, has good evidence in MS. [S7]',
        'aHSCT can calm active MS, but it has risks, and MS can return. [S4, S9, S49]',
        'Your medicine, or a stronger one, may suit you better. [S75]',
      ],
    },
    {
      kind: 'columns',
      columns: [
        {
          heading: 'Could you tell a friend:',
          items: ['the two kinds of stem cell therapy?', 'who aHSCT might help, and its risks?'],
        },
        {
          heading: 'What matters most to you?',
          items: ['Having children', 'One hard treatment now, or medicine for years', 'Months off work, and help at home'],
        },
      ],
    },
  ],
  notes: [
    'Here are three things to take home. And one more: your own MS team is the best place to talk it through.',
    'Now a quick check. Could you explain the two kinds of stem cell therapy to a friend? If not, we did not explain it well. Please ask us, or your MS team.',
    'Then think about what matters most to you. There is no right answer. Write it down, and take it to your MS team.',
  ],
};
