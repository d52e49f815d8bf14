/**
 * npm run bench [-- --runs=5] [-- --readme]; npm run bench -- --room for the room (room-bench.ts)
 *
 * Builds the deck, serves it as a static host would (gzip), and prints one table comparing,
 * in the same run, our reader view (what a phone opens) and our slides, a stock reveal.js deck
 * (the same first slide, reveal.js's own theme, the whole d3 bundle) and a bare HTML page with
 * the same words (the floor). Budgets
 * are reported as met or missed; nothing here is a timed test. --readme writes the table into
 * the README between its bench markers.
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, requireChromium } from '../chromium.ts';
import { serveSite } from '../serve-site.ts';
import { frameGaps, type FrameGaps } from './frame-gaps.ts';
import { lighthouseScore, type PageScore } from './lighthouse-run.ts';
import { buildStockPeer, firstSection, writeFloor } from './peers.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const work = join(root, 'test-output', 'bench');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const log = (line: string): void => console.log(`bench: ${line}`);

if (process.argv.includes('--room')) {
  // npm run bench -- --room: the room's own bench, with no browser.
  await import('./room-bench.ts');
  process.exit();
}

const chromePath = requireChromium(log);

log('building the deck, the stock reveal.js peer and the bare floor page');
const ours = join(work, 'ours');
await build({ root, logLevel: 'warn', build: { outDir: ours, emptyOutDir: true } });
const section = await firstSection(join(ours, 'index.html'));
await buildStockPeer(work, join(work, 'stock'), section);
await writeFloor(join(work, 'floor'), section);

const sites = {
  ours: await serveSite(ours),
  stock: await serveSite(join(work, 'stock')),
  floor: await serveSite(join(work, 'floor')),
};
/** The pages measured: our deck in each of its views, and its two peers. */
const pages = {
  reader: `${sites.ours.url}?view=reader`,
  slides: `${sites.ours.url}?view=slides`,
  stock: sites.stock.url,
  floor: sites.floor.url,
};

const scores: Record<keyof typeof pages, PageScore> = {} as never;
for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
  log(`Lighthouse 13 mobile on ${name} (${runs} runs)`);
  scores[name] = await lighthouseScore(pages[name], chromePath, runs);
}

// One run's worst frame rests on a single frame, which the machine's own hiccups can decide:
// keep the median run of more runs than Lighthouse needs (each is short), and print every
// run's worst beside it.
const frameRunCount = runs * 2 - 1;
log(`frame gaps while the procedure figure plays, CPU slowed 4x (${frameRunCount} runs)`);
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const frameRuns: FrameGaps[] = [];
for (let i = 0; i < frameRunCount; i++) frameRuns.push(await frameGaps(browser, pages.slides, 'procedure'));
frameRuns.sort((a, b) => a.worst - b.worst);
const frames = frameRuns[Math.floor(frameRuns.length / 2)]!;
const everyWorst = frameRuns.map((run) => run.worst.toFixed(0)).join(', ');
await browser.close();
for (const site of Object.values(sites)) await site.close();

log('handout export');
const handoutFile = join(work, 'handout.pdf');
const started = performance.now();
const handout = spawnSync('npm', ['run', '--silent', 'handout', '--', `--out=${handoutFile}`], { cwd: root, encoding: 'utf8' });
const handoutSeconds = (performance.now() - started) / 1000;
if (handout.status !== 0) throw new Error(`npm run handout failed (exit ${handout.status}): ${(handout.stderr || handout.stdout).trim()}`);
const handoutBytes = (await stat(handoutFile)).size;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const row = (label: string, pick: (s: PageScore) => string): string =>
  `| ${label} | ${pick(scores.reader)} | ${pick(scores.slides)} | ${pick(scores.stock)} | ${pick(scores.floor)} |`;

