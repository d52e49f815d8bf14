import { describe, expect, it } from 'vitest';
import { bootScript, FirstPaintError, holdNothingBeforeFirstPaint } from '../../src/build/first-paint.ts';

const built = `<head><style>.cover{}</style>
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-1.css">
<link rel="preload" href="./assets/font-1.woff2" as="font" type="font/woff2" crossorigin>
</head>`;

describe('the page before its first paint', () => {
  it("fetches the deck's style sheet without blocking paint, marked for the deck to switch on", () => {
    const html = holdNothingBeforeFirstPaint(built);
    expect(html).toContain('<link rel="stylesheet" media="print" data-deck-styles crossorigin href="./assets/index-1.css">');
  });

  it("asks for the deck's script from an inline boot, and loads no script file itself", () => {
    const html = holdNothingBeforeFirstPaint(built);
    expect(html).toContain(`<script type="module">${bootScript('./assets/index-1.js')}</script>`);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(bootScript('./assets/index-1.js')).toContain('import("./assets/index-1.js")');
  });

  it('leaves the inline style and the font preloads as they are', () => {
    const html = holdNothingBeforeFirstPaint(built);
    expect(html).toContain('<style>.cover{}</style>');
    expect(html).toContain('<link rel="preload" href="./assets/font-1.woff2" as="font" type="font/woff2" crossorigin>');
  });

  it('refuses a page that does not load exactly one style sheet and one script, saying what it found', () => {
    expect(() => holdNothingBeforeFirstPaint('<head></head>')).toThrow(FirstPaintError);
    expect(() => holdNothingBeforeFirstPaint(built.replace(/<script[^]*?<\/script>/, ''))).toThrow(/found 1 and 0/);
  });
});
