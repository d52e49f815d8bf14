// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hashSource } from '../../src/build/content-policy.ts';
import { makeOfflineHtml } from '../../src/build/offline-file.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>Deck</title>
<style>@font-face{src:url(./assets/font-1.woff2)}.cover{color:navy}</style>
<link rel="icon" href="./assets/icon-1.svg" type="image/svg+xml" />
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-1.css">
</head><body><p>Slides</p></body></html>`;

const bundle = (code: string, imports: string[] = []) => ({
  'index.html': { type: 'asset' as const, fileName: 'index.html', source: page },
  'assets/index-1.js': { type: 'chunk' as const, fileName: 'assets/index-1.js', code, imports },
  'assets/index-1.css': { type: 'asset' as const, fileName: 'assets/index-1.css', source: '@font-face{src:url(./font-1.woff2) format("woff2")}body{color:navy}' },
  'assets/font-1.woff2': { type: 'asset' as const, fileName: 'assets/font-1.woff2', source: new Uint8Array([119, 79, 70, 50]) },
  'assets/icon-1.svg': { type: 'asset' as const, fileName: 'assets/icon-1.svg', source: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
});

describe('the offline file', () => {
  it('inlines the script, the styles with their fonts, and the icon, leaving no link to a file', () => {
    const html = makeOfflineHtml(bundle('console.log("deck")'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')!.textContent).toBe('console.log("deck")');
    expect(doc.querySelector('script')!.type).toBe('module');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(`script-src ${hashSource('console.log("deck")')};`);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    const css = doc.querySelector('style')!.textContent!;
    const font = `url("data:font/woff2;base64,${Buffer.from('wOF2').toString('base64')}")`;
    expect(css.split(font), "the font of the page's own style and of the sheet").toHaveLength(3);
    expect(css.indexOf('.cover{color:navy}'), "the page's own style comes first").toBeLessThan(css.indexOf('body{color:navy}'));
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(hashSource(css));
    expect(doc.querySelector('link[rel="icon"]')!.getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(html).not.toContain('./assets/');
    expect(doc.body.textContent).toBe('Slides');
  });

  it('keeps script text that looks like markup or replacement patterns as it is', () => {
    const code = 'const s = "</script><p>not markup</p>"; const t = "$& $1 $\'";';
    const doc = new DOMParser().parseFromString(makeOfflineHtml(bundle(code)), 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')!.textContent).toBe(code.replace('</script', '<\\/script'));
    expect(doc.body.textContent).toBe('Slides');
  });

  it('refuses an entry script that loads other files on start, which would break from disk', () => {
    expect(() => makeOfflineHtml(bundle('import "./shared.js"', ['assets/shared-1.js']))).toThrow(/imports assets\/shared-1\.js on start/);
  });
});
