import type { Listener, ListenView } from '../listen/listener.ts';
import { lazyModule } from '../deck/lazy-module.ts';
import { showNotice } from './notice.ts';
import { Panel, button, element } from './panel.ts';

export const NO_VOICE_MESSAGE = 'This browser has no voice to read aloud.';
export const VOICE_FAILED_MESSAGE = 'The voice stopped. Press Play to try again.';
export const NOT_LOADED_MESSAGE = 'Listen could not load. Check the connection.';

/** Where a view puts the controls, and what it does as they open and close. */
export interface ListenPlace {
  view: ListenView;
  /** Puts the controls in the page (they start hidden). */
  place(panel: HTMLElement): void;
  /** Before reading starts: the narration made visible, where the view hides it. */
  opening?(): void;
  /** After the controls open, and after they close. */
  opened?(open: boolean): void;
  /** Where the focus goes when Stop closes the controls: the button that opened them. */
  opener(): HTMLElement | null;
}

const icon = (path: string): SVGSVGElement => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('listen-icon');
  svg.innerHTML = path;
  return svg;
};
const ICONS = {
  play: '<path d="M7 4.5v15l12-7.5z" fill="currentColor"/>',
  pause: '<path d="M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z" fill="currentColor"/>',
  back: '<path d="M18 5v14L8 12zM5 5h3v14H5z" fill="currentColor"/>',
  next: '<path d="M6 5v14l10-7zM16 5h3v14h-3z" fill="currentColor"/>',
  stop: '<path d="M6 6h12v12H6z" fill="currentColor"/>',
  more: '<path d="M5 9l7 7 7-7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>',
};

function iconButton(text: string, name: keyof typeof ICONS, label?: string, className = `listen-${name}`): HTMLButtonElement {
  const made = button('', { className, attrs: { 'aria-label': label } });
  made.append(icon(ICONS[name]), element('span', { text }));
  return made;
}

type Listening = typeof import('../listen/listening.ts');
const loadListening = lazyModule(() => import('../listen/listening.ts'));

/**
 * The Listen controls: play and pause, back and on a sentence, stop, the speed, and whether to
 * go on to the next slide. Opened by the Listen button or L; where the browser has no voice,
 * it says so in one line and opens nothing. The speed and the going on are kept on this device.
 * The controls are small; what reads aloud (src/listen/listening.ts) loads as they first open.
 */
export class ListenPanel extends Panel {
  readonly panel = element('section', { id: 'listen', className: 'listen-panel', attrs: { 'aria-label': 'Listen' } });
  private readonly play = iconButton('Pause', 'pause', undefined, 'listen-toggle');
  private readonly back = iconButton('Back', 'back', 'Back one sentence');
  private readonly next = iconButton('Next', 'next', 'Next sentence');
  private readonly stop = iconButton('Stop', 'stop', 'Stop listening');
  private readonly more = iconButton('More', 'more', undefined, 'listen-more');
  private readonly slower = button('Slower', { className: 'listen-slower' });
  private readonly faster = button('Faster', { className: 'listen-faster' });
  private readonly rate = element('span', { className: 'listen-rate', attrs: { 'aria-live': 'polite' } });
  private readonly goOn = element('input', { attrs: { type: 'checkbox', id: 'listen-go-on' } });
  private listener: Listener | undefined;
  private engine: Listening | undefined;
  private opening: Promise<void> | undefined;

