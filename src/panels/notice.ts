import { Panel, button, element } from './panel.ts';

/**
 * A short message on screen and to screen readers (role="alert"), closed by its OK button or
 * Escape. It takes no focus. One message at a time: a new one replaces the last.
 */
export class Notice extends Panel {
  readonly notice = element('div', { id: 'deck-notice', className: 'deck-notice', attrs: { role: 'alert' } });
  private readonly message = element('p');

  constructor() {
    super();
    const ok = button('OK');
    ok.addEventListener('click', () => this.deactivate());
    this.notice.append(this.message, ok);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Before reveal.js, which would open its overview.
    event.preventDefault();
    event.stopPropagation();
    this.deactivate();
  };

  isActive(): boolean {
    return this.notice.isConnected;
  }

  /** Shows `text`, or the last message shown. */
  activate(text?: string): void {
    if (text !== undefined) this.message.textContent = text;
    document.getElementById(this.notice.id)?.remove();
    document.body.append(this.notice);
    document.addEventListener('keydown', this.onKey, true);
  }

  deactivate(): void {
    this.notice.remove();
    document.removeEventListener('keydown', this.onKey, true);
  }
}

let shared: Notice | undefined;

/** Shows a message in the deck's one notice. */
export function showNotice(text: string): HTMLElement {
  shared ??= new Notice();
  shared.activate(text);
  return shared.notice;
}
