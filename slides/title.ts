import type { Slide } from '../src/content/model.ts';

export const title: Slide = {
  id: 'title',
  title: 'Stem cell therapy for multiple sclerosis',
  section: 'Welcome',
  seconds: 45,
  blocks: [
    { kind: 'lead', text: 'For people with MS, their families and friends.' },
    { kind: 'seminar', layout: 'title' },
    { kind: 'credits', layout: 'brief' },
    { kind: 'review' },
  ],
  notes: [
    'Welcome, and thank you for coming. Today we will talk about stem cell therapy for MS.',
    'You may have seen bold claims about it online. We will look at what the research really shows. Who can it help? How is it done? What can go wrong?',
    'This talk is for learning. It is not advice about your own care. Please take what you learn to your own MS team.',
  ],
};
