import { describe, expect } from 'vitest';
import { library } from '../../slides/index.ts';
import type { ComparisonFigure } from '../../src/content/model.ts';
import { plainText } from '../../src/content/inline.ts';
import { settle } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';

const comparisons = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'comparison' ? [{ id: slide.id, figure: block.figure as ComparisonFigure }] : [])),
);

describe.each(comparisons)('the comparison on "#/$id"', ({ id, figure }) => {
  deckTest('keeps the real data table as its text alternative, out of sight', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}/${figure.rows.length - 1}` });
    const table = await page.evaluate((slideId) => {
      const el = document.querySelector<HTMLTableElement>(`[id="${slideId}"] table.figure-table`)!;
      // Out of sight: its frame clipped to nothing, as .visually-hidden does.
      const style = getComputedStyle(el.closest('.table-frame')!);
      const clipped = style.position === 'absolute' && style.clip === 'rect(0px, 0px, 0px, 0px)' && style.clipPath === 'inset(50%)';
      return {
        clipped,
        heads: [...el.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
        rows: [...el.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.textContent!.trim()),
        name: el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim() : '',
      };
    }, id);
    expect(table.clipped, 'the table is clipped out of sight').toBe(true);
    expect(table.rows).toEqual(figure.rows.map((r) => plainText(r.label)));
    expect(table.heads).toHaveLength(figure.options.length);
    if (figure.warning) expect(table.heads[figure.warning.option]).toContain(`(${figure.warning.label})`);
    expect(table.name).toBe(plainText(figure.summary));
  });

  deckTest('answers one question per click on a band, and fences off the unproven option from the start', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}`, reducedMotion: 'reduce' });
    const drawn = (): Promise<{ rows: number[]; band: number[]; dots: number; fence: [number, number] | null; options: [string, number][]; warning: string }> =>
      page.evaluate((slideId) => {
        for (const animation of document.getAnimations()) animation.finish();
        const svg = document.querySelector(`[id="${slideId}"] .figure-art svg`)!;
        const shown = (el: Element): boolean => getComputedStyle(el).opacity === '1';
        const rows = [...svg.querySelectorAll('.comparison-row')].filter((row) => shown(row.querySelector('.row-cells')!)).map((row) => Number(row.getAttribute('data-row')));
        const bands = [...svg.querySelectorAll('.row-band')];
        const fence = svg.querySelector<SVGRectElement>('.warning-fence');
        return {
          rows,
          band: bands.flatMap((band, i) => (shown(band) ? [i] : [])),
          dots: [...svg.querySelectorAll('.row-cells .rating-dot-on')].filter((dot) => shown(dot.closest('.row-cells')!)).length,
          fence: fence ? [fence.x.baseVal.value, fence.x.baseVal.value + fence.width.baseVal.value] : null,
          options: [...svg.querySelectorAll<SVGTextElement>('.option-label')].map((t) => [t.textContent!, t.x.baseVal[0]!.value]),
          warning: [...svg.querySelectorAll('.warning-label')].filter(shown).map((t) => t.textContent).join(),
        };
      }, id);

    const start = await drawn();
    expect(start.rows).toEqual([]);
    expect(start.band).toEqual([]);
    expect(start.options.map(([name]) => name)).toEqual(figure.options.map(plainText));
    if (figure.warning) {
      expect(start.warning).toBe(plainText(figure.warning.label));
      const [left, right] = start.fence!;
      start.options.forEach(([name, x], i) => expect(x > left && x < right, `"${name}" inside the fence`).toBe(i === figure.warning!.option));
    }
    let dots = 0;
    for (let step = 1; step <= figure.rows.length; step++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      const now = await drawn();
      dots += (figure.rows[step - 1]!.ratings?.values ?? []).reduce((sum, v) => sum + v, 0);
      expect(now.rows, `step ${step}`).toEqual(Array.from({ length: step }, (_, i) => i));
      expect(now.band, `step ${step}: the band is on the row just answered`).toEqual([step - 1]);
      expect(now.dots, `step ${step}: rating dots filled`).toBe(dots);
    }
  });
});
