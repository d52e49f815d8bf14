import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';

/**
 * Every colour theme (src/theme/page.css: the standard :root palette, and the reader's choices
 * under html[data-theme]) keeps text at 7:1 against every background it is set on, and figure
 * marks and lines at 3:1. Checked from the palette itself, so a theme cannot pass by having
 * no page that shows a pair.
 */
const PAGE = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'theme', 'page.css'), 'utf8');

type Palette = Record<string, string>;

function block(selector: string): Palette {
  const start = PAGE.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`page.css has no ${selector} block`);
  const body = PAGE.slice(start, PAGE.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

const rgb = (hex: string): number[] => {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
};

const TEXTS = ['--ink', '--ink-soft', '--accent', '--accent-strong', '--caution'];
const GROUNDS = ['--bg', '--surface', '--surface-info', '--surface-caution', '--surface-reading'];
const MARKS = ['--mark-blue', '--mark-orange', '--line', '--accent-strong'];

/** Every pair under its minimum, described. */
function weakPairs(palette: Palette): string[] {
  const problems: string[] = [];
  for (const ground of GROUNDS) {
    for (const [names, minimum] of [[TEXTS, 7], [MARKS, 3]] as const) {
      for (const name of names) {
        const ratio = contrastRatio(rgb(palette[name]!), rgb(palette[ground]!));
        if (ratio < minimum) problems.push(`${name} on ${ground}: ${ratio.toFixed(2)}:1 (needs ${minimum}:1)`);
      }
    }
  }
  return problems;
}

const standard = block(':root');
const themes: [string, Palette][] = [
  ['standard', standard],
  ['dark', { ...standard, ...block("html[data-theme='dark']") }],
  ['yellow on black', { ...standard, ...block("html[data-theme='yellow']") }],
];

describe('the colour themes', () => {
  it.each(themes)('%s: text at 7:1 and marks at 3:1 on every background', (_name, palette) => {
    for (const name of [...TEXTS, ...GROUNDS, ...MARKS]) expect(palette[name], name).toMatch(/^#/);
    expect(weakPairs(palette)).toEqual([]);
  });

  it('finds a colour too pale for its background', () => {
    expect(weakPairs({ ...standard, '--ink-soft': '#8a8f99' })).toContainEqual(expect.stringMatching(/^--ink-soft on --bg: [\d.]+:1 \(needs 7:1\)$/));
    expect(weakPairs({ ...standard, '--mark-orange': '#f3c89a' })).toContainEqual(expect.stringMatching(/^--mark-orange on --bg/));
  });
});
