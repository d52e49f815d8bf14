import type { Slide } from '../src/content/model.ts';

/** Who made the talk and who paid, with everyone's interests (IPDAS): said before the talk starts. */
export const about: Slide = {
  id: 'about',
  title: 'Who made this talk, and who paid',
  section: 'Welcome',
  seconds: 45,
  blocks: [{ kind: 'credits', layout: 'full' }],
  notes: [
    'Before we start, here is who wrote this talk, who checked it, and who paid for it.',
    'Each person also says what might sway them. We call these interests. For example, a doctor who gives aHSCT has an interest in it.',
    'You should know who is talking to you, and why. If you have a question about any of this, please ask at the end.',
  ],
};
