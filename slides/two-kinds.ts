import type { Slide } from '../src/content/model.ts';

export const twoKinds: Slide = {
  id: 'two-kinds',
  title: 'Stem cell therapy: two different things',
  section: 'Stem cell therapy',
  seconds: 105,
  blocks: [
    {
      kind: 'columns',
      columns: [
        {
          heading: '[[ahsct|aHSCT]]',
          items: [
            '[[chemotherapy|Chemotherapy]], then your own blood [[stem-cells|stem cells]] back [S9]',
            'Good evidence in active [[relapsing-ms|relapsing MS]] [S4]',
            'Backed by the US National MS Society for some people [S16]',
            'Offered in some NHS centres in the UK [S9]',
          ],
        },
        {
          heading: 'Clinic cell infusions',
          items: [
            'Cells from fat, cord or marrow, often with no chemo [S10]',
            'A trial of 144 people: [[mesenchymal-cells|mesenchymal cells]] did not calm MS [S13]',
            'Harms: strokes, infections, tumours, blindness [S7, S72, S71]',
            'Not approved for MS: only in trials [S10, S8, S3]',
          ],
        },
      ],
    },
  ],
  notes: [
    'This is the most important slide today. The words “stem cell therapy” are used for two very different things.',
    'aHSCT is a hospital treatment with strong chemotherapy. It has real evidence for some people with active relapsing MS.',
    'Clinic infusions usually skip the chemotherapy. Many use mesenchymal cells from fat, cord or marrow. In a trial, one drip of these cells did no better than a dummy drip. It did not cut new inflammation on MRI scans over 6 months. [S13]',
    'So when you read about stem cells, always ask: which kind is this?',
  ],
};
