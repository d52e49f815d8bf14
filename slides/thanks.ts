import type { Slide } from '../src/content/model.ts';

export const thanks: Slide = {
  id: 'thanks',
  title: 'Thank you',
  section: 'Reference',
  seconds: 60,
  blocks: [
    {
      kind: 'points',
      items: [
        'aHSCT and clinic cell infusions are not the same. [S7]',
        'aHSCT can calm active relapsing MS, but it has real risks. [S4, S9]',
        'Help: your MS team, MS Society UK, US National MS Society, MSIF.',
      ],
    },
    { kind: 'seminar', layout: 'closing' },
  ],
  notes: [
    'Thank you for listening. Here are three things to take home.',
    'First, there are two kinds of stem cell treatment, and only one has good evidence. Second, that one, aHSCT, can help some people, but it is hard and has risks. Third, your own MS team is the best place to talk it through.',
    'MSIF is the MS International Federation. The slides and handout are at the web address on screen. Now, your questions.',
  ],
};
