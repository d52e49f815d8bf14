/**
 * Lets the browser paint and handle input before going on: starting the deck is split into
 * tasks this way, so that no one task holds the page for long on a slow phone.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` in a task of its own just after the next frame is painted. */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
