/**
 * How the reader likes to listen, kept on this device (local storage), as the display
 * settings are: the speed, and whether listening goes on to the next slide by itself.
 */
export interface ListenSettings {
  /** The speed, from 0.75 (slower) to 1.5 (faster); 1 is the voice's own. */
  rate: number;
  /** At the end of a slide, go on to the next one. */
  goOn: boolean;
}

export const LISTEN_STORAGE_KEY = 'ms-seminar-deck:listen';
export const RATES = [0.75, 1, 1.25, 1.5] as const;
export const DEFAULT_LISTEN: ListenSettings = { rate: 1, goOn: true };

/** Settings from what was stored: anything missing, unknown or broken keeps its default. */
export function parseListenSettings(stored: string | null): ListenSettings {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(stored ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    /* not ours, or broken: the defaults */
  }
  return {
    rate: (RATES as readonly unknown[]).includes(saved.rate) ? (saved.rate as number) : DEFAULT_LISTEN.rate,
    goOn: typeof saved.goOn === 'boolean' ? saved.goOn : DEFAULT_LISTEN.goOn,
  };
}

/** The next speed up (+1) or down (-1), held within RATES. */
export function nextRate(rate: number, direction: 1 | -1): number {
  const at = RATES.findIndex((r) => r >= rate);
  const index = Math.max(0, Math.min(RATES.length - 1, (at < 0 ? RATES.length - 1 : at) + direction));
  return RATES[index]!;
}

/** A speed as the controls show it: "1×", "0.75×". */
export function rateLabel(rate: number): string {
  return `${rate}×`;
}

export function loadListenSettings(): ListenSettings {
  try {
    return parseListenSettings(localStorage.getItem(LISTEN_STORAGE_KEY));
  } catch {
    return { ...DEFAULT_LISTEN };
  }
}

export function saveListenSettings(settings: ListenSettings): void {
  try {
    localStorage.setItem(LISTEN_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    /* storage blocked: the settings last for this visit */
  }
}
