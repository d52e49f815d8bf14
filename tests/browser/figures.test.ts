import { describe, expect } from 'vitest';
import { library } from '../../slides/index.ts';
import { figureSteps } from '../../src/content/figure-content.ts';
import { plainText } from '../../src/content/inline.ts';
import type { Figure } from '../../src/content/model.ts';
import { settle } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { announced, figureSignature, labelClashes, movingMarks } from '../support/figures.ts';

const figureSlides = library.talk.slides.flatMap((slide) =>
  slide.blocks.flatMap((block) => (block.kind === 'figure' ? [{ id: slide.id, figure: block.figure as Figure }] : [])),
);

describe.each(figureSlides)('the $figure.type figure on "#/$id"', ({ id, figure }) => {
  const stepCount = figureSteps(figure).length;

  deckTest('is drawn as one described image, and changes at every click and back again', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}` });
    const svg = page.locator(`[id="${id}"] .figure-art svg`);
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await page.locator(`[id="${id}"] .figure-art svg > title`).textContent()).not.toBe('');
    expect(await page.locator(`[id="${id}"] .figure-art svg > desc`).textContent()).not.toBe('');

    const forward = [await figureSignature(page, id)];
    for (let step = 1; step <= stepCount; step++) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      forward.push(await figureSignature(page, id));
      expect(forward[step], `step ${step} looks like step ${step - 1}`).not.toBe(forward[step - 1]);
      const words = (text: string): string => text.replace(/[^A-Za-z0-9]+/g, ' ').trim();
      const sentence = words(plainText(figureSteps(figure)[step - 1]!.sentence));
      // plainText leaves citations out of the step's words; so does this, from what was announced.
      const heard = (await announced(page)).replace(/\bSources? \[[\d, ]+\]/g, ' ');
      expect(words(heard), `step ${step} is announced`).toContain(sentence);
    }
    for (let step = stepCount - 1; step >= 0; step--) {
      await page.keyboard.press('ArrowLeft');
      await settle(page);
      expect(await figureSignature(page, id), `back to step ${step}`).toBe(forward[step]);
    }
    expect(await page.evaluate((slideId) => window.Reveal!.getCurrentSlide().id === slideId, id)).toBe(true);
  });

  deckTest('keeps the words in the picture apart from each other and inside it, at every step', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}`, reducedMotion: 'reduce' });
    for (let step = 0; step <= stepCount; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await settle(page);
      expect(await labelClashes(page, id), `step ${step}`).toEqual([]);
    }
  });

  deckTest('agrees with a fresh visit after rapid clicking and jumping', async ({ openDeck }) => {
    // The address of the slide with fragments up to `f` shown (-1: none, the step before the first click).
    const address = (f: number): string => (f >= 0 ? `#/${id}/${f}` : `#/${id}`);
    const fresh = await openDeck({ hash: address(stepCount - 3) });
    const expected = await figureSignature(fresh.page, id);

    const { page } = await openDeck({ hash: `#/${id}` });
    for (let i = 0; i < stepCount; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await settle(page, 1200);
    const at = await page.evaluate(() => window.Reveal!.getIndices().f ?? -1);
    if (at === stepCount - 3) expect(await figureSignature(page, id)).toBe(expected);
    else {
      // PageUp from the next slide lands on this one with all its steps shown.
      const last = await openDeck({ hash: address(at) });
      expect(await figureSignature(page, id)).toBe(await figureSignature(last.page, id));
    }
    expect(await movingMarks(page)).toBe(0);
  });

  deckTest('stops moving when the presenter leaves the slide mid-step', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}/1` });
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => window.Reveal!.next());
    const next = await page.evaluate(() => window.Reveal!.getCurrentSlide().id);
    while ((await page.evaluate(() => window.Reveal!.getCurrentSlide().id)) === id) await page.evaluate(() => window.Reveal!.next());
    expect(next).toBeTruthy();
    await settle(page, 100);
    expect(await movingMarks(page)).toBe(0);
  });

  deckTest('shows each step at once, without movement, when the reader asks for reduced motion', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}`, reducedMotion: 'reduce' });
    for (let step = 1; step <= stepCount; step++) {
      await page.keyboard.press('ArrowRight');
      const running = await page.evaluate(() => {
        const marks = [...document.querySelectorAll('.reveal .figure-art *')];
        return document.getAnimations().filter((a) => marks.includes((a.effect as KeyframeEffect)?.target as Element)).length;
      });
      expect(running, `step ${step}: marks still fading or moving`).toBe(0);
      expect(await movingMarks(page), `step ${step}: moving dots`).toBe(0);
    }
  });

  deckTest('prints complete: the print view shows the final step', async ({ openDeck }) => {
    const last = await openDeck({ hash: `#/${id}/${stepCount - 1}` });
    const complete = await figureSignature(last.page, id);

    const { page } = await openDeck({ query: '?print-pdf' });
    await page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'));
    expect(await figureSignature(page, id)).toBe(complete);
    if (figure.type !== 'comparison') {
      // The handout gives the last step's words with the picture, as the slide does at that step.
      const words = await page.evaluate((slideId) => {
        const last = document.querySelector(`[id="${slideId}"] ol.figure-steps > li:last-child`);
        return last && last.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? last.textContent : '';
      }, id);
      expect(words).toContain(plainText(figureSteps(figure).at(-1)!.sentence).slice(0, 20));
    }
  });
});

const routeFigures = figureSlides.filter(({ figure }) => figure.type === 'procedure' || figure.type === 'myelin');

describe.each(routeFigures)('motion in the $figure.type figure on "#/$id"', ({ id, figure }) => {
  deckTest('travels only along the lines drawn at that step', async ({ openDeck }) => {
    const { page } = await openDeck({ hash: `#/${id}` });
    let seen = 0;
    for (let step = 1; step <= figureSteps(figure).length; step++) {
      await page.keyboard.press('ArrowRight');
      for (let look = 0; look < 6; look++) {
        await settle(page, 120);
        const strays = await page.evaluate((slideId) => {
          const figure = document.querySelector(`[id="${slideId}"] figure[data-figure]`)!;
          for (const animation of document.getAnimations()) animation.finish();
          const drawn = [...figure.querySelectorAll<SVGPathElement>('path[data-steps]')].filter((path) => getComputedStyle(path).opacity === '1');
          const onLines = drawn.flatMap((path) => {
            const length = path.getTotalLength();
            return Array.from({ length: Math.ceil(length) + 1 }, (_, i) => path.getPointAtLength(Math.min(i, length)));
          });
          const marks = [...figure.querySelectorAll('.in-motion')].map((mark) => {
            const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(mark.getAttribute('transform') ?? '') ?? [];
            return { x: Number(x), y: Number(y) };
          });
          const off = marks.filter((m) => !onLines.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 2));
          return { marks: marks.length, off: off.map((m) => `(${m.x.toFixed(0)}, ${m.y.toFixed(0)})`) };
        }, id);
        seen += strays.marks;
        expect(strays.off, `step ${step}: marks away from the drawn lines`).toEqual([]);
      }
    }
    expect(seen, 'something moved').toBeGreaterThan(0);
  });
});
