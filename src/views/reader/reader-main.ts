import '../../theme/figures.css';
import '../../theme/figure-steps.css';
import '../../theme/modes/reader-tools.css';
import '../../theme/modes/notice.css';
import '../../theme/modes/contents.css';
import '../../theme/modes/glossary.css';
import '../../theme/modes/resume.css';
import '../../theme/modes/display.css';
import '../../theme/reader-view.css';
import '../../theme/handout.css';
import { isHandout, startHandout } from './handout.ts';
import { startReader } from './start-reader.ts';
import { frameTables } from './table-frames.ts';
import { watchWorksheets } from './reader-worksheets.ts';
import { presenterKey, roomPage } from '../../room/room-role.ts';

// The reader view on screen, or laid out for paper as the handout (?print-pdf).
if (isHandout(window.location.search)) await startHandout();
else {
  const navigator = startReader();
  frameTables();
  watchWorksheets();
  // On a room's page the reader follows the presenter (the presenter's secret is no use here).
  if (roomPage() === 'deck') {
    presenterKey();
    void import('../../room/follower.ts').then(({ follow }) => follow(navigator, 'reader'));
  }
}
