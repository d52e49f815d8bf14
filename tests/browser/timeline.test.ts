import { describe, expect } from 'vitest';
import { library } from '../../slides/index.ts';
import type { TimelineFigure } from '../../src/content/model.ts';
import { settle } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';

const timelines = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'timeline' ? [{ id: slide.id, figure: block.figure as TimelineFigure }] : [])),
);

describe.each(timelines)('the timeline on "#/$id"', ({ id, figure }) => {
  deckTest('adds one event per click, names the newest in bold, and keeps the earlier ones in time order', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}`, reducedMotion: 'reduce' });
    const drawn = (): Promise<{ markers: number[]; now: number[]; names: string[]; bold: string[] }> =>
      page.evaluate((slideId) => {
        for (const animation of document.getAnimations()) animation.finish();
        const shown = (el: Element): boolean => getComputedStyle(el).opacity === '1';
        const svg = document.querySelector(`[id="${slideId}"] .figure-art svg`)!;
        const x = (el: Element): number => Number(el.getAttribute('cx'));
        return {
          markers: [...svg.querySelectorAll('.event-marker')].filter(shown).map(x),
          now: [...svg.querySelectorAll('.event-marker-now')].filter(shown).map(x),
          names: [...svg.querySelectorAll('.event-name')].filter(shown).map((t) => t.textContent!),
          bold: [...svg.querySelectorAll('.event-name')].filter((t) => shown(t) && Number(getComputedStyle(t).fontWeight) >= 700).map((t) => t.textContent!),
        };
      }, id);

    expect(await drawn()).toEqual({ markers: [], now: [], names: [], bold: [] });
    for (let step = 1; step <= figure.events.length; step++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      const { markers, now, names, bold } = await drawn();
      expect(markers, `step ${step}: one marker per event so far`).toHaveLength(step);
      expect(now, `step ${step}: one event is the current one`).toHaveLength(1);
      expect(now[0], `step ${step}: the current one is the latest`).toBe(Math.max(...markers));
      expect(names, `step ${step}`).toEqual(figure.events.slice(0, step).map((e) => e.name));
      expect(bold, `step ${step}`).toEqual([figure.events[step - 1]!.name]);
    }
  });
});
