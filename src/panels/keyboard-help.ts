import type { Deck } from '../deck/reveal-types.ts';
import { Panel, element } from './panel.ts';

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
 * The keyboard help (?): reveal.js's own overlay, whose table it writes from a fixed list that
 * says N turns the page. Each time it opens, its table is rewritten with this deck's keys.
 */
export class KeyboardHelp extends Panel {
  constructor(private readonly deck: Deck) {
    super();
    new MutationObserver(() => {
      const content = this.overlay()?.querySelector<HTMLElement>('.r-overlay-help-content');
      if (content && !content.dataset.ours) rewriteHelp(content);
    }).observe(deck.getRevealElement()!, { childList: true });
  }

  private overlay(): HTMLElement | null | undefined {
    return this.deck.getRevealElement()?.querySelector<HTMLElement>('.r-overlay-help');
  }

  isActive(): boolean {
    return Boolean(this.overlay());
  }

  activate(): void {
    this.deck.toggleHelp(true);
  }

  deactivate(): void {
    this.deck.toggleHelp(false);
  }
}

function rewriteHelp(content: HTMLElement): void {
  content.dataset.ours = 'true';
  const table = element('table');
  const head = table.createTHead().insertRow();
  for (const label of ['Key', 'What it does']) head.append(element('th', { text: label, attrs: { scope: 'col' } }));
  const body = table.createTBody();
  const ours = [...ownKeys].sort((a, b) => a.key.localeCompare(b.key));
  for (const { key, description } of [...MOVING_KEYS, ...ours, ...OTHER_DECK_KEYS]) {
    const row = body.insertRow();
    const keys = element('th', { attrs: { scope: 'row' } });
    for (const part of key.split(/\s{2,}/)) keys.append(element(part === 'or' ? 'span' : 'kbd', { text: part }), ' ');
    row.append(keys);
    row.insertCell().textContent = description;
  }
  content.replaceChildren(element('h2', { className: 'title', text: 'Keys you can use' }), table);
}
