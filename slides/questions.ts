import type { Slide } from '../src/content/model.ts';

export const questionSlides: Slide[] = [
  {
    id: 'questions',
    title: 'Questions to ask your MS team',
    section: 'Your questions',
    seconds: 75,
    blocks: [
      {
        kind: 'questions',
        heading: 'Take these to your next visit:',
        items: [
          'Is my MS active enough for aHSCT to help?',
          'What if I keep my current treatment?',
          'Which stronger medicines could I try first?',
          'What are my own chances of benefit and of harm, in numbers?',
          'Should I store eggs or sperm first?',
          'Could I join a trial?',
        ],
      },
    ],
    notes: [
      'These are questions for your own MS team. You can write the answers in your handout.',
      'Ask for numbers out of 100 or out of 1,000, over a set time. For example: out of 100 people like me, how many get worse in 3 years, with and without aHSCT? [S4]',
      'It is fine to take someone with you, and to ask the team to repeat things. A good team will welcome your questions.',
    ],
  },
  {
    id: 'questions-2',
    title: 'Questions to ask an aHSCT centre',
    section: 'Your questions',
    seconds: 60,
    optional: true,
    blocks: [
      {
        kind: 'questions',
        heading: 'At home or abroad, ask the centre:',
        items: [
          'Is the centre accredited, for example by JACIE?',
          'How many people with MS has it treated, and how did they do?',
          'Which drugs will you use, and why those?',
          'Who looks after me when I get home, and for how long?',
          'What will it cost, and what does the price leave out?',
        ],
      },
    ],
    notes: [
      'These questions help you check any centre, at home or abroad. [S67, S68]',
      'A good centre will answer plainly, in writing, and share its own results. It will want to work with your MS team at home.',
      'Then take the answers to your own MS team before you decide.',
    ],
  },
  {
    id: 'questions-3',
    title: 'Questions to ask a stem cell clinic',
    section: 'Your questions',
    seconds: 60,
    optional: true,
    blocks: [
      {
        kind: 'questions',
        heading: 'If a clinic offers you stem cells, ask:',
        items: [
          'What kind of cells are they, and where do they come from?',
          'Is this part of a trial approved by a medicines regulator?',
          'Where is the evidence that it works for MS published?',
          'What are the risks, and who cares for me if something goes wrong?',
          'What is the full cost, including travel and follow-up?',
        ],
      },
    ],
    notes: [
      'These questions come from advice by the US National MS Society. [S7]',
      'A careful clinic will answer plainly, in writing. Be wary of happy patient stories and of pressure to book fast. Be wary of claims that it works for many diseases.',
      'Then take the answers to your own MS team before you decide.',
    ],
  },
];
