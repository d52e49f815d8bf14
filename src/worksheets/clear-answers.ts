/**
 * "Clear my answers", on the summary worksheet: one press asks, in the page, whether to clear
 * every answer from this device; "No, keep them" (which has the focus, so Enter by habit keeps
 * them) or Escape puts things back as they were, "Yes, clear them" clears. Focus comes back to
 * the button either way, and a line says what happened.
 */
export function bindClearAnswers(clear: () => void, root: ParentNode = document): void {
  for (const kept of root.querySelectorAll<HTMLElement>('.worksheet-kept')) {
    const ask = kept.querySelector<HTMLButtonElement>('.answers-clear');
    const confirm = kept.querySelector<HTMLElement>('.clear-confirm');
    const yes = kept.querySelector<HTMLButtonElement>('.answers-clear-yes');
    const no = kept.querySelector<HTMLButtonElement>('.answers-clear-no');
    const done = kept.querySelector<HTMLElement>('.clear-done');
    if (!ask || !confirm || !yes || !no || kept.dataset.bound) continue;
    kept.dataset.bound = 'true';

    const close = (message: string): void => {
      confirm.hidden = true;
      ask.setAttribute('aria-expanded', 'false');
      ask.focus();
      if (done) done.textContent = message;
    };
    ask.setAttribute('aria-expanded', 'false');
    ask.setAttribute('aria-controls', confirm.id || (confirm.id = `${kept.closest('section')?.id ?? 'worksheet'}-clear-confirm`));
    ask.addEventListener('click', () => {
      if (done) done.textContent = '';
      confirm.hidden = false;
      ask.setAttribute('aria-expanded', 'true');
      no.focus();
    });
    no.addEventListener('click', () => close('Nothing was cleared.'));
    yes.addEventListener('click', () => {
      clear();
      close('Your answers are cleared from this device.');
    });
    confirm.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close('Nothing was cleared.');
    });
  }
}
