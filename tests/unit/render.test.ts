// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import { renderSlides } from '../../src/render/render-slides.ts';
import { parseInline, plainText } from '../../src/content/inline.ts';
import type { Seminar } from '../../src/content/model.ts';
import { FIGURE_KINDS, drawingSpec, figureSteps } from '../../src/content/figure-content.ts';
import { numberSources } from '../../src/content/references.ts';

const seminar: Seminar = {
  presenter: 'Dr <b>Bold</b>', organisation: 'Org & Co', date: '2027-02-13', contact: 'a@b.org', url: 'https://example.org/deck/', interests: 'None', sponsor: 'None',
};
const html = renderSlides({ ...library, seminar, readAsset: () => '<svg viewBox="0 0 10 10"><rect/></svg>' });
const doc = new DOMParser().parseFromString(`<div class="slides">${html}</div>`, 'text/html');

describe('rendering slides', () => {
  it('makes one section per slide, with its id, time budget and speaker notes', () => {
    const sections = [...doc.querySelectorAll('.slides > section')];
    expect(sections.map((s) => s.id)).toEqual(library.talk.slides.map((s) => s.id));
    for (const [i, section] of sections.entries()) {
      expect(section.getAttribute('data-timing')).toBe(String(library.talk.slides[i]!.seconds));
      expect(section.querySelector('aside.notes')?.textContent?.length).toBeGreaterThan(100);
    }
  });

  it('gives the first slide the only h1 and every other slide an h2 named by aria-labelledby', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    for (const section of doc.querySelectorAll('section')) {
      expect(doc.getElementById(section.getAttribute('aria-labelledby')!)?.matches('h1, h2')).toBe(true);
    }
  });

  it('escapes seminar details as text, never HTML', () => {
    expect(doc.querySelector('.seminar-details b')).toBeNull();
    expect(doc.querySelector('.seminar-details')?.textContent).toContain('Dr <b>Bold</b>');
    expect(doc.querySelector('.seminar-details')?.textContent).toContain('Org & Co');
  });

  it('numbers citations in order of first use and lists them on the sources slide', () => {
    const first = doc.querySelector('.cite')!;
    expect(first.textContent).toMatch(/\[1\]/);
    const listed = doc.querySelectorAll('ol.sources li');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed[0]!.id).toBe('source-1');
  });
});

describe('figures', () => {
  const figures = library.talk.slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'figure' ? [{ id: slide.id, figure: block.figure }] : [])));
  const citations = numberSources(library.talk);
  const cite = (keys: string[]): string => `[${keys.map((key) => citations.get(key as `S${number}`)).join(', ')}]`;

  it.each(figures)('tell the browser what "#/$id" is: its kind, its spec, its steps and the form of its words', ({ id, figure }) => {
    const element = doc.querySelector<HTMLElement>(`[id="${id}"] figure[data-figure]`)!;
    expect(element.dataset.figure).toBe(figure.type);
    expect(JSON.parse(element.dataset.spec!)).toEqual(JSON.parse(JSON.stringify(drawingSpec(figure, cite))));
    expect(element.dataset.stepCount).toBe(String(figureSteps(figure).length));
    expect(element.querySelectorAll('.figure-steps > .fragment')).toHaveLength(figureSteps(figure).length);
    const words = element.querySelectorAll<HTMLElement>('[data-figure-text]');
    expect(words).toHaveLength(1);
    expect(words[0]!.dataset.figureText).toBe('table' in FIGURE_KINDS[figure.type] ? 'table' : 'steps');
    expect(words[0]!.matches('table, ol')).toBe(true);
  });
});

describe('an illustration from assets/', () => {
  it('is inlined as one image named by its text alternative, with its caption', () => {
    const talk = {
      ...library.talk,
      slides: [
        {
          ...library.talk.slides[2]!,
          blocks: [{ kind: 'illustration' as const, file: 'nerve.svg', alt: 'A nerve with [[myelin]].', caption: 'Drawn to scale [S2].' }],
        },
      ],
    };
    const out = renderSlides({ ...library, talk, seminar, readAsset: (file) => `<?xml version="1.0"?><svg viewBox="0 0 1 1" data-file="${file}"><rect/></svg>` });
    const figure = new DOMParser().parseFromString(out, 'text/html').querySelector('figure.illustration')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('data-file')).toBe('nerve.svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(figure.ownerDocument.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe('A nerve with myelin.');
    expect(figure.querySelector('figcaption')?.textContent).toMatch(/Drawn to scale.*\[\d+\]/);
  });
});

describe('inline markup', () => {
  it('reads glossary terms, citations and emphasis', () => {
    expect(parseInline('The [[lumbar puncture|spinal tap]] test [S4, S49] is **quick**.')).toEqual([
      { type: 'text', text: 'The ' },
      { type: 'term', key: 'lumbar-puncture', text: 'spinal tap' },
      { type: 'text', text: ' test ' },
      { type: 'cite', keys: ['S4', 'S49'] },
      { type: 'text', text: ' is ' },
      { type: 'strong', text: 'quick' },
      { type: 'text', text: '.' },
    ]);
    expect(plainText('About 5 in 100 [S4].')).toBe('About 5 in 100.');
  });
});

describe('glossary terms', () => {
  it('are buttons that open a popover on the same slide, with the plain definition and a link to the glossary', () => {
    const buttons = [...doc.querySelectorAll('button.term')];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const section = button.closest('section')!;
      const popover = section.querySelector(`[id="${button.getAttribute('popovertarget')}"]`)!;
      expect(popover, `the popover of "${button.textContent}" on "${section.id}"`).not.toBeNull();
      expect(popover.hasAttribute('popover')).toBe(true);
      const key = button.getAttribute('data-term')!;
      expect(popover.textContent).toContain(library.glossary[key]?.definition);
      expect(popover.querySelector('a.see-all-words')?.getAttribute('href')).toBe('#/glossary');
    }
  });

  it('give each slide one popover per term, with ids unique in the deck', () => {
    const ids = [...doc.querySelectorAll('.term-popover')].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of doc.querySelectorAll('section')) {
      const keys = [...section.querySelectorAll('button.term')].map((b) => b.getAttribute('data-term'));
      expect(section.querySelectorAll('.term-popover')).toHaveLength(new Set(keys).size);
    }
  });

  it('stay plain words in the notes', () => {
    expect(doc.querySelectorAll('aside.notes button, aside.notes [popover]')).toHaveLength(0);
  });

  it('leave out the link where the talk has no glossary slide', () => {
    const talk = { ...library.talk, slides: library.talk.slides.filter((s) => s.id !== 'glossary') };
    const without = renderSlides({ ...library, talk, seminar, readAsset: () => '<svg viewBox="0 0 10 10"><rect/></svg>' });
    expect(without).toContain('class="term-popover"');
    expect(without).not.toContain('see-all-words');
  });
});
