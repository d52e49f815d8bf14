import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * The deck asks 7:1 of all text. WCAG's AAA rule asks only 4.5:1 of large text, and nearly
 * all slide text is large, so the enhanced check is set to 7:1 for every size, with no floor
 * below which it leaves a failure to the AA rule.
 */
const SEVEN_TO_ONE = {
  contrastRatio: { normal: { expected: 7, minThreshold: 1 }, large: { expected: 7, minThreshold: 1 } },
};

export interface AxeFinding {
  rule: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated over the protocol, so a strict Content Security Policy
 * does not stop it) with the WCAG A/AA tags plus the AAA enhanced contrast rule. Contrast that
 * axe could not work out is reported too, so it can never pass unchecked. With `include` (a
 * selector, as the browser reads it) axe checks only what it matches, and leaves out the rules
 * that judge a whole document (its title, language, landmarks).
 */
export async function axeFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, scope, contrast]) => {
      const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
      runner.configure({ checks: [{ id: 'color-contrast-enhanced', options: contrast }] });
      const within = scope ? [...document.querySelectorAll(scope)] : [];
      if (scope && within.length === 0) throw new Error(`axe: nothing matches ${scope}`);
      const result = await runner.run(scope ? { include: within } : document, {
        runOnly: { type: 'tag', values: tags as string[] },
        rules: { 'color-contrast-enhanced': { enabled: true } },
        resultTypes: ['violations', 'incomplete'],
      });
      // A contrast check axe could not finish is a check that did not run: count it. SVG
      // text is the exception: axe cannot measure it, lowContrastSvgText() in contrast.ts does.
      // Open popovers are in the top layer, which axe cannot place: topLayerContrast() in contrast.ts measures them.
      const inTopLayer = (n: { target: unknown[] }): boolean =>
        document.querySelector(String(n.target[0]))?.closest(':popover-open') != null;
      // Text scrolled out of a box that scrolls cannot be measured where it is: a test checks
      // that box again scrolled to its end (see axeFindingsScrolled).
      const scrolledOut = (n: { target: unknown[] }): boolean => {
        const el = document.querySelector(String(n.target[0]));
        const scroller = el?.closest<HTMLElement>('[data-axe-scroller]');
        if (!el || !scroller) return false;
        const [r, s] = [el.getBoundingClientRect(), scroller.getBoundingClientRect()];
        return r.top < s.top - 1 || r.bottom > s.bottom + 1;
      };
      const unchecked = result.incomplete
        .filter((r) => r.id.startsWith('color-contrast'))
        .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !/^<(text|tspan)\b/.test(n.html)) }))
        .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !inTopLayer(n) && !scrolledOut(n)) }))
        .filter((r) => r.nodes.length > 0);
      return [...result.violations, ...unchecked].map((v) => ({
        rule: v.id,
        help: v.help,
        targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
      }));
    },
    [AXE_TAGS, include ?? null, SEVEN_TO_ONE] as const,
  );
}

/**
 * axe over the page, or the part of it matching `include`, with every box that scrolls
 * (matching `scrollers`) checked twice: at its top and scrolled to its end, so that each line
 * is measured once in view.
 */
export async function axeFindingsScrolled(page: Page, scrollers: string, include?: string): Promise<AxeFinding[]> {
  const marked = await page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.scrollHeight > el.clientHeight + 1);
    boxes.forEach((el) => el.setAttribute('data-axe-scroller', ''));
    return boxes.length;
  }, scrollers);
  const findings = await axeFindings(page, include);
  if (marked > 0) {
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-axe-scroller]').forEach((el) => el.scrollTo(0, el.scrollHeight)));
    findings.push(...(await axeFindings(page, include)));
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('[data-axe-scroller]').forEach((el) => {
        el.scrollTo(0, 0);
        el.removeAttribute('data-axe-scroller');
      }),
    );
  }
  return findings;
}
