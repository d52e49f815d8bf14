import type { Slide } from '../src/content/model.ts';

export const questionSlides: Slide[] = [
  {
    id: 'questions',
    title: 'Questions to ask your MS team',
    section: 'Your questions',
    seconds: 90,
    blocks: [
      {
        kind: 'questions',
        heading: 'Take these to your next visit:',
        items: [
          'Is my MS active enough for aHSCT to help?',
          'Which other medicines could I try first?',
          'What are my own chances of benefit and of harm, in numbers?',
          'How many people has the centre treated, and how did they do?',
          'What will it mean for my fertility?',
          'Could I join a trial?',
        ],
      },
    ],
    notes: [
      'These are questions for your own MS team. You can write the answers in your handout.',
      'Ask for numbers out of 100 or out of 1,000, over a set time. For example: out of 100 people like me, how many get worse in 2 years, with and without aHSCT? [S4]',
      'It is fine to take someone with you, and to ask the team to repeat things. A good team will welcome your questions.',
    ],
  },
  {
    id: 'questions-2',
    title: 'Questions to ask a stem cell clinic',
    section: 'Your questions',
    seconds: 75,
    optional: true,
    blocks: [
      {
        kind: 'questions',
        heading: 'If a clinic offers you stem cells, ask:',
        items: [
          'What kind of cells are they, and where do they come from?',
          'Is this part of a registered trial, approved by a regulator?',
          'Where is the evidence that it works for MS published?',
          'What are the risks, and who cares for me if something goes wrong?',
          'What is the full cost, including travel and follow-up?',
        ],
      },
    ],
    notes: [
      'These questions come from advice by the US National MS Society and stem cell scientists. [S7, S62]',
      'A careful clinic will answer plainly, in writing. Be wary of happy patient stories and of pressure to book fast. Be wary of claims that it works for many diseases.',
      'Then take the answers to your own MS team before you decide.',
    ],
  },
];
