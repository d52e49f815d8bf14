import type { Slide } from '../src/content/model.ts';

export const comparison: Slide = {
  id: 'comparison',
  title: 'Four choices side by side',
  section: 'Stem cell therapy',
  seconds: 120,
  optional: true,
  blocks: [
    {
      kind: 'figure',
      figure: {
        type: 'comparison',
        summary: 'The same four questions, asked of each choice. Clinic cells are not a proven choice.',
        options: ['No change', 'Stronger DMT', 'aHSCT', 'Clinic cells'],
        warning: { option: 3, label: 'Unproven' },
        rows: [
          { label: 'How given', cells: ['Your usual medicine', 'Drip, pill or jab', 'Chemo, then own cells', 'Drip of cells'] },
          {
            label: 'Evidence',
            cells: ['Trials [S20]', 'Trials [S75]', 'Trials [S4]', 'Not shown to help [S13]'],
            ratings: { values: [3, 3, 2, 0], meaning: 'strength of evidence' },
          },
          {
            label: 'Main risks',
            cells: ['MS may stay active [S75]', 'Infection, PML [S73]', 'Infection, infertility, death [S9]', 'Strokes, tumours [S7]'],
          },
          { label: 'Time taken', cells: ['Ongoing', 'Ongoing', 'Months [S43]', 'Varies'] },
        ],
      },
    },
  ],
  notes: [
    'We go one row at a time. Each row asks the same question of all four choices. The dots are our short summary of how strong the evidence is.',
    'No change means you keep your current medicine. If your MS is calm, that may be the right choice. If it is active, relapses may go on.',
    'A stronger DMT is the usual next step. aHSCT is a single, hard treatment, with months of recovery. Clinic cells sound quick and easy. But they have no proof of benefit, and serious harms have been reported. [S7]',
  ],
};
