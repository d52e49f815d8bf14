import type { Slide } from '../src/content/model.ts';

export const twoKinds: Slide = {
  id: 'two-kinds',
  title: 'Stem cell therapy: two different things',
  section: 'Stem cell therapy',
  seconds: 150,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: '[[ahsct|aHSCT]]',
          items: [
            '[[chemotherapy|Chemotherapy]], then your own blood [[stem-cells|stem cells]] back [S9]',
            'Good evidence in active [[relapsing-ms|relapsing MS]] [S4]',
            'Backed by the US National MS Society for some people [S7]',
            'Offered in NHS specialist centres [S9]',
          ],
        },
        {
          heading: 'Clinic cell infusions',
          items: [
            'Cells from fat, cord or marrow, often with no chemotherapy [S10]',
            'A trial of [[mesenchymal-cells|mesenchymal cells]] in 144 people: no benefit [S13]',
            'Not approved for MS by the US FDA [S10]',
            'Not approved in the UK either [S8]',
          ],
        },
      ],
    },
  ],
  notes: [
    'This is the most important slide today. The words “stem cell therapy” are used for two very different things.',
    'aHSCT is a hospital treatment with strong chemotherapy. It has real evidence for some people with active relapsing MS.',
    'Clinic infusions usually skip the chemotherapy. Many use mesenchymal cells from fat, cord or marrow. In the trial, one drip of these cells did no better than a dummy drip on MRI scans. [S13]',
    'So when you read about stem cells, always ask: which kind is this?',
  ],
};
