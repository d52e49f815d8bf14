import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { fontPreload } from './src/build/font-preload.ts';
import { contentPolicy } from './src/build/content-policy.ts';
import { nothingBeforeFirstPaint } from './src/build/first-paint.ts';
import { OFFLINE_MODE, offlineFile } from './src/build/offline-file.ts';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [deckPlugin({ root }), fontPreload(), nothingBeforeFirstPaint(OFFLINE_MODE), contentPolicy(OFFLINE_MODE), offlineFile()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
