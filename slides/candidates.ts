import type { Slide } from '../src/content/model.ts';

export const candidates: Slide = {
  id: 'candidates',
  title: 'Who might aHSCT help?',
  section: 'Stem cell therapy',
  seconds: 120,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: 'May be a candidate',
          items: [
            'Relapses or new [[lesion|lesions]] despite a strong [[dmt|DMT]] [S16]',
            'Younger: best under about 45 [S35]',
            'MS for less than 10 years [S35]',
            'Lower disability: [[edss|EDSS]] under 6 [S35]',
          ],
        },
        {
          heading: 'Unlikely to benefit',
          items: [
            '[[progressive-ms|Progressive MS]] with no signs of activity [S12]',
            'Disability that built up over many years [S12]',
          ],
        },
      ],
    },
    { kind: 'callout', tone: 'info', text: 'It should only be done at a centre with a lot of experience. [S16]' },
  ],
  notes: [
    'The clinic article says stem cells may suit “IBD patients”. IBD is a bowel disease. It should say people with MS.',
    'Guidelines differ a little. The NHS offers aHSCT from age 18 to 56, with an EDSS score up to 6.5 [S9]. EDSS is a disability score from 0 to 10. [S64]',
    'Why not inactive progressive MS? aHSCT calms the immune attack. It cannot repair damage that is already there. [S12]',
    'Your nerve doctor and a transplant team decide together.',
  ],
};
