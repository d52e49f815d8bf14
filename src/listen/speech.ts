/**
 * The browser's speech synthesis (the Web Speech API), the one place the deck meets it: which
 * voice to use, waiting for the voices to load, and saying one sentence with its events.
 * Tests replace `window.speechSynthesis` with a recorder at this boundary.
 */

/** The part of a voice the choice reads. */
export type VoiceInfo = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>;

/**
 * How long to wait for voices that load late: Chrome asks for them only when the page first
 * does, and on Linux speech-dispatcher then starts, which took 1.7 s here.
 */
export const VOICE_GRACE_MS = 3000;

/**
 * The voice to read with, for a page in `lang` ("en", "en-GB"): one in that language, preferring
 * one on the device (it works offline, and sends no words anywhere), then the same region,
 * then the browser's default. Undefined where no voice speaks the language: the browser then
 * picks one from the utterance's language.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0];
  const score = (voice: V): number => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    if (tag.split('-')[0] !== primary) return -1;
    return (voice.localService ? 4 : 0) + (tag === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  };
  let best: V | undefined;
  for (const voice of voices) if (score(voice) >= 0 && (!best || score(voice) > score(best))) best = voice;
  return best;
}

/**
 * The browser's voices, once loaded: at once if it has them, else when it says they changed,
 * or an empty list after `graceMs` (a browser with no voice at all never says).
 */
export function loadVoices(synth: SpeechSynthesis | undefined, graceMs = VOICE_GRACE_MS): Promise<SpeechSynthesisVoice[]> {
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      window.clearTimeout(timer);
      synth.removeEventListener('voiceschanged', changed);
      resolve(synth.getVoices());
    };
    const changed = (): void => {
      if (synth.getVoices().length > 0) done();
    };
    const timer = window.setTimeout(done, graceMs);
    synth.addEventListener('voiceschanged', changed);
  });
}

export interface SpeechEvents {
  /** The voice has started the sentence. */
  start?: () => void;
  /** The sentence is finished. */
  end: () => void;
  /** The voice could not say it (not when it was stopped on purpose). */
  error?: (reason: string) => void;
}

/**
 * Says one sentence at a time. Saying another, or `cancel()`, stops the one before, whose
 * events are then ignored: only the latest sentence reports.
 */
export class Speech {
  private said = 0;
  // Kept while it speaks: some browsers drop the events of an utterance nothing refers to.
  private current: SpeechSynthesisUtterance | undefined;

  constructor(
    private readonly synth: SpeechSynthesis,
    private readonly voice: SpeechSynthesisVoice | undefined,
    private readonly lang: string,
  ) {}

  say(text: string, rate: number, events: SpeechEvents): void {
    this.cancel();
    const mine = ++this.said;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = this.voice?.lang ?? this.lang;
    if (this.voice) utterance.voice = this.voice;
    utterance.rate = rate;
    const live = (): boolean => mine === this.said;
    utterance.addEventListener('start', () => live() && events.start?.());
    utterance.addEventListener('end', () => {
      if (!live()) return;
      this.current = undefined;
      events.end();
    });
    utterance.addEventListener('error', (event) => {
      if (!live() || event.error === 'interrupted' || event.error === 'canceled') return;
      this.current = undefined;
      events.error?.(event.error);
    });
    this.current = utterance;
    this.synth.speak(utterance);
  }

  /** Stops the sentence being said, quietly. */
  cancel(): void {
    this.said++;
    if (this.current || this.synth.speaking || this.synth.pending) this.synth.cancel();
    this.current = undefined;
  }
}
