import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../../src/node/chromium.ts';
import { serveSite } from '../../src/node/serve-site.ts';

export const SITE_DIR = join(import.meta.dirname, '..', '..', 'test-output', 'site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    chromePath: string;
  }
}

/** Builds the deck for production once, serves it on localhost, and finds the browser. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = requireChromium((line) => console.log(line));
  await build({
    root: join(import.meta.dirname, '..', '..'),
    logLevel: 'warn',
    build: { outDir: SITE_DIR, emptyOutDir: true },
  });
  const site = await serveSite(SITE_DIR);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', SITE_DIR);
  project.provide('chromePath', chromePath);
  return () => site.close();
}
