import { button, element } from './panel.ts';

export interface LiveView {
  /** Following the presenter, or reading elsewhere. */
  following: boolean;
  /** The presenter has blacked the screen out. */
  paused: boolean;
  /** The line to the room is up. */
  connected: boolean;
  /** The room has said where the presenter is. */
  started: boolean;
}

/**
 * What a follower sees of the room, at the foot of the screen: a quiet "Live" while the page
 * follows the presenter; "Back to live" once the reader has gone elsewhere; a calm note while
 * the presenter has blacked the screen out (not a black page: the reader may read on); and
 * a note while the line to the room is down.
 */
export class LiveStatus {
  readonly bar = element('div', { id: 'room-status', className: 'room-status', attrs: { role: 'region', 'aria-label': 'The live talk' } });
  readonly back = button('Back to live', { className: 'back-to-live', attrs: { 'aria-describedby': 'live-where' } });
  private readonly marker = element('p', { className: 'live-marker', attrs: { role: 'status' } });
  private readonly where = element('span', { id: 'live-where', className: 'visually-hidden' });
  private readonly paused = element('p', { className: 'paused-note', attrs: { role: 'status' } });
  /** The row of the bar where a page may put its own buttons (the reader view's Questions). */
  readonly tools = element('div', { className: 'room-tools' });

  constructor(onBack: () => void) {
    this.back.addEventListener('click', onBack);
    this.bar.append(this.paused, element('div', { className: 'room-row' }, this.tools, this.marker, this.back), this.where);
    document.body.append(this.bar);
    // Panels opened above it stop short of it.
    new ResizeObserver(() => document.documentElement.style.setProperty('--room-bar-height', `${this.bar.offsetHeight}px`)).observe(this.bar);
  }

  show({ following, paused, connected, started }: LiveView, speakerAt = ''): void {
    this.paused.textContent = paused && connected ? 'The speaker has paused the slides. The talk goes on in a moment. You can keep reading.' : '';
    this.paused.hidden = !(paused && connected);
    const marker = !connected ? 'Connecting to the talk…' : !started ? 'Waiting for the speaker' : following ? 'Live' : '';
    this.marker.textContent = marker;
    this.marker.hidden = marker === '';
    this.marker.classList.toggle('is-live', connected && started && following);
    this.back.hidden = !connected || !started || following;
    this.where.textContent = speakerAt ? `The speaker is at: ${speakerAt}` : '';
  }
}
