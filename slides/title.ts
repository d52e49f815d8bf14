import type { Slide } from '../src/content/model.ts';

export const title: Slide = {
  id: 'title',
  title: 'Stem cell therapy for multiple sclerosis',
  section: 'Welcome',
  seconds: 60,
  blocks: [
    { kind: 'lead', text: 'What it is, what it can do, and what it risks. For people with MS and the people close to them.' },
    { kind: 'seminar', layout: 'title' },
    { kind: 'review' },
  ],
  notes: [
    'Welcome, and thank you for coming. Today we will talk about stem cell therapy for MS.',
    'You may have seen bold claims about it online. We will look at what the research really shows: who it can help, how it is done, and what can go wrong.',
    'This talk is for learning. It is not advice about your own care. Please take what you learn to your own MS team.',
  ],
};
