const TOOLS_ID = 'reader-tools';

/** The row of buttons for people reading on their own, at the top left of the screen. */
export function readerTools(): HTMLElement {
  let tools = document.getElementById(TOOLS_ID);
  if (!tools) {
    tools = document.createElement('div');
    tools.id = TOOLS_ID;
    tools.className = 'reader-tools';
    document.body.append(tools);
  }
  return tools;
}

export interface ToolButton {
  id: string;
  label: string;
  /** The key that does the same, shown on the button and given to assistive technology. */
  key: string;
  /** For a button that turns something on and off. */
  pressed?: boolean;
}

export function addToolButton({ id, label, key, pressed }: ToolButton): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = id;
  button.className = 'reader-button';
  button.setAttribute('aria-keyshortcuts', key);
  if (pressed !== undefined) button.setAttribute('aria-pressed', String(pressed));
  const hint = document.createElement('kbd');
  hint.className = 'key-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = key;
  button.append(label, hint);
  readerTools().append(button);
  return button;
}

/**
 * The heading row of a reader panel: its title (`<panel>-title`, for aria-labelledby) and the
 * button that closes it (class `<panel>-<action>`).
 */
export function panelHead(panel: string, title: string, action: { name: string; text: string; label?: string }): HTMLElement {
  const head = document.createElement('div');
  head.className = `${panel}-head`;
  const heading = document.createElement('h2');
  heading.id = `${panel}-title`;
  heading.textContent = title;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `reader-button ${panel}-${action.name}`;
  button.textContent = action.text;
  if (action.label) button.setAttribute('aria-label', action.label);
  head.append(heading, button);
  return head;
}
