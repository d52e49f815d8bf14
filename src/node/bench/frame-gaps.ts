import type { Browser } from 'playwright-core';

export interface FrameGaps {
  frames: number;
  p95: number;
  worst: number;
  longTasks: number;
}

/** Records the gap between animation frames, and long tasks, until told to stop. Kept as text:
 * the script runner renames functions in ways the page cannot follow. */
const FRAME_RECORDER = `(() => {
  const record = { gaps: [], longTasks: 0, running: true };
  window.frameRecord = record;
  new PerformanceObserver((list) => { record.longTasks += list.getEntries().length; }).observe({ type: 'longtask' });
  let last = performance.now();
  function tick(now) {
    record.gaps.push(now - last);
    last = now;
    if (record.running) requestAnimationFrame(tick);
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

/**
 * Frame gaps while a figure plays with the CPU slowed 4x (Chromium's CPU throttling), clicking
 * through every step of the slide as a presenter would, once the figure is drawn.
 */
export async function frameGaps(browser: Browser, deckUrl: string, slideId: string): Promise<FrameGaps> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`${deckUrl}#/${slideId}`);
    await page.waitForFunction(() => window.Reveal?.isReady() === true);
    await page.evaluate(() => document.fonts.ready);
    // The figures near the slide are drawn when the page is idle after the start; measure the
    // figure playing, not that start-up, which Lighthouse's blocking time already counts.
    await page.waitForFunction(() => !document.querySelector('figure.is-pending'));
    // The start ends with reveal.js fading its controls in and sliding its progress bar (0.8 s).
    // A first click inside that overlaps the start and measures it twice: wait for stillness.
    await page.waitForFunction(() => document.getAnimations().length === 0, undefined, { timeout: 10_000 }).catch(() => {
      throw new Error(`frame gaps: the deck at #/${slideId} never came to rest (some animation runs on and on); stop it, then bench again.`);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const steps = await page.evaluate(() => window.Reveal!.getCurrentSlide().querySelectorAll('.figure-steps > *').length);
    await page.evaluate(FRAME_RECORDER);
    for (let step = 0; step < steps; step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(1800);
    }
    const record = await page.evaluate(() => {
      const r = (window as unknown as { frameRecord: { gaps: number[]; longTasks: number; running: boolean } }).frameRecord;
      r.running = false;
      return { gaps: r.gaps, longTasks: r.longTasks };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const sorted = [...record.gaps].sort((a, b) => a - b);
    return {
      frames: sorted.length,
      p95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
      worst: sorted[sorted.length - 1] ?? Number.NaN,
      longTasks: record.longTasks,
    };
  } finally {
    await page.close();
  }
}
