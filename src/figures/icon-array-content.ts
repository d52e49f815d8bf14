import type { IconArrayFigure } from '../content/model.ts';
import { plainText } from '../content/inline.ts';
import type { FigureKind } from './figure-kind.ts';

export interface IconArraySpec {
  panels: { label: string; affected: number; affectedLabel: string; othersLabel: string }[];
}

/** The icon array as content: panels of 100 people, one a click, each with its sentence. */
export const iconArrayKind: FigureKind<IconArrayFigure, IconArraySpec> = {
  steps: (figure) => figure.panels.map((panel) => ({ name: panel.label, sentence: panel.sentence })),
  spec: (figure) => ({
    panels: figure.panels.map(({ label, affected, affectedLabel, othersLabel }) => ({ label, affected, affectedLabel, othersLabel })),
  }),
  problems: ({ panels }, check) => {
    if (panels.length < 1 || panels.length > 3) check.problem('panels', `${panels.length} panels; an icon array takes 1 to 3.`);
    panels.forEach((panel, i) => {
      const at = `panels[${i}]`;
      if (!Number.isInteger(panel.affected) || panel.affected < 0 || panel.affected > 100) check.problem(`${at}.affected`, `${panel.affected} must be a whole number from 0 to 100.`);
      check.label(`${at}.label`, panel.label, 24);
      check.label(`${at}.affectedLabel`, panel.affectedLabel, 24);
      check.label(`${at}.othersLabel`, panel.othersLabel, 24);
      check.text(`${at}.sentence`, panel.sentence);
      if (typeof panel.sentence === 'string' && !plainText(panel.sentence).includes(`${panel.affected} in 100`)) {
        check.problem(`${at}.sentence`, `must say "${panel.affected} in 100", as the picture shows.`);
      }
    });
  },
};
