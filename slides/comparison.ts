import type { Slide } from '../src/content/model.ts';

export const comparison: Slide = {
  id: 'comparison',
  title: 'Three options side by side',
  section: 'Stem cell therapy',
  seconds: 105,
  optional: true,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'comparison',
        summary: 'The same five questions, asked of each option.',
        options: ['Usual treatment', 'aHSCT', 'Clinic infusions'],
        warning: { option: 2, label: 'Unproven' },
        rows: [
          { label: 'Aim', cells: ['Fewer relapses', 'Reset immunity', 'Claims to repair'] },
          { label: 'How given', cells: ['Pills or injections', 'Chemo and own cells', 'Drip of cells'] },
          {
            label: 'Evidence',
            cells: ['Many trials [S20]', 'Trials in relapsing MS [S4]', 'No benefit in a trial [S13]'],
            ratings: { values: [3, 2, 0], meaning: 'strength of evidence' },
          },
          {
            label: 'Main risks',
            cells: ['Infections, side effects [S73]', 'Infection, infertility, death [S9]', 'Strokes, infection, blindness [S7, S71]'],
          },
          { label: 'Time taken', cells: ['Ongoing, for years', '3 months, then recovery [S43]', 'Varies by clinic'] },
        ],
      },
    },
  ],
  notes: [
    'We go one row at a time. Each row asks the same question of all three options. The dots are our short summary of how strong the evidence is.',
    'Usual treatment is ongoing. aHSCT is a single, hard treatment, with months of recovery. Clinic infusions often sound quick and easy. But they have no proof of benefit, and serious harms have been reported. [S7]',
    'Keeping your current treatment is a real choice too. For many people it is the right one.',
  ],
};
