import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../chromium.ts';

export interface PageScore {
  performance: number;
  /** The performance score of every run, in the order they ran. */
  performanceRuns: number[];
  /** Milliseconds, as Lighthouse's mobile simulation reports them. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred (compressed) by kind. */
  bytes: { total: number; js: number; css: number; fonts: number; html: number; other: number };
}

interface NetworkItem {
  transferSize?: number;
  resourceType?: string;
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function runOnce(url: string, chromePath: string): Promise<Report> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function scoreOf(lhr: Report, performanceRuns: number[]): PageScore {
  const audits = lhr.audits;
  const value = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
  const items = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []) as NetworkItem[];
  const sum = (...types: string[]): number =>
    items.filter((i) => types.includes(i.resourceType ?? '')).reduce((s, i) => s + (i.transferSize ?? 0), 0);
  const total = items.reduce((s, i) => s + (i.transferSize ?? 0), 0);
  const js = sum('Script');
  const css = sum('Stylesheet');
  const fonts = sum('Font');
  const html = sum('Document');
  return {
    performance: lhr.categories.performance?.score ?? 0,
    performanceRuns,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: { total, js, css, fonts, html, other: total - js - css - fonts - html },
  };
}

/**
 * Lighthouse 13's mobile test, run `runs` times; the run kept is the one Lighthouse itself
 * calls the median (nearest the median first paint and time to interactive), with every
 * run's performance score beside it.
 */
export async function lighthouseScore(url: string, chromePath: string, runs = 5): Promise<PageScore> {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) reports.push(await runOnce(url, chromePath));
  return scoreOf(computeMedianRun(reports), reports.map((lhr) => lhr.categories.performance?.score ?? 0));
}
