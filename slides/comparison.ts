import type { Slide } from '../src/content/model.ts';

export const comparison: Slide = {
  id: 'comparison',
  title: 'Three options side by side',
  section: 'Stem cell therapy',
  seconds: 105,
  optional: true,
  blocks: [
    {
      kind: 'table',
      caption: 'The same questions asked of each option.',
      head: ['Topic', 'Usual treatment', 'aHSCT', 'Clinic infusions'],
      rows: [
        ['Aim', 'Fewer relapses', 'Reset immunity', 'Unproven repair'],
        ['How given', 'Pills, injections', 'Chemo, own cells', 'Drip of cells'],
        ['Evidence', 'Many trials [S29]', 'Trials in relapsing MS [S4]', 'No benefit in a trial [S13]'],
        ['Main risks', 'Infections, side effects [S31]', 'Infection, infertility, death [S9]', 'Strokes, infection, blindness [S7, S62]'],
        ['Time taken', 'Ongoing, for years', '3 months, then recovery [S43]', 'Varies by clinic'],
      ],
    },
  ],
  notes: [
    'Read this table one row at a time. Each row asks the same question of all three options.',
    'Usual treatment is ongoing. aHSCT is a single, hard treatment, with months of recovery. Clinic infusions often sound quick and easy. But they have no proof of benefit, and serious harms have been reported. [S7]',
    'Keeping your current treatment is a real choice too. For many people it is the right one.',
  ],
};
