import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ContentPolicyError, hashSource, inlinePieces, offlinePolicy, printViewStyles, sitePolicy, speakerViewInline, withPolicy } from '../../src/build/content-policy.ts';

const notesPlugin = readFileSync(createRequire(import.meta.url).resolve('reveal.js/plugin/notes').replace(/notes\.js$/, 'notes.mjs'), 'utf8');

describe('the content policy', () => {
  it('finds the speaker view page reveal.js writes, its style and its whole script', () => {
    const { style, script } = speakerViewInline(notesPlugin);
    expect(style).toContain('#speaker-controls');
    expect(script).toContain("namespace: 'reveal-notes'");
    expect(script.trim().endsWith('})();')).toBe(true);
  });

  it('says which file it could not read, rather than writing a policy that breaks the speaker view', () => {
    expect(() => speakerViewInline('export default {}', 'notes.mjs')).toThrow(ContentPolicyError);
    expect(() => speakerViewInline('export default {}', 'notes.mjs')).toThrow(/notes\.mjs/);
  });

  it('allows the print view styles for the deck canvas, and the inline pieces by hash only', () => {
    expect(printViewStyles()[0]).toBe('@page{size:1331px 748px; margin: 0px;}');
    const policy = sitePolicy({ style: 'a{}', script: 'go()' }, { styles: ['.cover{}'], scripts: ['boot()'] });
    expect(policy).toContain(`script-src 'self' ${hashSource('boot()')} ${hashSource('go()')}`);
    expect(policy).toContain(hashSource('a{}'));
    expect(policy).toContain(hashSource('.cover{}'));
    expect(offlinePolicy({ styles: ['a{}'], scripts: ['go()'] })).toContain(`script-src ${hashSource('go()')};`);
    // The well-known value: sha256 of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("finds the page's own inline styles and scripts exactly as written, and no file it loads", () => {
    const html =
      '<head><style>\n.cover { color: navy }\n</style><link rel="stylesheet" href="a.css"><script type="module">boot()</script>' +
      '<script type="module" src="a.js"></script></head><body><STYLE media="print">p{}</STYLE></body>';
    expect(inlinePieces(html)).toEqual({ styles: ['\n.cover { color: navy }\n', 'p{}'], scripts: ['boot()'] });
    expect(inlinePieces('<head></head>')).toEqual({ styles: [], scripts: [] });
  });

  it('goes right after <meta charset>, and refuses a page without one', () => {
    const html = withPolicy('<head><meta charset="utf-8" /><script src="a.js"></script></head>', "default-src 'none'");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(() => withPolicy('<head></head>', "default-src 'none'")).toThrow(/meta charset/);
  });
});
