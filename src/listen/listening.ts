/**
 * Everything listening needs beyond its controls, loaded the first time a reader asks to
 * listen: the controller, the voice, the sentences, the settings, and their styles. It imports
 * nothing the views load at the start, so it stays one file of its own.
 */
import '../theme/modes/listen.css';

export { Listener } from './listener.ts';
export { chooseVoice, loadVoices, Speech } from './speech.ts';
export { loadListenSettings, nextRate, RATES, rateLabel, saveListenSettings } from './listen-settings.ts';
