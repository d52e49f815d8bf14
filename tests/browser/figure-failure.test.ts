import { describe, expect, inject } from 'vitest';
import { waitForDeck } from '../support/browser.ts';
import { deckTest } from '../support/deck-test.ts';
import { spills } from '../support/layout.ts';

describe('a figure that throws', () => {
  deckTest('leaves the deck running, shows its slide in words, and is reported once', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // Serve the deck with the procedure figure's data broken, as a bad edit might leave it.
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(id="procedure-figure" data-figure="procedure" data-spec=")[^"]*"/, '$1{&quot;steps&quot;:7}"');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${inject('siteUrl')}#/procedure`);
    await waitForDeck(page);

    const figure = page.locator('#procedure-figure');
    expect(await figure.getAttribute('class')).toContain('is-failed');
    expect(await page.locator('#procedure-figure .figure-art svg').count()).toBe(0);
    const steps = page.locator('#procedure-figure .figure-steps > li');
    expect(await steps.count()).toBe(7);
    for (const step of await steps.all()) expect(await step.isVisible()).toBe(true);
    expect(await spills(page), 'the words fit where the picture was').toEqual([]);
    await page.screenshot({ path: 'test-output/figure-failed.png' });

    // The deck still works around it: step through, leave, come back, resize.
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe('procedure');
    // Other figures still draw when their slides come near.
    await page.evaluate(() => { location.hash = '#/myelin'; });
    await page.locator('#myelin-figure.is-drawn .figure-art svg').waitFor({ state: 'attached' });

    expect(warnings.filter((w) => w.includes('procedure-figure'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
