import { describe, expect } from 'vitest';
import { library } from '../../slides/index.ts';
import type { IconArrayFigure } from '../../src/content/model.ts';
import { settle } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { movingMarks } from '../support/figures.ts';
import { squash } from '../support/text.ts';

const arrays = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'icon-array' ? [{ id: slide.id, figure: block.figure as IconArrayFigure }] : [])),
);

interface DrawnPanel {
  people: { x: number; y: number; affected: boolean }[];
  visible: boolean;
  legend: string[];
  affectedFill: string;
  otherFill: string;
  background: string;
}

describe.each(arrays)('the icon array on "#/$id"', ({ id, figure }) => {
  deckTest('draws 100 people per panel, the affected ones filled and grouped from the top left', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}/${figure.panels.length - 1}`, reducedMotion: 'reduce' });
    const panels = await page.evaluate((slideId) => {
      for (const animation of document.getAnimations()) animation.finish();
      return [...document.querySelectorAll(`[id="${slideId}"] .people`)].map((group): DrawnPanel => {
        const uses = [...group.querySelectorAll<SVGUseElement>('use.person:not(.in-motion)')];
        const fill = (selector: string): string => {
          const el = group.querySelector(selector);
          return el ? getComputedStyle(el).fill : '';
        };
        return {
          people: uses.map((use) => ({ x: use.x.baseVal.value, y: use.y.baseVal.value, affected: use.classList.contains('person-affected') })),
          visible: getComputedStyle(group).opacity === '1',
          legend: [...group.parentElement!.querySelectorAll('.icon-legend text')].map((t) => t.textContent!),
          affectedFill: fill('.person-affected'),
          otherFill: fill('.person-other'),
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
    }, id);

    expect(panels).toHaveLength(figure.panels.length);
    panels.forEach((drawn, i) => {
      const panel = figure.panels[i]!;
      const where = `panel ${i + 1} ("${panel.label}")`;
      expect(drawn.visible, `${where} shows at the last step`).toBe(true);
      expect(drawn.people, where).toHaveLength(100);
      expect(drawn.people.filter((p) => p.affected), where).toHaveLength(panel.affected);
      // In reading order (top to bottom, then left to right) the affected come first.
      const reading = [...drawn.people].sort((a, b) => a.y - b.y || a.x - b.x);
      expect(reading.slice(0, panel.affected).every((p) => p.affected), `${where}: affected from the top left`).toBe(true);
      expect(new Set(reading.map((p) => p.y)).size, `${where}: 10 rows`).toBe(10);
      expect(new Set(reading.map((p) => p.x)).size, `${where}: 10 columns`).toBe(10);
      // Shape, not colour alone: the others are outlines, filled with the background.
      expect(drawn.otherFill, where).toBe(drawn.background);
      expect(drawn.affectedFill === '' || drawn.affectedFill !== drawn.background, where).toBe(true);
      expect(drawn.legend.map(squash).join(' '), `${where}: legend`).toBe(`${panel.affected} ${panel.affectedLabel} ${100 - panel.affected} ${panel.othersLabel}`);
    });
  });

  deckTest('shows no panel before the first click, then one more at each click', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}`, reducedMotion: 'reduce' });
    const shown = (): Promise<number> =>
      page.evaluate((slideId) => {
        for (const animation of document.getAnimations()) animation.finish();
        return [...document.querySelectorAll(`[id="${slideId}"] .people`)].filter((g) => getComputedStyle(g).opacity === '1').length;
      }, id);
    expect(await shown()).toBe(0);
    for (let step = 1; step <= figure.panels.length; step++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      expect(await shown(), `step ${step}`).toBe(step);
    }
  });

  deckTest('fills in the affected people within a second, then leaves nothing moving', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}` });
    await page.keyboard.press('ArrowRight');
    await settle(page, 20);
    const covers = await movingMarks(page);
    if (figure.panels[0]!.affected > 0) expect(covers).toBeGreaterThan(0);
    expect(covers).toBeLessThanOrEqual(figure.panels[0]!.affected);
    await settle(page, 1000);
    expect(await movingMarks(page)).toBe(0);
  });
});
