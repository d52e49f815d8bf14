import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { library } from '../../slides/index.ts';
import type { TimelineFigure } from '../../src/content/model.ts';
import { launchBrowser, openDeck } from '../support/browser.ts';
import { settle } from '../support/figures.ts';

const timelines = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'timeline' ? [{ id: slide.id, figure: block.figure as TimelineFigure }] : [])),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(timelines)('the timeline on "#/$id"', ({ id, figure }) => {
  it('adds one event per click, names the newest in bold, and keeps the earlier ones in time order', async () => {
    const { page, problems } = await openDeck(browser, { hash: `#/${id}`, reducedMotion: 'reduce' });
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
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