const { reader, slides, floor } = scores;
const budgets: [string, boolean, string][] = [
  ['reader view: Lighthouse mobile performance 1.00', reader.performance >= 1, reader.performance.toFixed(2)],
  ['reader view: largest contentful paint within 1.5x the floor', reader.lcp <= floor.lcp * 1.5, `${ms(reader.lcp)} vs ${ms(floor.lcp * 1.5)}`],
  ['reader view: first view at most 80 KB', reader.bytes.total <= 80 * 1024, kb(reader.bytes.total)],
  ['reader view: no layout shift', reader.cls === 0, reader.cls.toFixed(3)],
  ['slides: Lighthouse mobile performance 1.00', slides.performance >= 1, slides.performance.toFixed(2)],
  ['slides: first contentful paint within 1.5x the floor', slides.fcp <= floor.fcp * 1.5, `${ms(slides.fcp)} vs ${ms(floor.fcp * 1.5)}`],
  ['slides: first view at most 120 KB', slides.bytes.total <= 120 * 1024, kb(slides.bytes.total)],
  ['slides: p95 frame at most 20 ms', frames.p95 <= 20, `${frames.p95.toFixed(1)} ms`],
  ['slides: no frame over 50 ms', frames.worst <= 50, `${frames.worst.toFixed(1)} ms`],
  ['slides: no layout shift', slides.cls === 0, slides.cls.toFixed(3)],
];

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine: Lighthouse 13 mobile (simulated slow 4G, 4x CPU), ${runs} runs, the median run as Lighthouse picks it; Chromium with the CPU slowed 4x for frames, median of ${frameRunCount} runs by worst frame.`,
  '',
  '| | reader view | slides | stock reveal.js + d3 | bare HTML (floor) |',
  '| --- | --- | --- | --- | --- |',
  row('performance score', (s) => `${s.performance.toFixed(2)} (each run: ${s.performanceRuns.map((score) => score.toFixed(2)).join(', ')})`),
  row('first contentful paint', (s) => ms(s.fcp)),
  row('largest contentful paint', (s) => ms(s.lcp)),
  row('total blocking time', (s) => ms(s.tbt)),
  row('cumulative layout shift', (s) => s.cls.toFixed(3)),
  row('bytes, first view (gzip)', (s) => kb(s.bytes.total)),
  row('  of which JS', (s) => kb(s.bytes.js)),
  row('  of which CSS', (s) => kb(s.bytes.css)),
  row('  of which fonts', (s) => kb(s.bytes.fonts)),
  row('  of which HTML', (s) => kb(s.bytes.html)),
  `| procedure figure, frame gap p95 / worst (CPU 4x) | | ${frames.p95.toFixed(1)} ms / ${frames.worst.toFixed(1)} ms (each run's worst: ${everyWorst} ms) | no figure | no figure |`,
  `| long tasks while it plays | | ${frames.longTasks} | | |`,
  `| handout export: time, size | | ${handoutSeconds.toFixed(1)} s, ${(handoutBytes / 1024 / 1024).toFixed(2)} MB | | |`,
  '',
  '| budget | result | |',
  '| --- | --- | --- |',
  ...budgets.map(([name, met, value]) => `| ${name} | ${value} | ${met ? 'met' : '**missed**'} |`),
].join('\n');

console.log(`\n${table}\n`);
await writeFile(join(work, 'results.json'), JSON.stringify({ scores, frames, frameRuns, handoutSeconds, handoutBytes, budgets }, null, 2));

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = await readFile(readme, 'utf8');
  const updated = text.replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, (_all, start: string, end: string) => `${start}${table}\n${end}`);
  if (updated === text) throw new Error('README.md has no <!-- bench:start --> / <!-- bench:end --> markers.');
  await writeFile(readme, updated);
  log('README table updated');
}
const missed = budgets.filter(([, met]) => !met);
log(missed.length ? `${missed.length} budget(s) missed: ${missed.map(([n]) => n).join('; ')}` : 'all budgets met');
