/**
 * Screenshots for looking at what the deck shows (writes test-output/shots/).
 *
 *   npm run shots                          every slide and fragment step at 1280x720
 *   npm run shots -- --only=myelin,risks   some slides only
 *   npm run shots -- --reader              the reader view (?view=reader) at 390x844, screen by
 *                                          screen, as a reader scrolls it (--phone says the same)
 *   npm run shots -- --reader --full       the reader view as one full-page image
 *   npm run shots -- --reader --only=procedure,risks-2
 *                                          some slides' sections of the reader view, screen by screen
 *   --width=320 --height=640               another screen size for the reader view
 *   --text=200                             the browser's text size, in per cent (reader view)
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';
import { serveSite } from './serve-site.ts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'test-output', 'shots');
const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const reader = process.argv.includes('--reader') || process.argv.includes('--phone');
const full = process.argv.includes('--full');
const only = option('only')?.split(',');
const width = Number(option('width') ?? 390);
const height = Number(option('height') ?? 844);
const textSize = Number(option('text') ?? 100);

await build({ root, logLevel: 'warn', build: { outDir: join(root, 'test-output', 'site'), emptyOutDir: true } });
const site = await serveSite(join(root, 'test-output', 'site'));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: reader ? { width, height } : { width: 1280, height: 720 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
  hasTouch: reader && width < 600,
  isMobile: reader && width < 600,
});
await mkdir(out, { recursive: true });

/** Waits for the figures within reach of the screen to be drawn, and for the page to paint. */
async function figuresDrawn(shot: Page): Promise<void> {
  await shot.waitForFunction(() =>
    [...document.querySelectorAll('.slides figure[data-figure]')]
      .filter((figure) => {
        const r = figure.getBoundingClientRect();
        return figure.getClientRects().length > 0 && r.bottom > -innerHeight && r.top < 2 * innerHeight;
      })
      .every((figure) => figure.matches('.is-drawn, .is-failed')),
  );
  await shot.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

if (reader) {
  if (textSize !== 100) {
    // Chromium's own default font size, as a reader's text size setting sets it; it lasts while
    // this session is attached.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round((16 * textSize) / 100), fixed: Math.round((13 * textSize) / 100) } });
  }
  await page.goto(`${site.url}?view=reader`);
  await page.waitForFunction(() => document.getElementById('slides-button') !== null);
  await page.evaluate(() => document.fonts.ready);
  const name = (what: string): string => join(out, `reader-${width}${textSize !== 100 ? `-text${textSize}` : ''}-${what}.png`);
  // Every figure drawn first, so that nothing below moves as the shots are taken.
  for (const id of await page.evaluate(() => [...document.querySelectorAll('.slides > section:has(figure[data-figure])')].map((s) => s.id))) {
    await page.evaluate((slide) => document.getElementById(slide)!.scrollIntoView(), id);
    await figuresDrawn(page);
  }
  /** Screen by screen from `from` to `to` (page pixels), each starting where the last ended under the tool bar. */
  const screens = async (from: number, to: number, what: string): Promise<void> => {
    // The tool bar stays at the top (unless the text is so large that it scrolls away with the page).
    const bar = await page.evaluate(() => {
      const tools = document.getElementById('reader-tools');
      return tools && getComputedStyle(tools).position === 'sticky' ? tools.offsetHeight : 0;
    });
    const step = height - bar - 16;
    for (let top = from, i = 0; top < to - bar; top += step, i++) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      await figuresDrawn(page);
      await page.screenshot({ path: name(`${what}${String(i).padStart(3, '0')}`) });
      if (top + height >= to) break;
    }
  };
  if (only) {
    for (const id of only) {
      const [from, to] = await page.evaluate((slide) => {
        const r = document.getElementById(slide)!.getBoundingClientRect();
        const bar = document.getElementById('reader-tools')?.offsetHeight ?? 0;
        return [r.top + window.scrollY - bar, r.bottom + window.scrollY];
      }, id);
      await screens(from, to, `${id}-`);
    }
  } else if (full) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await figuresDrawn(page);
    await page.screenshot({ path: name('full'), fullPage: true });
  } else {
    await screens(0, await page.evaluate(() => document.documentElement.scrollHeight), '');
  }
} else {
  await page.goto(`${site.url}?transition=none`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  const ids = await page.evaluate(() => window.Reveal!.getSlides().map((s) => s.id));
  for (const [index, id] of ids.entries()) {
    if (only && !only.includes(id)) continue;
    const steps = await page.evaluate((i) => {
      window.Reveal!.slide(i, 0, -1);
      return window.Reveal!.availableFragments().next ? window.Reveal!.getCurrentSlide().querySelectorAll('.fragment').length : 0;
    }, index);
    for (let step = -1; step < steps; step++) {
      await page.evaluate(([i, f]) => window.Reveal!.slide(i!, 0, f), [index, step]);
      await page.waitForTimeout(100);
      const name = `${String(index + 1).padStart(2, '0')}-${id}${steps ? `-step${step + 1}` : ''}.png`;
      await page.screenshot({ path: join(out, name) });
    }
  }
}
console.log(`Screenshots in ${out}`);
await browser.close();
await site.close();
