import { firstPaint, showStartFailure } from './deck/boot.ts';
import { currentView } from './views/choose-view.ts';

// The entry: the page has painted (its start cover, or in the reader view its words, from
// index.html alone); the view its head script chose is then loaded with its own style sheet.
// The reader view never loads reveal.js.
await firstPaint();
await (currentView() === 'reader' ? import('./views/reader/reader-main.ts') : import('./views/slides/slides-main.ts')).catch((error: unknown) => {
  showStartFailure();
  throw error;
});
