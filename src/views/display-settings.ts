/** How the reader wants the talk shown, on this device. Every field has a plain default. */
export interface DisplaySettings {
  /** Text size, 1 (the browser's own) to 2. */
  text: number;
  theme: 'standard' | 'dark' | 'yellow';
  spacing: 'normal' | 'wide';
  /** 'system' follows the device's reduced-motion setting; 'off' stops all motion. */
  motion: 'system' | 'off';
}

export const DISPLAY_STORAGE_KEY = 'ms-seminar-deck:display';
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
export const THEMES = ['standard', 'dark', 'yellow'] as const;
export const DEFAULT_DISPLAY: DisplaySettings = { text: 1, theme: 'standard', spacing: 'normal', motion: 'system' };

/**
 * Applies saved display settings to <html>: data-theme, data-spacing, data-motion and the
 * --text-scale the styles multiply their sizes by. Anything missing or unknown keeps its
 * default, so a setting saved by an older copy of the deck cannot break the page.
 *
 * The page's head script runs this function's own source before the first paint (see
 * src/build/deck-plugin.ts), so the reader never sees the page in other colours first: it
 * must stay self-contained, with no imports and no outside names.
 */
export function applyDisplay(stored: string | null, root: HTMLElement): void {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(stored ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    /* not ours, or broken: the defaults */
  }
  const pick = (value: unknown, allowed: readonly unknown[], fallback: string): string => (allowed.includes(value) ? String(value) : fallback);
  const text = typeof saved.text === 'number' && saved.text >= 1 && saved.text <= 2 ? saved.text : 1;
  root.style.setProperty('--text-scale', String(text));
  root.dataset.theme = pick(saved.theme, ['standard', 'dark', 'yellow'], 'standard');
  root.dataset.spacing = pick(saved.spacing, ['normal', 'wide'], 'normal');
  root.dataset.motion = pick(saved.motion, ['system', 'off'], 'system');
}

/** The settings as <html> carries them now. */
export function currentDisplay(root: HTMLElement = document.documentElement): DisplaySettings {
  return {
    text: Number(root.style.getPropertyValue('--text-scale')) || 1,
    theme: (THEMES as readonly string[]).includes(root.dataset.theme ?? '') ? (root.dataset.theme as DisplaySettings['theme']) : 'standard',
    spacing: root.dataset.spacing === 'wide' ? 'wide' : 'normal',
    motion: root.dataset.motion === 'off' ? 'off' : 'system',
  };
}

/** Saves settings on this device and applies them at once. */
export function saveDisplay(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  const text = JSON.stringify(settings);
  try {
    localStorage.setItem(DISPLAY_STORAGE_KEY, text);
  } catch {
    /* storage blocked: the settings last for this visit */
  }
  applyDisplay(text, root);
  root.dispatchEvent(new CustomEvent('displaychange', { bubbles: true }));
}

/** Whether anything may move: not when the reader turned motion off, nor when the device asks for less. */
export function motionAllowed(root: HTMLElement = document.documentElement): boolean {
  return root.dataset.motion !== 'off' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
}
