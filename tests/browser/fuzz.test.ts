import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { library } from '../../slides/index.ts';
import { deckTest } from '../support/deck-test.ts';
import { figureSignature } from '../support/figures.ts';
import { isReaderView, sidewaysScroll } from '../support/reader.ts';
import { PHONE, figuresNearDrawn, settle } from '../support/browser.ts';
import { READER_ACTIONS, SLIDE_ACTIONS, memoryAfterGc, nextAction, seededRandom, settleReaderToStart, settleToStart, type Action } from '../support/fuzz.ts';

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

/** The pictures of every figure with steps in the reader view, at its first, middle and last step, reached by links. */
async function allReaderFigures(page: Page): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const id of figureSlides) {
    const steps = await page.evaluate((slideId) => document.querySelectorAll(`[id="${slideId}"] .figure-stepper ~ .figure-steps > *`).length, id);
    for (const f of new Set([0, Math.floor(steps / 2) - 1, steps - 1].filter((step) => step >= 0))) {
      await page.evaluate((hash) => { location.hash = hash; }, `#/${id}/${f}`);
      await settle(page);
      await figuresNearDrawn(page);
      seen[`${id} step ${f + 1}`] = await figureSignature(page, id);
    }
  }
  return seen;
}

/**
 * Runs `rounds` rounds of `perRound` seeded actions, settling back to the start after each,
 * and measures memory then. What it says when something fails names the seed and the actions
 * before the first problem.
 */
async function fuzz(
  page: Page,
  problems: string[],
  { actions, rounds, perRound, settle, seed }: { actions: readonly Action[]; rounds: number; perRound: number; settle: (page: Page) => Promise<void>; seed: number },
): Promise<{ memory: { nodes: number; heap: number }[]; replay: () => string; count: number }> {
  const random = seededRandom(seed);
  const log: string[] = [];
  let firstProblemAt = -1;
  const replay = (): string =>
    `replay with FUZZ_SEED=${SEED}; ${firstProblemAt >= 0 ? `first problem after action ${firstProblemAt}: ` : ''}` +
    `last actions: ${log.slice(Math.max(0, (firstProblemAt >= 0 ? firstProblemAt : log.length) - 8), firstProblemAt >= 0 ? firstProblemAt + 1 : undefined).join(' · ')}`;
  // Memory after each round, once back at the start. The first rounds warm up (code loaded,
  // parts of the page built on first use); after that, more use must keep nothing more.
  const memory: { nodes: number; heap: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < perRound; i++) {
      log.push(await nextAction(random, actions)(page, random, slideIds));
      if (firstProblemAt < 0 && problems.length > 0) firstProblemAt = log.length - 1;
    }
    await settle(page);
    memory.push(await memoryAfterGc(page));
  }
  return { memory, replay, count: log.length };
}

describe(`random presenting and reading on the slides (seed ${SEED})`, () => {
  deckTest('raises no error, leaves every figure as a fresh visit shows it, and keeps no memory', async ({ openDeck }) => {
    const { page, problems } = await openDeck({ query: '?transition=none' });
    const { memory, replay, count } = await fuzz(page, problems, { actions: SLIDE_ACTIONS, rounds: ROUNDS, perRound: ROUND, settle: settleToStart, seed: SEED });
    const [before, after] = [memory[1]!, memory.at(-1)!];
    console.log(`fuzz: ${count} actions; DOM nodes ${memory.map((m) => m.nodes).join(' → ')}; JS heap ${memory.map((m) => (m.heap / 1e6).toFixed(2)).join(' → ')} MB`);
    expect(problems, replay()).toEqual([]);

    // Between rounds the count moves by about 150 (pictures restored from HTML or drawn afresh);
    // a leak of one slide's DOM per change of size, or of a listener per slide change, adds thousands.
    expect(after.nodes - before.nodes, `DOM nodes ${before.nodes} → ${after.nodes}; ${replay()}`).toBeLessThan(500);
    expect(after.heap - before.heap, `JS heap ${before.heap} → ${after.heap} bytes; ${replay()}`).toBeLessThan(1_000_000);

    const fuzzed = await allFigures(page);
    const fresh = await openDeck({ query: '?transition=none' });
    expect(fuzzed, replay()).toEqual(await allFigures(fresh.page));
  });
});

describe(`random reading in the reader view (seed ${SEED})`, () => {
  deckTest('raises no error, leaves every figure as a fresh visit shows it, keeps no memory, and never scrolls sideways', async ({ openDeck }) => {
    const { page, problems } = await openDeck({ viewport: PHONE, hasTouch: true, query: '?view=reader' });
    const { memory, replay, count } = await fuzz(page, problems, { actions: READER_ACTIONS, rounds: 3, perRound: 100, settle: settleReaderToStart, seed: SEED + 1 });
    const [before, after] = [memory[1]!, memory.at(-1)!];
    console.log(`reader fuzz: ${count} actions; DOM nodes ${memory.map((m) => m.nodes).join(' → ')}; JS heap ${memory.map((m) => (m.heap / 1e6).toFixed(2)).join(' → ')} MB`);
    expect(problems, replay()).toEqual([]);
    expect(await isReaderView(page), 'still the reader view').toBe(true);
    expect(await sidewaysScroll(page), replay()).toEqual([]);
    expect(after.nodes - before.nodes, `DOM nodes ${before.nodes} → ${after.nodes}; ${replay()}`).toBeLessThan(200);
    expect(after.heap - before.heap, `JS heap ${before.heap} → ${after.heap} bytes; ${replay()}`).toBeLessThan(1_000_000);

    const fuzzed = await allReaderFigures(page);
    const fresh = await openDeck({ viewport: PHONE, hasTouch: true, query: '?view=reader' });
    expect(fuzzed, replay()).toEqual(await allReaderFigures(fresh.page));
  });
});
