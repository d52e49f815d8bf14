// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import { layoutHandout } from '../../src/modes/handout.ts';
import { renderHandoutCover } from '../../src/render/render-handout.ts';
import { renderSlides } from '../../src/render/render-slides.ts';
import { plainText } from '../../src/content/inline.ts';
import { figureSteps } from '../../src/content/figure-content.ts';
import { words } from '../support/text.ts';

const slides = library.talk.slides;
const seminar = { presenter: 'Dr Sam Lee', organisation: 'Riverside MS Group', date: '2027-03-09', contact: 'x@example.org', url: 'https://example.org/', interests: 'None', sponsor: 'None' };

/** The page as reveal.js's print view leaves it: each slide in a .pdf-page with a slide number. */
beforeAll(() => {
  const context = { ...library, talk: { ...library.talk, slides }, seminar, readAsset: () => '<svg viewBox="0 0 10 10"></svg>' };
  document.body.innerHTML = `<div class="reveal"><div class="slides">${renderSlides(context)}</div></div>${renderHandoutCover(context)}`;
  document.querySelectorAll('.slides > section').forEach((section, i) => {
    const page = document.createElement('div');
    page.className = 'pdf-page';
    section.replaceWith(page);
    const number = document.createElement('div');
    number.className = 'slide-number slide-number-pdf';
    number.textContent = String(i + 1);
    page.append(section, number);
  });
  layoutHandout(document);
});

const pages = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.slides > .pdf-page')];

describe('the handout layout', () => {
  it('puts the cover first, then one page per slide in order, and nothing else', () => {
    expect(pages().map((p) => p.dataset.kind === 'cover' ? 'cover' : p.querySelector('section')!.id)).toEqual(['cover', ...slides.map((s) => s.id)]);
    expect(document.documentElement.classList.contains('handout')).toBe(true);
  });

  it('numbers every slide page "Page n of N" in place of reveal.js slide numbers', () => {
    const total = slides.length + 1;
    pages().slice(1).forEach((page, i) => expect(page.querySelector('.handout-foot-page')?.textContent).toBe(`Page ${i + 2} of ${total}`));
    expect(document.querySelector('.slide-number-pdf')).toBeNull();
  });

  it('writes out each slide\'s narration below it, paragraph by paragraph', () => {
    pages().slice(1).forEach((page, i) => {
      const narration = page.querySelector('.handout-narration')!;
      expect(narration.querySelector('.handout-label')?.textContent).toBe('What the speaker says');
      const paragraphs = [...narration.querySelectorAll('p:not(.handout-label)')].map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cite').forEach((cite) => cite.remove());
        return words(copy.textContent ?? '');
      });
      expect(paragraphs).toEqual(slides[i]!.notes.map((note) => plainText(note)));
    });
  });

  it('sets the glossary, sources and questions as text and the other slides as pictures', () => {
    const kinds = Object.fromEntries(pages().slice(1).map((p) => [p.querySelector('section')!.id, p.dataset.kind]));
    expect(kinds).toMatchObject({ title: 'slide', myelin: 'slide', glossary: 'reference', sources: 'reference', questions: 'reference' });
    expect(document.querySelector('#myelin')!.closest('.handout-slide')).not.toBeNull();
    expect(document.querySelector('#glossary')!.closest('.handout-slide')).toBeNull();
  });

  it('writes out every figure in words under its picture, step by step', () => {
    for (const slide of slides) {
      const figure = slide.blocks.find((b) => b.kind === 'figure');
      // A comparison's picture is its words already.
      if (!figure || figure.kind !== 'figure' || figure.figure.type === 'comparison') continue;
      const page = document.querySelector(`[id="${slide.id}"]`)!.closest<HTMLElement>('.pdf-page')!;
      const words = page.querySelector('.handout-figure-words');
      expect(words, `slide "${slide.id}"`).not.toBeNull();
      const items = words!.querySelectorAll('ol > li');
      expect(items.length, `slide "${slide.id}"`).toBe(figureSteps(figure.figure).length);
      expect(words!.querySelector('.fragment, .figure-steps'), 'no step is hidden on paper').toBeNull();
    }
  });

  it('gives the questions ruled lines for the reader\'s notes that are always kept', () => {
    const page = document.querySelector('#questions')!.closest<HTMLElement>('.pdf-page')!;
    const asked = slides.find((slide) => slide.id === 'questions')!.blocks.flatMap((b) => (b.kind === 'questions' ? b.items : []));
    expect(page.querySelectorAll('.questions ol > li')).toHaveLength(asked.length);
    const lines = page.querySelector<HTMLElement>('.handout-lines')!;
    expect(lines.dataset.keep).toBe('');
    expect(lines.querySelectorAll('.handout-line').length).toBeGreaterThanOrEqual(10);
    expect(lines.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });

  it('lists the talk\'s sections on the cover with the page each starts on', () => {
    const items = [...document.querySelectorAll('.handout-contents li')].map((li) => [...li.children].map((c) => c.textContent).join(' '));
    const firstPages = new Map<string, number>();
    slides.forEach((slide, i) => firstPages.has(slide.section) || firstPages.set(slide.section, i + 2));
    expect(items).toEqual([...firstPages].map(([section, page]) => `${section} page ${page}`));
  });

  it('titles the document with the seminar, for the PDF\'s metadata', () => {
    expect(document.title).toBe(`${library.talk.title}: handout, Riverside MS Group, 9 March 2027`);
  });
});
