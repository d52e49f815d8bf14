import type { Slide } from '../src/content/model.ts';

/**
 * Weigh it up: worksheets for the decision, in the way of the IPDAS decision aids. What matters
 * to me, what I know, where I am leaning (with the SURE check), my questions, and a summary to
 * print. On the projector each is a prompt; a reader fills it in at home (the reader view, or
 * "Fill it in" on the slides), and the handout prints it blank. Answers stay on the reader's
 * device (src/worksheets/answers-store.ts).
 *
 * Each item's `slide` is the slide whose facts inform it. Ids are where answers are kept: change
 * an id and answers given under the old one are no longer shown.
 */
export const weighSlides: Slide[] = [
  {
    id: 'weigh-it-up',
    title: 'Weigh it up: what matters to me',
    section: 'Weigh it up',
    seconds: 25,
    optional: true,
    blocks: [
      {
        kind: 'worksheet',
        worksheet: {
          type: 'values',
          question: 'How much does this matter to me?',
          scale: ['Not at all', 'A little', 'Some', 'A lot', 'Very much'],
          statements: [
            { id: 'worse', text: 'Stopping my MS from getting worse', slide: 'benefits' },
            { id: 'risk-now', text: 'Not taking a serious risk now, even a rare one', slide: 'risks' },
            { id: 'children', text: 'Being able to have children later', slide: 'risks-3' },
            { id: 'time-off', text: 'Not having months of recovery and time off work', slide: 'recovery' },
            { id: 'long-term', text: 'Not taking MS medicine for years to come', slide: 'comparison' },
            { id: 'evidence', text: 'Choosing what has the most evidence', slide: 'two-kinds' },
          ],
        },
      },
    ],
    notes: [
      'Now it is your turn. A choice like this rests on the facts, and on what matters to you. There is no right answer.',
      'Think about each of these. How much does it matter to you?',
      'At home, you can mark each one on the reader view or the handout. Each one links back to the slide with the facts.',
    ],
  },
  {
    id: 'weigh-it-up-2',
    title: 'Weigh it up: what I know',
    section: 'Weigh it up',
    seconds: 20,
    optional: true,
    blocks: [
      {
        kind: 'worksheet',
        worksheet: {
          type: 'knowledge',
          questions: [
            {
              id: 'two-kinds',
              question: 'Which kind of stem cell therapy has good evidence in MS?',
              choices: [
                { id: 'ahsct', text: 'aHSCT, given in a hospital' },
                { id: 'clinic', text: 'Cell drips sold by clinics' },
                { id: 'both', text: 'Both the same' },
                { id: 'unsure', text: 'I am not sure' },
              ],
              answer: 'ahsct',
              explanation:
                'aHSCT has good evidence in active relapsing MS. Clinic cell drips are a different thing: not proven, and not approved for MS. [S7, S13]',
              slide: 'two-kinds',
            },
            {
              id: 'calm',
              question: 'After aHSCT, how long does MS stay calm?',
              choices: [
                { id: 'gone', text: 'For ever: MS is gone' },
                { id: 'years', text: 'For years in many people, but it can come back' },
                { id: 'unsure', text: 'I am not sure' },
              ],
              answer: 'years',
              explanation:
                'aHSCT is not a cure. By 5 years, about 67 in 100 people showed no signs of MS activity; in 33 it was active again. [S49]',
              slide: 'risks-3',
            },
            {
              id: 'recovery',
              question: 'How long does it take to get your strength back?',
              choices: [
                { id: 'days', text: 'A few days' },
                { id: 'months', text: 'Months: often half a year or more' },
                { id: 'unsure', text: 'I am not sure' },
              ],
              answer: 'months',
              explanation: 'About a month in hospital, then often 3 to 6 months or more to get your strength back. [S43]',
              slide: 'recovery',
            },
            {
              id: 'deaths',
              question: 'Can people die because of aHSCT?',
              choices: [
                { id: 'never', text: 'No, never' },
                { id: 'rare', text: 'Yes, but it is rare' },
                { id: 'often', text: 'Yes, it happens to many' },
                { id: 'unsure', text: 'I am not sure' },
              ],
              answer: 'rare',
              explanation: 'It is rare, but it happens: about 2 to 21 in 1,000 people, mostly in the first months. [S36, S49]',
              slide: 'risks',
            },
            {
              id: 'who',
              question: 'Who is aHSCT most likely to help?',
              choices: [
                { id: 'anyone', text: 'Anyone with bad MS symptoms' },
                { id: 'active', text: 'Younger people whose MS is active despite strong medicine' },
                { id: 'progressive', text: 'People with progressive MS that is not active' },
                { id: 'unsure', text: 'I am not sure' },
              ],
              answer: 'active',
              explanation:
                'It suits MS that is still active despite a strong medicine, mostly in younger people who have had MS for under 10 years. It cannot mend old damage. [S35]',
              slide: 'candidates',
            },
          ],
        },
      },
    ],
    notes: [
      'Here are five questions on the main points of today. This is not a test, and nobody marks it.',
      'At home, once you pick an answer, you see what the talk said, with a link back to the slide.',
      'If an answer surprised you, that is a good thing to ask your team about.',
    ],
  },
  {
    id: 'weigh-it-up-3',
    title: 'Weigh it up: where I am leaning',
    section: 'Weigh it up',
    seconds: 20,
    optional: true,
    blocks: [
      {
        kind: 'worksheet',
        worksheet: {
          type: 'leaning',
          question: 'Which way am I leaning now?',
          options: [
            { id: 'ahsct', text: 'aHSCT' },
            { id: 'stronger', text: 'A stronger medicine' },
            { id: 'keep', text: 'Keeping my current treatment' },
            { id: 'unsure', text: 'Not sure yet' },
          ],
          sure: [
            { id: 'sure', letter: 'S', name: 'Sure of myself', question: 'Do I feel sure which choice is best for me?' },
            { id: 'understand', letter: 'U', name: 'Understand the facts', question: 'Do I know the good and bad points of each choice?' },
            { id: 'risks', letter: 'R', name: 'Risks and benefits', question: 'Do I know which good and bad points matter most to me?' },
            { id: 'encouragement', letter: 'E', name: 'Encouragement', question: 'Do I have the help and advice I need to choose?' },
          ],
          ifNo: 'A “no” is common, and it is not a score. It means: talk it over with your MS team before you decide.',
        },
      },
    ],
    notes: [
      'Which way are you leaning today? Not sure yet is a fine answer.',
      'Then ask yourself four short questions. Their first letters spell SURE. [S82]',
      'If you answer no to any of them, you are not alone. It means: talk it over with your MS team before you decide.',
    ],
  },
  {
    id: 'weigh-it-up-4',
    title: 'Weigh it up: my questions',
    section: 'Weigh it up',
    seconds: 20,
    optional: true,
    blocks: [
      {
        kind: 'worksheet',
        worksheet: { type: 'questions', from: ['questions', 'questions-2', 'questions-3'], own: 'My own questions' },
      },
    ],
    notes: [
      'The questions from the last few slides are here as a list you can tick.',
      'Tick the ones you want to ask, and add your own. Questions you think of at home count just as much.',
      'Take them to your next visit, with someone you trust if you like.',
    ],
  },
  {
    id: 'weigh-it-up-5',
    title: 'Weigh it up: my summary',
    section: 'Weigh it up',
    seconds: 20,
    optional: true,
    blocks: [
      {
        kind: 'worksheet',
        worksheet: {
          type: 'summary',
          keyNumbers: [
            'In MIST, over about 3 years, disability got worse in about 6 in 100 people after aHSCT, and in 60 in 100 on other medicines. [S79]',
            'By 5 years after aHSCT, MS was active again in about 33 in 100 people; 67 showed no signs of it. [S49]',
            'About 2 to 21 in 1,000 people die because of aHSCT, mostly in the first months. [S36, S49]',
            'About a month in hospital, then often 3 to 6 months or more to get your strength back. [S43]',
            'In one study, about 30 in 100 women had not got their periods back after aHSCT; 70 had. [S60]',
          ],
        },
      },
    ],
    notes: [
      'Your answers come together on one page, with the key numbers from today.',
      'Print it, or save it as a PDF, and take it to your next visit.',
      'Your answers are kept only on your own device. They are never sent to us. You can clear them at any time.',
    ],
  },
];
