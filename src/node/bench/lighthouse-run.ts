import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../chromium.ts';

export interface PageScore {
  performance: number;
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

async function runOnce(url: string, chromePath: string): Promise<PageScore> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const audits = result.lhr.audits;
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
      performance: result.lhr.categories.performance?.score ?? 0,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: { total, js, css, fonts, html, other: total - js - css - fonts - html },
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse 13's mobile test, run `runs` times; the run with the median first paint is kept. */
export async function lighthouseScore(url: string, chromePath: string, runs = 3): Promise<PageScore> {
  const scores: PageScore[] = [];
  for (let i = 0; i < runs; i++) scores.push(await runOnce(url, chromePath));
  scores.sort((a, b) => a.fcp - b.fcp);
  return scores[Math.floor(scores.length / 2)]!;
}
