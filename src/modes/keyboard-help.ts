import type { Deck } from '../deck/reveal-types.ts';

export interface KeyHelp {
  /** The keys as shown in the help, e.g. "N". */
  key: string;
  /** What they do, in plain words. */
  description: string;
}

/** reveal.js's own keys, as this deck uses them (one row of slides: left and up go back). Ours go between. */
const MOVING_KEYS: KeyHelp[] = [
  { key: '→  ↓  Space  Page Down', description: 'Next step or slide' },
  { key: '←  ↑  P  Page Up', description: 'Back one step' },
  { key: 'Home', description: 'First slide' },
  { key: 'End', description: 'Last slide' },
];
const OTHER_DECK_KEYS: KeyHelp[] = [
  { key: 'B  or  .', description: 'Black screen. Press again to come back.' },
  { key: 'F', description: 'Full screen' },
  { key: 'G', description: 'Go to a slide by its number' },
  { key: 'Esc  or  O', description: 'See all slides at once' },
  { key: '?', description: 'This list of keys' },
];

const ownKeys: KeyHelp[] = [];

/**
 * Binds a key to an action and lists it in the keyboard help (?). reveal.js skips its own
 * action for a key bound here: N no longer turns the page.
 */
export function bindKey(deck: Deck, keyCode: number, help: KeyHelp, action: (event: KeyboardEvent) => void): void {
  deck.addKeyBinding({ keyCode, key: help.key, description: help.description }, action);
  if (!ownKeys.some((known) => known.key === help.key)) ownKeys.push(help);
}

/**
 * reveal.js writes its help from a fixed list that says N turns the page. When the help
 * opens, its table is rewritten with this deck's keys, ours included.
 */
export function setupKeyboardHelp(deck: Deck): void {
  new MutationObserver(() => {
    const content = deck.getRevealElement()?.querySelector<HTMLElement>('.r-overlay-help .r-overlay-help-content');
    if (content && !content.dataset.ours) rewriteHelp(content);
  }).observe(deck.getRevealElement()!, { childList: true });
}

function rewriteHelp(content: HTMLElement): void {
  content.dataset.ours = 'true';
  const heading = document.createElement('h2');
  heading.className = 'title';
  heading.textContent = 'Keys you can use';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const label of ['Key', 'What it does']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  const ours = [...ownKeys].sort((a, b) => a.key.localeCompare(b.key));
  for (const { key, description } of [...MOVING_KEYS, ...ours, ...OTHER_DECK_KEYS]) {
    const row = body.insertRow();
    const keys = document.createElement('th');
    keys.scope = 'row';
    for (const part of key.split(/\s{2,}/)) {
      const kbd = document.createElement(part === 'or' ? 'span' : 'kbd');
      kbd.textContent = part;
      keys.append(kbd, ' ');
    }
    row.append(keys);
    row.insertCell().textContent = description;
  }
  content.replaceChildren(heading, table);
}
