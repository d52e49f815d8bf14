/** Which talk is shown: the whole deck, or the short talk without the optional slides. */
export type TrackName = 'full' | 'short';

export function trackFromQuery(search: string): TrackName {
  return new URLSearchParams(search).get('track') === 'short' ? 'short' : 'full';
}

/**
 * Marks the slides the chosen talk leaves out as hidden, so reveal.js removes them when it
 * starts: slide numbers, progress and the pacing total then follow the talk that is shown.
 * Runs before reveal.js starts.
 */
export function applyTrack(search = window.location.search, root: ParentNode = document): TrackName {
  const track = trackFromQuery(search);
  if (track === 'short') {
    for (const section of root.querySelectorAll<HTMLElement>('.slides > section[data-optional]')) {
      section.dataset.visibility = 'hidden';
    }
  }
  document.documentElement.dataset.track = track;
  return track;
}
