/** How this copy of the deck was opened, read once from its address. */
export interface DeckMode {
  /** A preview inside reveal.js's speaker view (its iframes add `receiver` to the query). */
  receiver: boolean;
  /** reveal.js's print layout (`?print-pdf` or `?view=print`). */
  print: boolean;
  /** Opened from the file system rather than served over http. */
  fromFile: boolean;
}

export function deckMode(where: Pick<Location, 'search' | 'protocol'> = window.location): DeckMode {
  const query = new URLSearchParams(where.search);
  return {
    receiver: /receiver/i.test(where.search),
    print: /print-pdf/i.test(where.search) || query.get('view') === 'print',
    fromFile: where.protocol === 'file:',
  };
}

/** Whether the controls for people reading on their own belong on screen. */
export function showsReaderTools(mode: DeckMode): boolean {
  return !mode.receiver && !mode.print;
}
