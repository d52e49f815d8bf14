// The browser's speech synthesis, replaced by a recorder that behaves like it (see speech.ts).
// Plain JavaScript, run in the page before its own scripts; its options are window.__speechOptions.
(() => {
  const opts = window.__speechOptions ?? {};
  const voices = (opts.voices ?? []).map((v) => ({ voiceURI: v.name, default: false, ...v }));
  let loaded = opts.voicesAfterMs === undefined;
  const queue = [];
  let current = null;
  let timer = 0;
  const log = {
    spoken: [],
    cancels: 0,
    pauses: 0,
    resumes: 0,
    speaking: () => current?.text ?? null,
    finish: () => end(),
  };
  const fire = (utterance, type, extra = {}) => {
    const event = Object.assign(new Event(type), { utterance, charIndex: 0, charLength: 0, elapsedTime: 0, name: '', ...extra });
    utterance.dispatchEvent(event);
    const handler = utterance[`on${type}`];
    if (typeof handler === 'function') handler.call(utterance, event);
  };
  const startNext = () => {
    if (current || queue.length === 0) return;
    const utterance = queue.shift();
    current = utterance;
    setTimeout(() => {
      if (current !== utterance) return;
      fire(utterance, 'start');
      for (const word of utterance.text.matchAll(/\S+/g)) fire(utterance, 'boundary', { name: 'word', charIndex: word.index, charLength: word[0].length });
      if (opts.autoEndMs !== undefined) timer = setTimeout(end, opts.autoEndMs);
    }, 0);
  };
  function end() {
    const done = current;
    if (!done) return;
    clearTimeout(timer);
    current = null;
    fire(done, 'end');
    startNext();
  }
  class RecordedUtterance extends EventTarget {
    constructor(text = '') {
      super();
      this.text = text;
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      this.lang = '';
      this.voice = null;
    }
  }
  const synth = Object.assign(new EventTarget(), {
    paused: false,
    getVoices() {
      if (!loaded) {
        setTimeout(() => {
          if (loaded) return;
          loaded = true;
          synth.dispatchEvent(new Event('voiceschanged'));
        }, opts.voicesAfterMs);
        return [];
      }
      return voices;
    },
    speak(utterance) {
      log.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      queue.push(utterance);
      startNext();
    },
    cancel() {
      log.cancels++;
      queue.length = 0;
      const was = current;
      current = null;
      clearTimeout(timer);
      if (was) fire(was, 'error', { error: 'canceled' });
    },
    pause() {
      log.pauses++;
    },
    resume() {
      log.resumes++;
    },
  });
  Object.defineProperty(synth, 'speaking', { get: () => current !== null });
  Object.defineProperty(synth, 'pending', { get: () => queue.length > 0 });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true, writable: true });
  Object.defineProperty(window, '__speech', { value: log });
})();
