// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hashSource } from '../../src/build/content-policy.ts';
import { offlinePage, type BuiltFile } from '../../src/build/offline-file.ts';

/** What vite-plugin-singlefile leaves of the in-memory build: one page with everything inside. */
const page = `<!doctype html><html><head><meta charset="utf-8"><title>Deck</title>
<style>.cover{color:navy}</style>
<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" type="image/svg+xml" />
<script type="module" crossorigin>console.log("deck")</script>
<style rel="stylesheet" crossorigin>body{color:navy}</style>
</head><body><p>Slides</p></body></html>`;

const built = (...more: BuiltFile[]): BuiltFile[] => [{ type: 'asset', fileName: 'index.html', source: page }, ...more];
const policyOf = (html: string): string =>
  new DOMParser().parseFromString(html, 'text/html').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;

describe('the offline file', () => {
  it('allows its inline script and each of its styles by hash, first in the head', () => {
    const html = offlinePage(built());
    const policy = policyOf(html);
    expect(policy).toContain(`script-src ${hashSource('console.log("deck")')};`);
    expect(policy).toContain(`style-src ${hashSource('.cover{color:navy}')} ${hashSource('body{color:navy}')};`);
    expect(policy).toContain('font-src data:; img-src data:');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
    expect(new DOMParser().parseFromString(html, 'text/html').body.textContent).toBe('Slides');
  });

  it('refuses a build that left a file outside the page, which would be missing from disk', () => {
    expect(() => offlinePage(built({ type: 'chunk', fileName: 'assets/shared-1.js' }))).toThrow(/assets\/shared-1\.js could not be put inside the page/);
  });
});
