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
          heading: 'Common first signs [S18]',
          items: ['Blurred sight in one eye, with pain', 'Double vision', 'Numbness or weakness that spreads', 'Problems with balance or walking'],
        },
        {
          heading: 'Common over time [S18]',
          items: ['Deep tiredness (fatigue)', 'Stiff muscles ([[spasticity]])', 'Bladder problems', 'Problems with memory and low mood'],
        },
      ],
    },
    {
      kind: 'callout',
      tone: 'info',
      text: 'For about 25 in 100 people with MS, [[optic-neuritis|an eye problem]] is the first sign. [S77]',
    },
  ],
  notes: [
    'Most people have only some of these symptoms, not all.',
    'Fatigue is one of the most common. It is not ordinary tiredness. Heat, exercise and the end of the day can make it worse.',
    'The eye problem is called optic neuritis. Sight in one eye blurs, and moving the eye can hurt. [S18]',
    'Some websites list paralysis and leaking urine with the first signs. These can happen as MS goes on. The usual first signs are the ones on this slide. [S18]',
  ],
};
