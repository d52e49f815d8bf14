import { button, element } from './panel.ts';

const TOOLS_ID = 'reader-tools';

/** The row of buttons for people reading on their own, at the top left of the screen. */
export function toolBar(): HTMLElement {
  const found = document.getElementById(TOOLS_ID);
  if (found) return found;
  // First in the page, so it is first in the order of the keys too, and at the top of the reader view.
  const tools = element('div', { id: TOOLS_ID, className: 'reader-tools' });
  document.body.prepend(tools);
  return tools;
}

export interface ToolButton {
  id: string;
  label: string;
  /** The key that does the same, shown on the button and given to assistive technology. */
  key?: string;
  /** For a button that turns something on and off. */
  pressed?: boolean;
}

export function addToolButton({ id, label, key, pressed }: ToolButton): HTMLButtonElement {
  const made = button('', { id, attrs: { 'aria-keyshortcuts': key, 'aria-pressed': pressed === undefined ? undefined : String(pressed) } });
  made.append(label);
  if (key) made.append(element('kbd', { className: 'key-hint', text: key, attrs: { 'aria-hidden': 'true' } }));
  toolBar().append(made);
  return made;
}

/**
 * The heading row of a panel: its title (`<panel>-title`, for aria-labelledby) and the
 * button that closes it (class `<panel>-<action>`).
 */
export function panelHead(panel: string, title: string, action: { name: string; text: string; label?: string }): HTMLElement {
  return element(
    'div',
    { className: `${panel}-head` },
    element('h2', { id: `${panel}-title`, text: title }),
    button(action.text, { className: `${panel}-${action.name}`, attrs: { 'aria-label': action.label } }),
  );
}