  constructor(private readonly where: ListenPlace) {
    super();
    this.panel.hidden = true;
    // The speed and going on: on a small screen with large text, shown only when asked for
    // (More), so that the controls leave room for the words (see listen.css).
    const settings = element(
      'div',
      { id: 'listen-settings', className: 'listen-settings' },
      element(
        'div',
        { className: 'listen-speed', attrs: { role: 'group', 'aria-labelledby': 'listen-speed-label' } },
        element('span', { id: 'listen-speed-label', className: 'listen-speed-label', text: 'Speed' }),
        this.slower,
        this.rate,
        this.faster,
      ),
      element('label', { className: 'listen-go-on' }, this.goOn, element('span', { text: 'Go on to the next slide' })),
    );
    this.more.setAttribute('aria-expanded', 'false');
    this.more.setAttribute('aria-controls', settings.id);
    this.more.addEventListener('click', () => this.more.setAttribute('aria-expanded', String(this.more.getAttribute('aria-expanded') !== 'true')));
    this.panel.append(this.play, this.back, this.next, this.more, settings, this.stop);
    where.place(this.panel);
    this.play.addEventListener('click', () => {
      if (this.listener?.status().state === 'playing') this.listener.pause();
      else this.listener?.play();
    });
    this.back.addEventListener('click', () => this.listener?.back());
    this.next.addEventListener('click', () => this.listener?.forward());
    this.stop.addEventListener('click', () => {
      const opener = this.where.opener();
      this.deactivate();
      opener?.focus();
    });
    // Held at the slowest and fastest by aria-disabled, not disabled: a button that is pressed
    // until it can go no further keeps the focus.
    const speed = (control: HTMLButtonElement, direction: 1 | -1): void => {
      if (this.listener && this.engine && control.getAttribute('aria-disabled') !== 'true') this.listener.setRate(this.engine.nextRate(this.listener.status().rate, direction));
    };
    this.slower.addEventListener('click', () => speed(this.slower, -1));
    this.faster.addEventListener('click', () => speed(this.faster, 1));
    this.goOn.addEventListener('change', () => this.listener?.setGoOn(this.goOn.checked));
  }

  isActive(): boolean {
    return !this.panel.hidden;
  }

  /** Opens the controls and reads from where the reader is, once the browser's voices are known. */
  activate(): void {
    this.opening ??= this.open().finally(() => (this.opening = undefined));
  }

  /** Reads from the start of `slide`, opening the controls if they are closed. */
  listenFrom(slide: HTMLElement): void {
    if (this.isActive()) this.listener?.playFrom(slide);
    else this.opening ??= this.open(slide).finally(() => (this.opening = undefined));
  }

  deactivate(): void {
    this.listener?.stop();
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.where.opened?.(false);
  }

  private async open(from?: HTMLElement): Promise<void> {
    if (this.isActive()) return;
    let engine: Listening;
    try {
      engine = this.engine ??= await loadListening();
    } catch {
      showNotice(NOT_LOADED_MESSAGE);
      return;
    }
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    const voices = await engine.loadVoices(synth);
    if (!synth || voices.length === 0) {
      showNotice(NO_VOICE_MESSAGE);
      return;
    }
    const lang = document.documentElement.lang || 'en';
    this.listener ??= this.makeListener(engine, new engine.Speech(synth, engine.chooseVoice(voices, lang), lang));
    this.where.opening?.();
    this.panel.hidden = false;
    this.where.opened?.(true);
    if (from) this.listener.playFrom(from);
    else this.listener.play();
    this.play.focus({ preventScroll: true });
  }

  private makeListener(engine: Listening, speech: InstanceType<Listening['Speech']>): Listener {
    const listener = new engine.Listener(
      this.where.view,
      { say: (text, rate, events) => speech.say(text, rate, events), cancel: () => speech.cancel() },
      engine.loadListenSettings(),
      engine.saveListenSettings,
      () => showNotice(VOICE_FAILED_MESSAGE),
    );
    listener.onChange(() => this.sync());
    return listener;
  }

  /** The controls as the listener is now. */
  private sync(): void {
    const status = this.listener?.status();
    const engine = this.engine;
    if (!status || !engine) return;
    const playing = status.state === 'playing';
    this.play.replaceChildren(icon(playing ? ICONS.pause : ICONS.play), element('span', { text: playing ? 'Pause' : 'Play' }));
    this.rate.textContent = engine.rateLabel(status.rate);
    this.slower.setAttribute('aria-disabled', String(status.rate <= engine.RATES[0]));
    this.faster.setAttribute('aria-disabled', String(status.rate >= engine.RATES[engine.RATES.length - 1]!));
    this.goOn.checked = status.goOn;
  }
}
