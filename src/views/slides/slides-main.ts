import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../../theme/theme.css';
import '../../theme/figures.css';
import '../../theme/figure-steps.css';
import '../../theme/modes.css';
import { fitDeckArea, followWindowSize } from '../../deck/deck-area.ts';
import { deckKeysAllowed } from '../../deck/key-guard.ts';
import { nextTask } from '../../deck/next-task.ts';
import { startDeck } from '../../deck/start-deck.ts';
import { bindFigures, drawFigures } from '../../figures/figure-host.ts';
import { deckMode } from '../../modes/deck-mode.ts';
import { FEATURES } from '../../modes/features.ts';

// The slides view: reveal.js with this deck's features. Each feature goes through one
// lifecycle: prepared before reveal.js starts, started with its first view, and the rest a
// task later. The start cover goes once the deck is up.
const mode = deckMode();
const features = FEATURES.filter((feature) => feature.appliesTo(mode));
for (const feature of features) feature.prepare?.(mode);
fitDeckArea();
// Print view lays out its pages on window load: every picture must be there before it.
if (mode.print) await drawFigures();

await nextTask();
const deck = await startDeck({ keyboardCondition: deckKeysAllowed });
bindFigures(deck);
for (const feature of features) feature.start?.(deck, mode);
document.querySelector('.start-cover')?.remove();
await nextTask();
followWindowSize(deck);
for (const feature of features) feature.later?.(deck, mode);
