import '../../theme/figures.css';
import '../../theme/figure-steps.css';
import '../../theme/modes/reader-tools.css';
import '../../theme/modes/notice.css';
import '../../theme/modes/contents.css';
import '../../theme/modes/glossary.css';
import '../../theme/modes/resume.css';
import '../../theme/reader-view.css';
import { startReader } from './start-reader.ts';
import { frameTables } from './table-frames.ts';

startReader();
frameTables();
