import type { Slide } from '../src/content/model.ts';

export const thanks: Slide = {
  id: 'thanks',
  title: 'Thank you',
  section: 'Your questions',
  seconds: 45,
  blocks: [
    { kind: 'lead', text: 'Thank you for coming. Please take a handout home with you.' },
    { kind: 'seminar', layout: 'closing' },
  ],
  notes: [
    'Thank you for listening today. I hope this talk helped you see what stem cell therapy can and cannot do for MS.',
    'You can find the slides and the handout online. Point your phone camera at the square code on the screen, or type the address under it.',
    'Please talk to your own MS team before you make any choice about your care.',
  ],
};
