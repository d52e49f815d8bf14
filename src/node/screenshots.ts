/**
 * Screenshots of every slide and fragment step, for looking at what the deck shows.
 * Usage: npm run shots [-- --phone] [-- --only=myelin,procedure]   (writes test-output/shots/)
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';
import { serveSite } from './serve-site.ts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'test-output', 'shots');
const phone = process.argv.includes('--phone');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

await build({ root, logLevel: 'warn', build: { outDir: join(root, 'test-output', 'site'), emptyOutDir: true } });
const site = await serveSite(join(root, 'test-output', 'site'));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 720 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
});
await mkdir(out, { recursive: true });

if (phone) {
  await page.goto(site.url);
  await page.waitForFunction(() => window.Reveal?.isReady());
  const height = await page.evaluate(() => document.querySelector('.reveal-viewport')!.scrollHeight);
  for (let top = 0, i = 0; top < height; top += 844, i++) {
    await page.evaluate((y) => document.querySelector('.reveal-viewport')!.scrollTo(0, y), top);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(out, `phone-${String(i).padStart(3, '0')}.png`) });
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
