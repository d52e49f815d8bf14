import type { Slide } from '../src/content/model.ts';

export const clinics: Slide = {
  id: 'clinics',
  title: 'Unregulated stem cell clinics',
  section: 'Results and risks',
  seconds: 75,
  optional: true,
  blocks: [
    {
      kind: 'points',
      items: [
        'They sell cell drips or injections, not aHSCT. Most give no chemotherapy. [S10]',
        'In 2021, about 1,480 businesses in the US sold stem cell treatments that are not proven. [S66]',
        'Reported harms include strokes, severe infections, seizures and spinal tumours. [S7, S72]',
        'At one US clinic, 3 women went blind after “stem cell” eye injections. [S71]',
        'Many cannot show proof that their cells work or are safe. [S7]',
      ],
    },
    {
      kind: 'callout',
      tone: 'caution',
      text: 'Talk to your MS team before you pay any clinic for stem cells.',
    },
  ],
  notes: [
    'These clinics are not the same as aHSCT in a hospital. They sell cell drips or injections, often far from home.',
    'Many advertise to people with long-term illness, and some claim results that no trial has shown. [S7]',
    'The price is often high, and it may not cover travel or care when you come home.',
    'If something goes wrong after you come home, your own team may not know what you were given. The questions at the end of this talk can help you check a clinic.',
  ],
};
