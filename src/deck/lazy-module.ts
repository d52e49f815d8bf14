/**
 * A module loaded the first time it is wanted, and kept. A load that fails (a phone that lost
 * the venue's Wi-Fi) is not kept: the next call tries again, so what failed offline works once
 * the network is back.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Runs `again` once, when the browser is next online. */
export function whenOnline(again: () => void): void {
  window.addEventListener('online', again, { once: true });
}
