import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

/** The first slide's section, as our build rendered it. */
export async function firstSection(builtIndex: string): Promise<string> {
  const html = await readFile(builtIndex, 'utf8');
  const match = /<section\b[\s\S]*?<\/section>/.exec(html);
  if (!match) throw new Error(`No slide found in ${builtIndex}: build the deck first.`);
  return match[0];
}

/**
 * The peer a presenter would otherwise pick: the same first slide on stock reveal.js with its
 * own theme (which inlines its fonts) and the whole d3 bundle. It is built only in the bench,
 * to compare against: the deck itself imports d3 as small modules and has its own theme.
 */
export async function buildStockPeer(workDir: string, outDir: string, section: string): Promise<void> {
  const src = join(workDir, 'stock-src');
  await mkdir(src, { recursive: true });
  await writeFile(
    join(src, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Stock reveal.js deck</title><script type="module" src="./main.js"></script></head>` +
      `<body><div class="reveal"><div class="slides">${section}</div></div></body></html>`,
  );
  await writeFile(
    join(src, 'main.js'),
    `import 'reveal.js/reset.css';\nimport 'reveal.js/reveal.css';\nimport 'reveal.js/theme/white.css';\n` +
      `import Reveal from 'reveal.js';\nimport * as d3 from 'd3';\nwindow.d3 = d3;\nReveal.initialize({ hash: true });\n`,
  );
  await build({ root: src, configFile: false, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** The floor: a bare HTML page with the same words and nothing else. */
export async function writeFloor(outDir: string, section: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const words = section
    .replace(/<aside class="notes">[\s\S]*?<\/aside>/, '')
    .replace(/<section[^>]*>|<\/section>/g, '')
    .replace(/ (class|id|data-[a-z-]+|aria-[a-z]+|role)="[^"]*"/g, '');
  await writeFile(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Bare page</title></head><body>${words}</body></html>`,
  );
}
