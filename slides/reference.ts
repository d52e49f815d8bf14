import type { Slide } from '../src/content/model.ts';

export const glossarySlides: Slide[] = [
  {
    id: 'glossary',
    title: 'Words used in this talk',
    section: 'Reference',
    seconds: 45,
    optional: true,
    blocks: [{ kind: 'glossary', part: 1, of: 1 }],
    notes: [
      'Here are the medical words from today, in plain language. You do not need to learn them all.',
      'If a word on any slide has a dotted line under it, you can select it to see what it means.',
      'The handout has this list too, so you can look words up later at home.',
    ],
  },
];

export const sourceSlides: Slide[] = [
  {
    id: 'sources',
    title: 'Where our facts come from',
    section: 'Reference',
    seconds: 30,
    optional: true,
    blocks: [{ kind: 'sources', part: 1, of: 1 }],
    notes: [
      'Every number in this talk comes from a study or a trusted health body. The small numbers in brackets on each slide point to this list.',
      'The handout has the full list. Your MS team can help you read any of them.',
    ],
  },
];
