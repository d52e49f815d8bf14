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
 * axe could not work out is reported too, so it can never pass unchecked.
 */
export async function axeFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, scope, contrast]) => {
      const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
      runner.configure({ checks: [{ id: 'color-contrast-enhanced', options: contrast }] });
      const result = await runner.run(scope ? { include: [scope] } : document, {
        runOnly: { type: 'tag', values: tags as string[] },
        rules: { 'color-contrast-enhanced': { enabled: true } },
        resultTypes: ['violations', 'incomplete'],
      });
      // A contrast check axe could not finish is a check that did not run: count it. SVG
      // text is the exception: axe cannot measure it, lowContrastSvgText() does.
      const unchecked = result.incomplete
        .filter((r) => r.id.startsWith('color-contrast'))
        .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !/^<(text|tspan)\b/.test(n.html)) }))
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
