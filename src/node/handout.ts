/**
 * The handout PDF: builds the site with this seminar's details, opens it in Chromium in
 * reveal.js's print view (which src/modes/handout.ts lays out as A4 pages) and prints it.
 *
 * Usage: npm run handout [-- --out FILE] [-- --site DIR]
 *   --out FILE   where to write the PDF (default dist/handout.pdf)
 *   --site DIR   where to build the site it prints from (default dist/)
 * SEMINAR_CONFIG=path/to/seminar.json picks the seminar details, as for npm run build.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_SEMINAR } from '../build/deck-plugin.ts';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';
import { serveSite } from './serve-site.ts';

const root = join(import.meta.dirname, '..', '..');

interface HandoutOptions {
  /** The PDF to write. */
  out: string;
  /** The folder the site is built into and served from. */
  siteDir: string;
  /** One line per stage. */
  log?: (line: string) => void;
}

interface HandoutResult {
  pages: number;
  bytes: number;
  seconds: number;
}

/** Where reveal.js's print view is asked for. */
const PRINT_QUERY = '?print-pdf';

async function makeHandout({ out, siteDir, log = console.log }: HandoutOptions): Promise<HandoutResult> {
  const started = performance.now();
  const shown = (path: string): string => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
  };
  const seminarFile = process.env.SEMINAR_CONFIG || DEFAULT_SEMINAR;
  const chromePath = requireChromium(log);

  log(`Building the site in ${shown(siteDir)}/ with the seminar details from ${seminarFile}...`);
  await build({ root, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });

  const site = await serveSite(siteDir);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, reducedMotion: 'reduce' });
    // A script error in the page means the handout would be wrong: stop at once and say so.
    const failed = new Promise<never>((_resolve, reject) =>
      page.on('pageerror', (error) => reject(new Error(`The deck failed in print view: ${error.message}`))),
    );
    failed.catch(() => undefined);
    // The layout's own warnings (a page that does not fit on A4) are for the person printing.
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('Handout:')) log(message.text());
    });
    await page.goto(`${site.url}${PRINT_QUERY}`);
    await Promise.race([
      page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'), undefined, { timeout: 30_000 }),
      failed,
    ]);
    const pages = await page.locator('.handout-page').count();

    log(`Rendering ${pages} pages...`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });

    log(`Writing ${shown(out)}...`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, pdf);
    const { size } = await stat(out);
    const seconds = (performance.now() - started) / 1000;
    log(`Done: ${pages} pages, ${(size / 1024).toFixed(0)} KB, in ${seconds.toFixed(1)} s.`);
    return { pages, bytes: size, seconds };
  } finally {
    await browser.close();
    await site.close();
  }
}

function parseArgs(argv: string[]): { out: string; siteDir: string } {
  let out = join(root, 'dist', 'handout.pdf');
  let siteDir = join(root, 'dist');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (!v) throw new UsageError(`${flag} needs a value.`);
      // npm runs scripts from the project folder; paths are meant from where the command was typed.
      return resolve(process.env.INIT_CWD ?? process.cwd(), v);
    };
    if (flag === '--out') out = value();
    else if (flag === '--site') siteDir = value();
    else throw new UsageError(`unknown option "${arg}".`);
  }
  return { out, siteDir };
}

class UsageError extends Error {}

try {
  await makeHandout(parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof UsageError ? `npm run handout: ${error.message} Usage: npm run handout [-- --out FILE] [-- --site DIR]` : (error as Error).message);
  process.exitCode = 1;
}
