const NOTICE_ID = 'deck-notice';

/**
 * Shows a short message on screen and to screen readers (role="alert"), closed by its OK
 * button or Escape. It takes no focus. One message at a time; a new one replaces the last.
 */
export function showNotice(text: string): HTMLElement {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.className = 'deck-notice';
  notice.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'reader-button';
  close.textContent = 'OK';
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Before reveal.js, which would open its overview.
    event.preventDefault();
    event.stopPropagation();
    dismiss();
  };
  const dismiss = (): void => {
    notice.remove();
    document.removeEventListener('keydown', onKey, true);
  };
  close.addEventListener('click', dismiss);
  document.addEventListener('keydown', onKey, true);
  notice.append(message, close);
  document.body.append(notice);
  return notice;
}
