import { deckNavigator } from '../../deck/deck-navigator.ts';
import type { Deck } from '../../deck/reveal-types.ts';
import type { ListenView } from '../../listen/listener.ts';
import { ListenPanel } from '../../panels/listen.ts';
import type { Narration } from '../../panels/narration.ts';
import { motionAllowed } from '../display-settings.ts';

/**
 * Listening on the slides: the sentence being read is highlighted in the narration beside the
 * slide (which opens as listening starts, and whose Hide stops it), the figure steps as the
 * deck does on a click, and the controls sit at the top of the narration.
 */
export function slidesListen(deck: Deck, narration: Narration, toolButton: HTMLButtonElement): ListenPanel {
  const navigator = deckNavigator(deck);
  const text = (): HTMLElement | null => narration.panel.querySelector<HTMLElement>('.narration-text');
  const view: ListenView = {
    navigator,
    narration: (slide) => {
      const shown = text();
      return narration.isActive() && shown?.dataset.slide === slide.id ? shown : slide.querySelector(':scope > aside.notes');
    },
    showStep: (slide, step) => {
      const place = navigator.place();
      if (place.slide !== slide.id || place.step !== step) navigator.go({ slide: slide.id, step });
    },
    // On the slide, the step's item of the figure's list is its words, shown as it is reached.
    stepWords: (_slide, item) => ({ element: item }),
    keepInView: (parts) => {
      const box = text();
      const first = parts[0];
      if (!box || !first || !box.contains(first)) return;
      const frame = box.getBoundingClientRect();
      const inside = parts.every((part) => {
        const r = part.getBoundingClientRect();
        return r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
      });
      if (!inside) first.scrollIntoView({ block: 'center', behavior: motionAllowed() ? 'smooth' : 'instant' });
    },
    // The slide shown is the one being read: any move to another slide takes listening with it.
    stillInSight: () => false,
  };
  toolButton.setAttribute('aria-controls', 'listen');
  const panel = new ListenPanel({
    view,
    place: (controls) => narration.panel.querySelector('.narration-head')!.after(controls),
    opening: () => narration.activate(),
    opened: (open) => toolButton.setAttribute('aria-pressed', String(open)),
    opener: () => toolButton,
  });
  // The controls are inside the narration: hiding it stops listening.
  new MutationObserver(() => {
    if (!narration.isActive()) panel.deactivate();
  }).observe(narration.panel, { attributes: true, attributeFilter: ['hidden'] });
  return panel;
}
