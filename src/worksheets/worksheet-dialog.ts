import { Panel, button, element } from '../panels/panel.ts';

/**
 * The slides' way to fill in a worksheet: the slide shows the presenter's prompt, and "Fill in
 * this worksheet" opens the form in a panel over the deck, at the screen's own size (a modal
 * <dialog>: the deck behind it is inert, Escape closes it). The form itself is moved into the
 * panel and back, so there is one form, with its answers, wherever it is shown. Every key
 * pressed in the panel is the panel's (data-own-keys): arrows move between a group's choices
 * rather than the slides. A link to a slide with the facts closes the panel and goes there.
 */
export class WorksheetDialog extends Panel {
  readonly dialog = element('dialog', { id: 'worksheet-dialog', className: 'worksheet-dialog', attrs: { 'aria-labelledby': 'worksheet-dialog-title', 'data-own-keys': true } });
  private readonly title = element('h2', { id: 'worksheet-dialog-title' });
  private readonly body = element('div', { className: 'worksheet-dialog-body' });
  private readonly placeholder = document.createComment('worksheet form');
  private form: HTMLElement | undefined;
  private opener: HTMLElement | undefined;

  constructor() {
    super();
    const close = button('Close', { className: 'worksheet-dialog-close' });
    close.addEventListener('click', () => this.deactivate());
    this.dialog.append(element('div', { className: 'worksheet-dialog-head' }, this.title, close), this.body);
    this.dialog.addEventListener('close', () => this.putBack());
    this.dialog.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href^="#/"]')) this.deactivate({ refocus: false });
    });
    document.body.append(this.dialog);
  }

  isActive(): boolean {
    return this.dialog.open;
  }

  /** Opens the worksheet of the slide `opener` is on (its "Fill in" button), or the last one opened. */
  activate(opener: HTMLElement | undefined = this.opener): void {
    const worksheet = opener?.closest('.worksheet');
    const form = worksheet?.querySelector<HTMLElement>(':scope > .worksheet-form');
    if (!opener || !form) return;
    if (this.isActive()) this.deactivate({ refocus: false });
    this.opener = opener;
    this.form = form;
    this.title.textContent = opener.closest('section')?.querySelector(':scope > h2, :scope > h1')?.textContent ?? 'Worksheet';
    form.replaceWith(this.placeholder);
    this.body.append(form);
    this.dialog.showModal();
    this.body.scrollTop = 0;
    form.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }

  deactivate({ refocus = true }: { refocus?: boolean } = {}): void {
    if (!this.isActive()) return;
    this.dialog.close();
    if (refocus) this.opener?.focus();
  }

  /** The form goes back into its slide, so the slide's page holds it again. */
  private putBack(): void {
    if (this.form && this.placeholder.parentNode) this.placeholder.replaceWith(this.form);
    this.form = undefined;
  }
}
