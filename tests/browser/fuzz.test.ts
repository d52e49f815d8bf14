import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { deckTest } from '../support/deck-test.ts';
import { figureSignature } from '../support/figures.ts';
import { memoryAfterGc, nextAction, seededRandom, settleToStart } from '../support/fuzz.ts';

/** FUZZ_SEED=n npm test replays (or explores) a run; CI always runs the same one. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const ROUND = 120;
const ROUNDS = 4;
const slideIds = library.talk.slides.map((slide) => slide.id);
const figureSlides = library.talk.slides.filter((slide) => slide.blocks.some((block) => block.kind === 'figure')).map((slide) => slide.id);

/** The pictures of every figure at its first, middle and last step. */
async function allFigures(page: Page): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const id of figureSlides) {
    const [h, steps] = await page.evaluate((slideId) => {
      const slide = document.getElementById(slideId)!;
      return [window.Reveal!.getIndices(slide).h, slide.querySelectorAll('figure .figure-steps > *').length];
    }, id);
    for (const f of new Set([-1, Math.floor(steps / 2) - 1, steps - 1])) {
      await page.evaluate(([hh, ff]) => window.Reveal!.slide(hh, 0, ff), [h, f] as const);
      await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
      seen[`${id} step ${f + 1}`] = await figureSignature(page, id);
    }
  }
  return seen;
}

describe(`random presenting and reading (seed ${SEED})`, () => {
  deckTest('raises no error, leaves every figure as a fresh visit shows it, and keeps no memory', async ({ openDeck }) => {
    const { page, problems } = await openDeck({ query: '?transition=none' });
    const random = seededRandom(SEED);
    const log: string[] = [];
    let firstProblemAt = -1;
    const replay = (): string =>
      `replay with FUZZ_SEED=${SEED}; ${firstProblemAt >= 0 ? `first problem after action ${firstProblemAt}: ` : ''}` +
      `last actions: ${log.slice(Math.max(0, (firstProblemAt >= 0 ? firstProblemAt : log.length) - 8), firstProblemAt >= 0 ? firstProblemAt + 1 : undefined).join(' · ')}`;
    const round = async (): Promise<void> => {
      for (let i = 0; i < ROUND; i++) {
        log.push(await nextAction(random)(page, random, slideIds));
        if (firstProblemAt < 0 && problems.length > 0) firstProblemAt = log.length - 1;
      }
    };

    // Memory after each round, once back at the start. The first rounds warm up (code loaded,
    // parts of the page built on first use); after that, more use must keep nothing more.
    const memory: { nodes: number; heap: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      await round();
      await settleToStart(page);
      memory.push(await memoryAfterGc(page));
    }
    const [before, after] = [memory[1]!, memory.at(-1)!];
    console.log(`fuzz: ${log.length} actions; DOM nodes ${memory.map((m) => m.nodes).join(' → ')}; JS heap ${memory.map((m) => (m.heap / 1e6).toFixed(2)).join(' → ')} MB`);
    expect(problems, replay()).toEqual([]);

    // Between rounds the count moves by about 150 (pictures restored from HTML or drawn afresh);
    // a leak of one slide's DOM per change of view, or of a listener per slide change, adds thousands.
    expect(after.nodes - before.nodes, `DOM nodes ${before.nodes} → ${after.nodes}; ${replay()}`).toBeLessThan(500);
    expect(after.heap - before.heap, `JS heap ${before.heap} → ${after.heap} bytes; ${replay()}`).toBeLessThan(1_000_000);

    const fuzzed = await allFigures(page);
    const fresh = await openDeck({ query: '?transition=none' });
    expect(fuzzed, replay()).toEqual(await allFigures(fresh.page));
  });
});
