import { firstPaint, showStartFailure } from './deck/boot.ts';
import { presenterKey, roomPage } from './room/room-role.ts';
import { currentView } from './views/choose-view.ts';

// The entry: the page has painted (its start cover, or in the reader view its words, from
// index.html alone); the view its head script chose is then loaded with its own style sheet.
// The reader view never loads reveal.js.
await firstPaint();
// A room's phone remote (npm run room) is a page of its own, made from the same one.
const started =
  roomPage() === 'remote' ? import('./room/remote.ts').then(({ startRemote }) => startRemote(presenterKey()))
  : currentView() === 'reader' ? import('./views/reader/reader-main.ts')
  : import('./views/slides/slides-main.ts');
await started.catch((error: unknown) => {
  showStartFailure();
  throw error;
});
