import {
  DEFAULT_DISPLAY,
  TEXT_SIZES,
  currentDisplay,
  saveDisplay,
  type DisplaySettings,
} from '../views/display-settings.ts';
import { Panel, button, element } from './panel.ts';
import { addToolButton, panelHead } from './tool-bar.ts';

type Choice<K extends keyof DisplaySettings> = { value: DisplaySettings[K]; label: string };

const TEXT_CHOICES: Choice<'text'>[] = TEXT_SIZES.map((size) => ({ value: size, label: `${Math.round(size * 100)}%` }));
const THEME_CHOICES: Choice<'theme'>[] = [
  { value: 'standard', label: 'Cream (standard)' },
  { value: 'dark', label: 'Dark, high contrast' },
  { value: 'yellow', label: 'Yellow on black' },
];
const SPACING_CHOICES: Choice<'spacing'>[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'wide', label: 'Wide' },
];
const MOTION_CHOICES: Choice<'motion'>[] = [
  { value: 'system', label: 'As my device is set' },
  { value: 'off', label: 'No movement' },
];

/**
 * The Display panel: text size, colours, line spacing and motion, each a group of large
 * radio buttons that work by keyboard and touch. A choice applies at once and is remembered
 * on this device; the page's head script applies it before the first paint next time.
 */
export class DisplayPanel extends Panel {
  readonly panel = element('section', { id: 'display', className: 'display-panel', attrs: { 'aria-labelledby': 'display-title', 'data-own-keys': true } });
  readonly button = addToolButton({ id: 'display-button', label: 'Display' });

  constructor() {
    super();
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', this.panel.id);
    const head = panelHead('display', 'Display', { name: 'close', text: 'Close' });
    const reset = button('Back to the standard look', { className: 'display-reset' });
    this.panel.append(
      head,
      this.group('text', 'Text size', TEXT_CHOICES),
      this.group('theme', 'Colours', THEME_CHOICES),
      this.group('spacing', 'Line spacing', SPACING_CHOICES),
      this.group('motion', 'Movement', MOTION_CHOICES),
      element('p', { className: 'display-note', text: 'These settings are kept on this device only.' }),
      reset,
    );
    document.body.append(this.panel);

    this.button.addEventListener('click', () => this.toggle());
    head.querySelector('.display-close')!.addEventListener('click', () => this.deactivate());
    reset.addEventListener('click', () => {
      saveDisplay(DEFAULT_DISPLAY);
      this.sync();
    });
    this.panel.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const key = input.name.replace(/^display-/, '') as keyof DisplaySettings;
      const value = key === 'text' ? Number(input.value) : input.value;
      saveDisplay({ ...currentDisplay(), [key]: value });
    });
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.deactivate();
      }
    });
  }

  private group<K extends keyof DisplaySettings>(key: K, legend: string, choices: Choice<K>[]): HTMLFieldSetElement {
    return element(
      'fieldset',
      { className: `display-group display-${key}` },
      element('legend', { text: legend }),
      ...choices.map(({ value, label }) =>
        element('label', { className: 'display-choice' }, element('input', { attrs: { type: 'radio', name: `display-${key}`, value: String(value) } }), element('span', { text: label })),
      ),
    );
  }

  /** Marks the choices the page shows now. */
  private sync(): void {
    const now = currentDisplay();
    for (const input of this.panel.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      const key = input.name.replace(/^display-/, '') as keyof DisplaySettings;
      input.checked = String(now[key]) === input.value;
    }
  }

  isActive(): boolean {
    return !this.panel.hidden;
  }

  activate(): void {
    this.sync();
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.panel.querySelector<HTMLInputElement>('input:checked')?.focus();
  }

  deactivate(): void {
    if (!this.isActive()) return;
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.focus();
  }
}
