import type { Slide } from '../src/content/model.ts';

export const candidates: Slide = {
  id: 'candidates',
  title: 'Who might aHSCT help?',
  section: 'Stem cell therapy',
  seconds: 90,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: 'May be a candidate',
          items: [
            'Active MS despite a strong [[dmt|DMT]], or you cannot take one [S16, S35]',
            'Younger: best under about 45 [S35]',
            'MS for less than 10 years [S35]',
            'Lower disability: [[edss|EDSS]] under 6 [S35]',
          ],
        },
        {
          heading: 'Unlikely to help',
          items: [
            '[[progressive-ms|Progressive MS]] with no signs of active inflammation [S35]',
            'Disability that built up over many years [S12]',
            'Bad symptoms alone, when MS is not active [S35]',
          ],
        },
      ],
    },
    { kind: 'callout', tone: 'info', text: 'Only at a centre with a lot of experience. Before you have tried strong medicines, only in a trial. [S16, S35]' },
  ],
  notes: [
    'Guidelines differ a little. In the NHS, aHSCT is for people aged 18 to 56 with an EDSS score up to 6.5, whose MS is still active despite a strong DMT [S9]. EDSS is a disability score from 0 to 10. A score of 6 means you need a stick to walk about 100 metres. [S76]',
    'Progressive MS may be considered if scans show active inflammation. [S35]',
    'Why not inactive progressive MS? aHSCT calms the immune attack. It cannot repair damage that is already there. [S12]',
    'You decide together with your nerve doctor and a transplant team.',
  ],
};
