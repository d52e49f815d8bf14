import { Contents } from '../../panels/contents.ts';
import { DisplayPanel } from '../../panels/display.ts';
import { Glossary } from '../../panels/glossary.ts';
import { ResumeOffer } from '../../panels/resume.ts';
import type { ListenPanel } from '../../panels/listen.ts';
import { button, element } from '../../panels/panel.ts';
import { toolBar } from '../../panels/tool-bar.ts';
import { addressIn } from '../choose-view.ts';
import { applyTrack } from '../../modes/track.ts';
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
  // A link to the short talk (?track=short) reads the short talk: its contents and places too.
  applyTrack();
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
  const listen = listenControls(nav, figures);
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
 * Listening: a Listen button beside each slide's narration reads from that slide, and L from
 * the slide being read. The controls are made, and what reads aloud is loaded, the first time
 * either is used; returns what L does.
 */
function listenControls(nav: ReaderNavigator, figures: ReaderFigures): () => void {
  let panel: ListenPanel | undefined;
  const listening = (): ListenPanel => (panel ??= readerListen(nav, figures));
  document.querySelector('.slides')?.addEventListener('click', (event) => {
    const section = (event.target as Element).closest('.notes-listen')?.closest<HTMLElement>('.slides > section');
    if (section) listening().listenFrom(section);
  });
  // Browsers load their voices when first asked: by the time Listen is pressed, they are there.
  void (window.speechSynthesis as SpeechSynthesis | undefined)?.getVoices();
  return () => listening().toggle();
}

/**
 * A slide's narration, under its content: a heading, the words it uses as buttons that open
 * their meaning, then what the speaker says (its notes, shown here rather than hidden).
 */
function addNarration(section: HTMLElement): void {
  const notes = section.querySelector<HTMLElement>(':scope > aside.notes');
  if (!notes || notes.querySelector('.notes-heading')) return;
  notes.setAttribute('aria-labelledby', `${section.id}-notes`);
  // Its Listen button reads it aloud (its name says which slide: "Listen: How aHSCT is done").
  const listen = button('', { className: 'notes-listen', id: `${section.id}-listen`, attrs: { 'aria-labelledby': `${section.id}-listen ${section.id}-title` } });
  listen.append(listenIcon(), element('span', { text: 'Listen' }));
  notes.prepend(element('div', { className: 'notes-head' }, element('h3', { className: 'notes-heading', id: `${section.id}-notes`, text: 'The speaker says' }), listen));
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

/** A speaker, sounding: beside the word Listen. */
function listenIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('listen-icon');
  svg.innerHTML = '<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
  return svg;
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
