const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * reveal.js's `keyboardCondition`: which key presses reach the deck's shortcuts. Our own
 * controls keep the keys they need: inside an open popover or the contents (marked
 * data-own-keys) every key is theirs; Space presses a focused button rather than turning
 * the page; and Escape closes an open popover rather than opening the overview.
 * Key presses forwarded from the speaker view (reveal's `triggerKey`) carry no target and
 * always reach the deck.
 */
export function deckKeysAllowed(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return true;
  if (target.closest(':popover-open, [data-own-keys]')) return false;
  if (event.key === 'Escape' && document.querySelector(':popover-open')) return false;
  const pressesControl = event.key === ' ' || event.key === 'Enter';
  if (pressesControl && target.closest(CONTROLS) && target.matches(':focus-visible')) return false;
  return true;
}
