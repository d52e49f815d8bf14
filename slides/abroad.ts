import type { Slide } from '../src/content/model.ts';

/** Private aHSCT abroad: real chemotherapy and transplant, paid for by the patient. Not clinic infusions. */
export const abroad: Slide = {
  id: 'abroad',
  title: 'Paying for aHSCT abroad',
  section: 'Results and risks',
  seconds: 75,
  optional: true,
  blocks: [
    { kind: 'lead', text: 'Some people pay for aHSCT abroad: chemotherapy, not a clinic drip. Centres and drugs differ. [S68]' },
    {
      kind: 'points',
      items: [
        'Check the centre has a quality mark, such as [[jacie|JACIE]]. [S68, S67]',
        'Check that nerve doctors and blood doctors plan your care together. [S67]',
        'Get a written plan for your care at home, and your records: drugs, doses and tests. [S67, S68]',
        'Ask what the price leaves out: travel, a stay nearby, and aftercare. [S68]',
      ],
    },
    { kind: 'callout', tone: 'info', text: 'Ask your own team first. You may be able to have aHSCT on the NHS. [S9]' },
  ],
  notes: [
    'Some people travel and pay for aHSCT themselves. It costs a lot, and you carry the risks far from home.',
    'Centres with a quality mark and more practice have better results. [S56]',
    'Some private centres use other drugs, or treat people that NHS centres would not. Ask them why they think it will help you.',
    'Before you decide, talk to your own nerve doctor. Your team at home will care for you when you come back, so they need to know the plan. [S68]',
  ],
};
