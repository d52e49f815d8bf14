/**
 * The shape every panel has, as reveal.js's own controllers do (js/controllers/overview.js):
 * it holds its elements, `activate()` and `deactivate()` undo each other, `toggle(force?)`
 * flips or sets it, and `isActive()` reads one fact from the page.
 */
export abstract class Panel {
  abstract isActive(): boolean;
  abstract activate(): void;
  abstract deactivate(): void;

  toggle(force: boolean = !this.isActive()): void {
    if (force) this.activate();
    else this.deactivate();
  }
}

/** A panel that opens over the page from a button, and closes without sending the focus back. */
interface DismissiblePanel {
  isActive(): boolean;
  deactivate(options?: { refocus?: boolean }): void;
}

/**
 * Closes an open panel with Escape wherever the focus is (before reveal.js takes Escape for its
 * overview), giving the focus back to its button; and with a tap or click outside the panel and
 * its button, leaving the focus where that put it.
 */
export function closeFromOutside(panel: DismissiblePanel, box: HTMLElement, opener: HTMLElement): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !panel.isActive()) return;
      event.preventDefault();
      event.stopPropagation();
      panel.deactivate();
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (panel.isActive() && !box.contains(target) && !opener.contains(target)) panel.deactivate({ refocus: false });
  });
}

type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * An element, with its class, id, attributes and children in one call. `true` sets an empty
 * attribute, `false` and `undefined` leave it out; text children are escaped by the DOM.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  { className, id, text, attrs = {} }: { className?: string; id?: string; text?: string; attrs?: Attributes } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (id) made.id = id;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) made.setAttribute(name, '');
    else if (value !== false && value !== undefined) made.setAttribute(name, String(value));
  }
  if (text !== undefined) made.textContent = text;
  made.append(...children);
  return made;
}

/** A plain button of ours, as big as a finger needs (see the theme's .reader-button). */
export function button(text: string, { className = '', id, attrs = {} }: { className?: string; id?: string; attrs?: Attributes } = {}): HTMLButtonElement {
  return element('button', { className: `reader-button ${className}`.trim(), id, text, attrs: { type: 'button', ...attrs } });
}
