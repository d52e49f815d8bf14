import sheet from '../theme/modes/speaker-questions.css?url';
import { element } from '../panels/panel.ts';
import type { QuestionList } from '../panels/questions.ts';

const SECTION_ID = 'speaker-questions';

/**
 * The room's questions in reveal.js's speaker view, between the timer and the notes: the
 * presenter's list (most votes first, with Answered and Hide). The speaker view's page is
 * written by the notes plugin whenever it opens, so the list is put back into it whenever it
 * is missing; its style sheet is one of the deck's own files, as the page's policy asks.
 */
export function showQuestionsInSpeakerView(questions: QuestionList, speakerWindow: () => Window | null): void {
  const section = element(
    'section',
    { id: SECTION_ID, className: 'speaker-controls-questions', attrs: { 'aria-labelledby': `${SECTION_ID}-title` } },
    element('h4', { className: 'label', id: `${SECTION_ID}-title`, text: 'Questions from the room' }),
    questions.list,
  );
  const mount = (): void => {
    const doc = speakerWindow()?.document;
    const controls = doc?.getElementById('speaker-controls');
    if (!doc || !controls || controls.contains(section)) return;
    if (!doc.querySelector(`link[data-room="${SECTION_ID}"]`)) {
      doc.head.append(element('link', { attrs: { rel: 'stylesheet', href: new URL(sheet, window.location.href).href, 'data-room': SECTION_ID } }));
    }
    controls.insertBefore(section, controls.querySelector('.speaker-controls-notes'));
  };
  window.setInterval(mount, 500);
}
