/**
 * The handout PDF: builds the site with this seminar's details, opens it in Chromium as the
 * handout (`?print-pdf`: the reader view laid out for paper by src/views/reader/handout.ts) and
 * prints it twice: once to find the page each section of the talk starts on, then with those
 * pages in the cover's contents.
 *
 * Usage: npm run handout [-- --large-print] [-- --paper a4|letter] [-- --out FILE] [-- --site DIR]
 *   --large-print  nothing under 16 pt, body at 18 pt (default: clear print, 12 pt and up)
 *   --paper        A4 or US Letter (default: the seminar details' "paper", else A4)
 *   --out FILE     where to write the PDF (default dist/handout.pdf, or handout-large-print.pdf)
 *   --site DIR     where to build the site it prints from (default dist/)
 * SEMINAR_CONFIG=path/to/seminar.json picks the seminar details, as for npm run build.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_SEMINAR } from '../build/deck-plugin.ts';
import { loadSeminar } from '../build/seminar-config.ts';
import type { Paper } from '../views/reader/handout.ts';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';
import { readPdf } from './pdf-read.ts';
import { sectionPages } from './section-pages.ts';
import { serveSite } from './serve-site.ts';

const root = join(import.meta.dirname, '..', '..');

interface HandoutOptions {
  /** The PDF to write. */
  out: string;
  largePrint: boolean;
  /** Undefined: the seminar details' paper, else A4. */
  paper: Paper | undefined;
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

/** The handout's address, as a browser's print dialog would print it too. */
function handoutQuery(largePrint: boolean, paper: Paper): string {
  return `?print-pdf${largePrint ? '&large-print' : ''}${paper === 'letter' ? '&paper=letter' : ''}`;
}

/** Runs a fresh build into `dir` without losing a handout made there before (the other print size, say). */
async function keepingHandouts(dir: string, work: () => Promise<unknown>): Promise<void> {
  const kept = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(kept.filter((name) => /^handout.*\.pdf$/.test(name)).map(async (name) => [name, await readFile(join(dir, name))] as const));
  await work();
  await Promise.all(files.map(([name, data]) => writeFile(join(dir, name), data)));
}

async function makeHandout({ out, largePrint, paper: asked, siteDir, log = console.log }: HandoutOptions): Promise<HandoutResult> {
  const started = performance.now();
  const shown = (path: string): string => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
  };
  const seminarFile = process.env.SEMINAR_CONFIG || DEFAULT_SEMINAR;
  const paper = asked ?? loadSeminar(resolve(root, seminarFile)).paper ?? 'a4';
  const chromePath = requireChromium(log);

  log(`Building the site in ${shown(siteDir)}/ with the seminar details from ${seminarFile}...`);
  await keepingHandouts(siteDir, () => build({ root, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } }));

  const site = await serveSite(siteDir);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, reducedMotion: 'reduce' });
    // A script error in the page means the handout would be wrong: stop at once and say so.
    const failed = new Promise<never>((_resolve, reject) =>
      page.on('pageerror', (error) => reject(new Error(`The deck failed in print view: ${error.message}`))),
    );
    failed.catch(() => undefined);
    await page.goto(`${site.url}${handoutQuery(largePrint, paper)}`);
    await Promise.race([
      page.waitForFunction(() => document.documentElement.classList.contains('handout-ready'), undefined, { timeout: 30_000 }),
      failed,
    ]);
    const print = (): Promise<Buffer> => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });

    log(`Laying out the ${largePrint ? 'large print' : 'clear print'} handout on ${paper === 'letter' ? 'US Letter' : 'A4'}...`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, await print());
    const titles = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.handout-contents li[data-slide]')].map((item) => [
          item.dataset.slide!,
          document.getElementById(item.dataset.slide!)?.querySelector('h2')?.textContent ?? '',
        ]),
      ),
    );
    const first = await readPdf(out);
    await page.evaluate((pages) => window.handoutContents?.(pages), sectionPages(first.pages, titles));

    log(`Writing ${first.pages.length} pages to ${shown(out)}...`);
    await writeFile(out, await print());
    const pages = first.pages.length;
    const { size } = await stat(out);
    const seconds = (performance.now() - started) / 1000;
    log(`Done: ${pages} pages, ${(size / 1024).toFixed(0)} KB, in ${seconds.toFixed(1)} s.`);
    return { pages, bytes: size, seconds };
  } finally {
    await browser.close();
    await site.close();
  }
}

function parseArgs(argv: string[]): Omit<HandoutOptions, 'log'> {
  let out: string | undefined;
  let siteDir = join(root, 'dist');
  let largePrint = false;
  let paper: Paper | undefined;
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
    else if (flag === '--large-print') largePrint = true;
    else if (flag === '--paper') {
      const v = (inline ?? argv[++i] ?? '').toLowerCase();
      if (v !== 'a4' && v !== 'letter') throw new UsageError(`--paper is a4 or letter, not "${v}".`);
      paper = v;
    } else throw new UsageError(`unknown option "${arg}".`);
  }
  return { out: out ?? join(root, 'dist', largePrint ? 'handout-large-print.pdf' : 'handout.pdf'), largePrint, paper, siteDir };
}

class UsageError extends Error {}

try {
  await makeHandout(parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(
    error instanceof UsageError
      ? `npm run handout: ${error.message} Usage: npm run handout [-- --large-print] [-- --paper a4|letter] [-- --out FILE] [-- --site DIR]`
      : (error as Error).message,
  );
  process.exitCode = 1;
}
