import type { Deck } from '../deck/reveal-types.ts';
import { scrollToStep } from './scroll-jumps.ts';

export const POSITION_STORAGE_KEY = 'ms-seminar-deck:position';
const OFFER_ID = 'resume-offer';

export interface ReadingPosition {
  /** The slide's id. */
  slide: string;
  /** The last step shown on it; -1 before the first. */
  fragment: number;
}

export function parsePosition(text: string | null): ReadingPosition | undefined {
  try {
    const value = JSON.parse(text ?? '') as Partial<ReadingPosition>;
    if (typeof value.slide === 'string' && typeof value.fragment === 'number') return { slide: value.slide, fragment: value.fragment };
  } catch {
    /* nothing saved, or not by us */
  }
  return undefined;
}

function readSaved(): ReadingPosition | undefined {
  try {
    return parsePosition(localStorage.getItem(POSITION_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function save(position: ReadingPosition): void {
  try {
    localStorage.setItem(POSITION_STORAGE_KEY, JSON.stringify(position));
  } catch {
    /* storage blocked: nothing is remembered */
  }
}

/**
 * Remembers the slide and step a reader reached. When they come back and the deck opens at
 * its first slide, a small offer at the top of the screen lets them go on from there. It takes no
 * focus, covers no part of the slide's content, and goes as soon as they move on.
 */
export function setupResume(deck: Deck): void {
  const saved = readSaved();
  const current = (): ReadingPosition => ({ slide: deck.getCurrentSlide()?.id ?? '', fragment: deck.getIndices().f ?? -1 });
  const opening = current();
  // The scroll view reports its first page again after it starts: that is not the reader moving.
  const remember = (): void => {
    const position = current();
    const offer = document.getElementById(OFFER_ID);
    if (offer && position.slide === opening.slide && position.fragment === opening.fragment) return;
    offer?.remove();
    if (position.slide) save(position);
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, remember);

  const atStart = deck.getIndices().h === 0;
  const target = saved && document.querySelector<HTMLElement>(`.slides section[id="${CSS.escape(saved.slide)}"]`);
  if (!saved || !target || !atStart || deck.getIndices(target).h === 0) return;
  showOffer(deck, target, saved.fragment);
}

function showOffer(deck: Deck, target: HTMLElement, fragment: number): void {
  const number = deck.getIndices(target).h + 1;
  const offer = document.createElement('div');
  offer.id = OFFER_ID;
  offer.className = 'resume-offer';
  offer.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = `Last time you got to slide ${number}.`;
  const go = document.createElement('button');
  go.type = 'button';
  go.className = 'reader-button resume-go';
  go.textContent = 'Continue there';
  const no = document.createElement('button');
  no.type = 'button';
  no.className = 'reader-button resume-no';
  no.textContent = 'No, thanks';
  offer.append(text, go, no);
  document.body.append(offer);
  const tools = document.getElementById('reader-tools')?.getBoundingClientRect();
  if (tools) document.documentElement.style.setProperty('--reader-tools-right', `${Math.round(tools.right)}px`);

  go.addEventListener('click', () => {
    offer.remove();
    const { h, v } = deck.getIndices(document.getElementById(target.id) ?? undefined);
    if (!scrollToStep(deck, h, fragment)) deck.slide(h, v, fragment);
  });
  no.addEventListener('click', () => offer.remove());
}
