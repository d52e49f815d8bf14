import type { Slide } from '../src/content/model.ts';

export const procedure: Slide = {
  id: 'procedure',
  title: 'How aHSCT is done, step by step',
  section: 'The aHSCT journey',
  seconds: 150,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'procedure',
        summary: 'aHSCT has seven steps over about 3 months, from tests to new blood cells. [S43]',
        steps: [
          {
            stage: 'tests',
            name: 'Tests',
            sentence: 'Doctors check your heart, lungs and kidneys. You have scans, and often a bone marrow test. [S9, S67]',
          },
          {
            stage: 'mobilise',
            name: 'Mobilise',
            sentence: '[[mobilisation|Mobilising]] drugs push stem cells out of your [[bone-marrow|bone marrow]] into your blood. [S9]',
          },
          {
            stage: 'collect',
            name: 'Collect',
            sentence: 'About 10 days later, a machine filters stem cells from your blood: [[apheresis]]. [S9]',
          },
          {
            stage: 'freeze',
            name: 'Freeze',
            sentence: 'Your cells are frozen in liquid nitrogen and kept safe until they are needed. [S39]',
          },
          {
            stage: 'condition',
            name: 'Chemotherapy',
            sentence: 'Strong [[chemotherapy]] over several days clears out much of your immune system: [[conditioning]]. [S9]',
          },
          {
            stage: 'infuse',
            name: 'Return cells',
            sentence: 'Your own ([[autologous]]) cells are thawed and dripped back into a vein. [S39]',
          },
          {
            stage: 'engraft',
            name: 'Rebuild',
            sentence: 'In about 10 to 14 days, the cells settle and make new blood cells: [[engraftment]]. [S39]',
          },
        ],
      },
    },
  ],
  notes: [
    'Some websites describe three steps: take the cells, process them, put them back. They leave out two big steps: the drugs that move stem cells into the blood, and the chemotherapy.',
    'The chemotherapy does the main work: it clears out the immune cells that attack myelin. Milder drugs clear out only part of the immune system. [S9] Your own stem cells then help your blood and immune system grow back.',
    'In the early steps, MS symptoms can flare for a short time. [S9]',
  ],
};
