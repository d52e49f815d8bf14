const NOTICE_ID = 'deck-notice';

/**
 * Shows a short message on screen and to screen readers (role="alert"), with a button
 * that closes it. One message at a time; a new one replaces the last.
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
  close.addEventListener('click', () => notice.remove());
  notice.append(message, close);
  document.body.append(notice);
  return notice;
}
