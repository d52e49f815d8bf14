import type { Slide } from '../src/content/model.ts';

export const thanks: Slide = {
  id: 'thanks',
  title: 'Thank you',
  section: 'Reference',
  seconds: 45,
  blocks: [
    { kind: 'seminar', layout: 'closing' },
    { kind: 'credits', layout: 'brief' },
  ],
  notes: [
    'Thank you for listening. The slides and the handout are at the web address on screen.',
    'For more help, start with your own MS team. The MS Society UK, the MS Trust, the US National MS Society and the MS International Federation all have clear pages.',
    'Here again is who made this talk and who paid for it. Now, your questions.',
  ],
};
