import { Contents } from '../../panels/contents.ts';
import { DisplayPanel } from '../../panels/display.ts';
import { Glossary } from '../../panels/glossary.ts';
import { ResumeOffer } from '../../panels/resume.ts';
import { button, element, type Panel } from '../../panels/panel.ts';
import { addToolButton, toolBar } from '../../panels/tool-bar.ts';
import { addressIn } from '../choose-view.ts';
import { ReaderFigures } from './reader-figures.ts';
import { readerListen } from './reader-listen.ts';
import { ReaderNavigator, hashOf, placeFromHash, talkSections } from './reader-navigator.ts';

/**
 * The reader view: the talk as a document that reflows, for reading alone on any screen. The
 * page's own style lays the slides out as sections (theme/reader.css, in the page), so the
 * words are there at the first paint; this adds what needs a script: figures drawn to fit
 * with their step controls, each slide's narration and words, the contents, the resume offer,
 * the address following the reader, and the way back to the slides.
 */
export function startReader(): ReaderNavigator {
  const main = document.querySelector<HTMLElement>('.slides');
  main?.setAttribute('id', 'talk');
  talkSections().forEach(addNarration);

  let navigator: ReaderNavigator | undefined;
  const figures = new ReaderFigures(() => navigator?.moved());
  navigator = new ReaderNavigator((section, step) => {
    const figure = section.querySelector<HTMLElement>('figure[data-figure]');
    if (figure) figures.setStep(figure, step + 1, { quiet: true });
  });
  const nav = navigator;

  const contents = new Contents();
  contents.follow(nav);
  const listen = listenControl(nav, figures);
  new DisplayPanel();
  const slides = button('Slides', { id: 'slides-button', attrs: { 'aria-label': 'Show the talk as slides' } });
  slides.addEventListener('click', () => window.location.assign(addressIn('slides', nav.place())));
  const bar = toolBar();
  bar.append(slides);
  bar.setAttribute('role', 'navigation');
  bar.setAttribute('aria-label', 'Reading tools');
  // A slide's heading scrolled to must come out below the bar, which sticks to the top.
  const keepClear = (): void => document.documentElement.style.setProperty('--reader-bar-height', `${bar.offsetHeight + 8}px`);
  keepClear();
  new ResizeObserver(keepClear).observe(bar);
  keepClear(); // now, for a link's opening scroll below; the observer reports only after it
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as Element).closest('input, textarea, [data-own-keys]')) return;
    if (event.key === 'm' || event.key === 'M') contents.toggle();
    else if (event.key === 'l' || event.key === 'L') listen();
  });
  new Glossary().follow(nav);

  // The address follows the reader, so a shared link opens where they were.
  nav.onMove(() => history.replaceState(history.state, '', hashOf(nav.place())));
  window.addEventListener('hashchange', () => {
    const place = placeFromHash(window.location.hash);
    if (place) nav.go(place);
  });
  const opening = placeFromHash(window.location.hash);
  if (opening) nav.go(opening);
  new ResumeOffer(nav).activate();
  return nav;
}

/**
 * The Listen button (and L): reads the narration aloud. Its controls are made, and what reads
 * aloud is loaded, the first time it is asked for; returns what the key does.
 */
function listenControl(nav: ReaderNavigator, figures: ReaderFigures): () => void {
  const control = addToolButton({ id: 'listen-button', label: 'Listen', key: 'L', pressed: false });
  let panel: Panel | undefined;
  const toggle = (): void => (panel ??= readerListen(nav, figures, control)).toggle();
  control.addEventListener('click', toggle);
  // Browsers load their voices when first asked: by the time Listen is pressed, they are there.
  void (window.speechSynthesis as SpeechSynthesis | undefined)?.getVoices();
  return toggle;
}

/**
 * A slide's narration, under its content: a heading, the words it uses as buttons that open
 * their meaning, then what the speaker says (its notes, shown here rather than hidden).
 */
function addNarration(section: HTMLElement): void {
  const notes = section.querySelector<HTMLElement>(':scope > aside.notes');
  if (!notes || notes.querySelector('.notes-heading')) return;
  notes.setAttribute('aria-labelledby', `${section.id}-notes`);
  notes.prepend(element('h3', { className: 'notes-heading', id: `${section.id}-notes`, text: 'The speaker says' }));
  const words = wordsOf(section);
  if (words.length === 0) return;
  notes.append(
    element(
      'div',
      { className: 'section-words' },
      element('p', { className: 'section-words-label', text: 'Words on this page:' }),
      ...words.map(({ term, popoverId }) => button(term, { className: 'word-button', attrs: { popovertarget: popoverId } })),
    ),
  );
}

/** The glossary words a slide uses, once each, as its popovers name them. */
function wordsOf(section: Element): { term: string; popoverId: string }[] {
  const words: { term: string; popoverId: string }[] = [];
  for (const term of section.querySelectorAll('button.term[popovertarget]')) {
    const popoverId = term.getAttribute('popovertarget')!;
    if (words.some((word) => word.popoverId === popoverId)) continue;
    const name = section.querySelector(`[id="${CSS.escape(popoverId)}"] strong`)?.textContent?.replace(/:\s*$/, '') ?? term.textContent ?? '';
    words.push({ term: name, popoverId });
  }
  return words;
}
