import type { Slide } from '../src/content/model.ts';

export const symptoms: Slide = {
  id: 'symptoms',
  title: 'Symptoms of MS',
  section: 'Understanding MS',
  seconds: 90,
  optional: true,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: 'Common [S18, S19]',
          items: ['Fatigue', 'Blurred or double vision', 'Numbness and tingling', 'Stiff muscles ([[spasticity]])', 'Bladder and balance problems'],
        },
        {
          heading: 'Possible later, not usual at first [S21]',
          items: ['Weakness that turns into paralysis', 'Leaking urine (incontinence)'],
        },
      ],
    },
    {
      kind: 'callout',
      tone: 'info',
      text: 'About 25 in 100 people first notice [[optic-neuritis|an eye problem]]. [S19]',
    },
  ],
  notes: [
    'Most people have only some of these symptoms, not all. [S19]',
    'Fatigue is one of the most common. It is not ordinary tiredness. Heat, exercise and the end of the day can make it worse. [S19]',
    'The eye problem is called optic neuritis. Sight in one eye blurs, and moving the eye can hurt. [S18]',
    'The clinic article put paralysis and leaking urine in the same list as the rest. These can happen, but they are not usual early signs. [S21]',
    'Problems with thinking, and low mood, are common too. [S19]',
  ],
};
