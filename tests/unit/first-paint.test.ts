// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bootScript, FirstPaintError, holdNothingBeforeFirstPaint } from '../../src/build/first-paint.ts';
import { viewScript } from '../../src/build/deck-plugin.ts';
import { addressIn, chooseView, READER_BELOW_WIDTH, READER_CLASS } from '../../src/views/choose-view.ts';

const built = `<head><style>.cover{}</style>
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="preload" href="./assets/font-1.woff2" as="font" type="font/woff2" crossorigin>
</head>`;

describe('the page before its first paint', () => {
  it("asks for the entry script from an inline boot, and loads no script file or style sheet itself", () => {
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

  it('refuses a page that loads a style sheet, or not exactly one script, saying what it found', () => {
    expect(() => holdNothingBeforeFirstPaint('<head></head>')).toThrow(FirstPaintError);
    expect(() => holdNothingBeforeFirstPaint(built.replace(/<script[^]*?<\/script>/, ''))).toThrow(/found 0 and 0/);
    expect(() => holdNothingBeforeFirstPaint(built.replace('</head>', '<link rel="stylesheet" href="./a.css"></head>'))).toThrow(/found 1 and 1/);
  });
});

describe('choosing the view before the first paint', () => {
  it('opens the reader view on a narrow screen, the slides on a wider one, and either when asked', () => {
    expect(chooseView('', READER_BELOW_WIDTH - 1)).toBe('reader');
    expect(chooseView('', READER_BELOW_WIDTH)).toBe('slides');
    expect(chooseView('?view=reader', 1280)).toBe('reader');
    expect(chooseView('?view=slides', 390)).toBe('slides');
  });

  it('keeps the slides for their own print and the speaker view’s previews, however narrow; the handout is the reader view', () => {
    expect(chooseView('?print-pdf', 1280)).toBe('reader');
    expect(chooseView('?view=print', 390)).toBe('slides');
    expect(chooseView('?receiver&postMessageEvents=true', 300)).toBe('slides');
  });

  it('runs in the page as the head script, from the function’s own source', () => {
    for (const [width, reader] of [[390, true], [1280, false]] as const) {
      document.documentElement.className = '';
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
      new Function(viewScript())();
      expect(document.documentElement.classList.contains(READER_CLASS), `at ${width} px`).toBe(reader);
    }
  });

  it('links to a place in the other view, keeping the rest of the address', () => {
    const at = { pathname: '/deck/', search: '?track=short' } as Location;
    expect(addressIn('slides', { slide: 'procedure', step: 2 }, at)).toBe('/deck/?track=short&view=slides#/procedure/2');
    expect(addressIn('reader', { slide: 'myelin', step: -1 }, at)).toBe('/deck/?track=short&view=reader#/myelin');
  });
});
