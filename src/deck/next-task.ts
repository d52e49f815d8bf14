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

/**
 * Resolves once the page has painted a frame, so what the HTML and style sheet show comes
 * first; or after `waitMs` where no frame comes (a tab opened in the background paints none).
 */
export function nextPaint(waitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
    setTimeout(resolve, waitMs);
  });
}
