/** How long a figure may play on its own at most: nothing moves by itself for longer than 5 s. */
export const REPLAY_MS = 4800;

/** The time between steps when a figure plays `steps` steps on its own: 1.2 s, less where that would pass REPLAY_MS. */
export const replayPace = (steps: number): number => Math.min(1200, REPLAY_MS / Math.max(1, steps));
