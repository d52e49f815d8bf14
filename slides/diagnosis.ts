import type { Slide } from '../src/content/model.ts';

export const diagnosis: Slide = {
  id: 'diagnosis',
  title: 'How doctors find out it is MS',
  section: 'Understanding MS',
  seconds: 90,
  optional: true,
  blocks: [
    {
      kind: 'points',
      items: [
        'A nerve doctor asks about your symptoms and checks your eyes, strength and balance. [S18]',
        'An [[mri|MRI]] scan looks for [[lesion|lesions]] in the brain and spinal cord. [S18]',
        'Blood tests rule out other illnesses that look like MS. They cannot prove MS. [S18]',
        'A [[lumbar-puncture|spinal tap]] checks the fluid around the spine for signs of MS. [S24]',
        'No single test decides. Doctors follow agreed rules: the [[mcdonald-criteria|McDonald criteria]], updated in 2024. [S27]',
      ],
    },
  ],
  notes: [
    'Finding out can take time, and the wait can be hard.',
    'A scan alone is not enough. Spots on a scan can have other causes. [S18]',
    'The spinal tap looks for special markers in the fluid. In one study from Norway, about 94 in 100 people with MS had them [S24]. But people with other illnesses can have them too.',
    'The rules were updated in 2024, and published in 2025. They add the nerve at the back of the eye, and new scan and spinal fluid tests. So many people can get an answer sooner. [S27]',
  ],
};
