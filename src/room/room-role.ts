/**
 * Whether this page is part of a room, and as what. Only the room's server marks its pages
 * (src/node/room/room-page.ts), so the static site and the offline file never load the room's
 * code. Kept tiny and free of the realtime client: the entry reads it before anything else.
 */

/** The room's page this is: the deck (the audience and the presenter) or the phone remote. */
export function roomPage(doc: Document = document): 'deck' | 'remote' | undefined {
  const kind = doc.querySelector<HTMLMetaElement>('meta[name="deck-room"]')?.content;
  return kind === 'deck' || kind === 'remote' ? kind : undefined;
}

const KEY_STORAGE = 'ms-seminar-deck:room-key';

/**
 * The presenter's secret, if this page was opened with it. It is taken out of the address at
 * once, so the projector never shows it, and kept for this tab alone, so a reload keeps the room.
 */
export function presenterKey(where: Location = window.location): string | undefined {
  const query = new URLSearchParams(where.search);
  const given = query.get('key');
  let stored: string | null = null;
  try {
    if (given) sessionStorage.setItem(KEY_STORAGE, given);
    stored = sessionStorage.getItem(KEY_STORAGE);
  } catch {
    /* storage blocked: the key lasts while the address has it */
  }
  if (given) {
    query.delete('key');
    const search = query.toString();
    history.replaceState(history.state, '', `${where.pathname}${search ? `?${search}` : ''}${where.hash}`);
  }
  return given ?? stored ?? undefined;
}

/** Forgets a secret this room does not know (a room started again since). */
export function forgetPresenterKey(): void {
  try {
    sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    /* nothing kept */
  }
}
