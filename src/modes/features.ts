import { deckNavigator } from '../deck/deck-navigator.ts';
import { fitDeckArea } from '../deck/deck-area.ts';
import { Contents } from '../panels/contents.ts';
import { DisplayPanel } from '../panels/display.ts';
import { slideTransition } from '../deck/start-deck.ts';
import { Glossary, prepareGlossary } from '../panels/glossary.ts';
import { KeyboardHelp, bindKey } from '../panels/keyboard-help.ts';
import { Narration } from '../panels/narration.ts';
import type { Panel } from '../panels/panel.ts';
import { slidesListen } from '../views/slides/slides-listen.ts';
import { ResumeOffer } from '../panels/resume.ts';
import { addToolButton } from '../panels/tool-bar.ts';
import { addressIn, chooseView } from '../views/choose-view.ts';
import { forgetPresenterKey, presenterKey, roomPage } from '../room/room-role.ts';
import { showNotice } from '../panels/notice.ts';
import { showsReaderTools } from './deck-mode.ts';
import type { DeckFeature } from './feature.ts';
import { setupReplay } from './replay.ts';
import { acceptSpeakerMovesOnceConnected, setupSpeakerView, speakerWindow } from './speaker-view.ts';
import { applyTrack } from './track.ts';

const KEY = { L: 76, M: 77, N: 78 } as const;
const always = (): boolean => true;

/** The short talk: before reveal.js starts, so numbering and pacing follow the slides shown. */
const track: DeckFeature = { appliesTo: always, prepare: () => void applyTrack() };

const glossary: DeckFeature = {
  appliesTo: always,
  prepare: (mode) => prepareGlossary(mode),
  later: (deck, mode) => {
    if (!mode.print) new Glossary().follow(deckNavigator(deck));
  },
};

/** The contents (M): its button is there for the first layout, which leaves room for the tools. */
const contents = ((): DeckFeature => {
  let panel: Contents | undefined;
  return {
    appliesTo: showsReaderTools,
    prepare: () => {
      panel = new Contents();
    },
    start: (deck) => {
      panel!.follow(deckNavigator(deck));
      bindKey(deck, KEY.M, { key: 'M', description: 'Contents: jump to a part of the talk' }, () => panel!.toggle());
    },
  };
})();

/** The narration panel, which listening reads from and highlights in. */
let narrationPanel: Narration | undefined;

/** The narration (N): made before reveal.js starts, so the first layout leaves room for it. */
const narration: DeckFeature = {
  appliesTo: showsReaderTools,
  prepare: () => {
    narrationPanel = new Narration();
  },
  start: (deck) => {
    narrationPanel!.follow(deckNavigator(deck), () => fitDeckArea(deck));
    bindKey(deck, KEY.N, { key: 'N', description: 'Show or hide what the speaker says' }, () => narrationPanel!.toggle());
  },
};

/**
 * Listen (L): reads the narration aloud. Its button is there for the first layout; its
 * controls are made, and what reads aloud is loaded, the first time it is asked for.
 */
const listen = ((): DeckFeature => {
  let button: HTMLButtonElement | undefined;
  return {
    appliesTo: showsReaderTools,
    prepare: () => {
      button = addToolButton({ id: 'listen-button', label: 'Listen', key: 'L', pressed: false });
    },
    start: (deck) => {
      let panel: Panel | undefined;
      const toggle = (): void => (panel ??= slidesListen(deck, narrationPanel!, button!)).toggle();
      button!.addEventListener('click', toggle);
      bindKey(deck, KEY.L, { key: 'L', description: 'Listen: read what the speaker says aloud' }, toggle);
    },
    // Browsers load their voices when first asked: by the time Listen is pressed, they are there.
    later: () => void (window.speechSynthesis as SpeechSynthesis | undefined)?.getVoices(),
  };
})();

/**
 * The way to the reader view: a button, and on a window made too narrow to read slides in,
 * the move itself (unless the reader asked for the slides with ?view=slides).
 */
const readerView: DeckFeature = {
  appliesTo: showsReaderTools,
  prepare: () => void addToolButton({ id: 'reader-view-button', label: 'Reader view' }),
  start: (deck) => {
    const navigator = deckNavigator(deck);
    document.getElementById('reader-view-button')!.addEventListener('click', () => window.location.assign(addressIn('reader', navigator.place())));
    let settling = 0;
    window.addEventListener('resize', () => {
      window.clearTimeout(settling);
      settling = window.setTimeout(() => {
        if (chooseView(window.location.search, window.innerWidth) === 'reader') window.location.replace(addressIn('reader', navigator.place()));
      }, 300);
    });
  },
};

const keyboardHelp: DeckFeature = { appliesTo: always, later: (deck) => void new KeyboardHelp(deck) };

const speakerView: DeckFeature = {
  appliesTo: (mode) => !mode.receiver && !mode.print,
  prepare: () => acceptSpeakerMovesOnceConnected(),
  later: (deck, mode) => setupSpeakerView(deck, mode, () => fitDeckArea(deck)),
};

/** The Display panel: text size, colours, spacing and movement, remembered on the device. */
const display: DeckFeature = {
  appliesTo: showsReaderTools,
  prepare: () => void new DisplayPanel(),
  start: (deck) => {
    document.documentElement.addEventListener('displaychange', () => {
      deck.configure({ transition: slideTransition() });
      fitDeckArea(deck);
    });
  },
};

const replay: DeckFeature = { appliesTo: always, later: (deck) => setupReplay(deck) };

/**
 * The worksheets (Weigh it up): each slide shows the presenter's prompt; "Fill in this worksheet"
 * loads the worksheets' code, the first time, and opens the form in a panel.
 */
const worksheets: DeckFeature = {
  appliesTo: showsReaderTools,
  later: () => {
    document.addEventListener('click', (event) => {
      const opener = (event.target as Element).closest?.<HTMLElement>('.worksheet-open');
      if (opener) void import('../worksheets/open-worksheet.ts').then(({ openWorksheet }) => openWorksheet(opener));
    });
  },
};

const resume: DeckFeature = { appliesTo: showsReaderTools, later: (deck) => new ResumeOffer(deckNavigator(deck)).activate() };

/**
 * A room's deck (npm run room): opened with the presenter's secret it drives the room, else it
 * follows it. The room's code, with its realtime client, loads only on a room's page.
 */
const room = ((): DeckFeature => {
  let key: string | undefined;
  return {
    appliesTo: (mode) => roomPage() === 'deck' && !mode.receiver && !mode.print,
    prepare: () => {
      key = presenterKey();
    },
    later: (deck) => {
      if (key) void import('../room/presenter-link.ts').then(({ linkPresenter }) => linkPresenter(deck, deckNavigator(deck), key!, { speakerWindow, notice: showNotice, forgetKey: forgetPresenterKey }));
      else void import('../room/follower.ts').then(({ follow }) => follow(deckNavigator(deck), 'slides'));
    },
  };
})();

/** Every part of the slides view, in the order each step of the lifecycle runs them. */
export const FEATURES: readonly DeckFeature[] = [track, glossary, contents, narration, listen, display, readerView, keyboardHelp, speakerView, replay, worksheets, resume, room];
