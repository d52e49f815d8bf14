import { describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import { contentProblems, MAX_POINTS } from '../../src/content/validate.ts';
import { parseInline, plainText } from '../../src/content/inline.ts';
import { blockTexts, termsUsed } from '../../src/content/references.ts';
import { readingGrade } from '../support/reading.ts';

const { talk, glossary } = library;

/** The topics of the talk, in order; a topic may run over several slides (faq, faq-2, ...). */
const TOPICS = [
  'title', 'about', 'overview', 'what-is-ms', 'myelin', 'symptoms', 'diagnosis', 'treatments', 'two-kinds',
  'comparison', 'candidates', 'procedure', 'after-infusion', 'recovery', 'benefits', 'risks', 'clinics',
  'abroad', 'future', 'faq', 'questions', 'weigh-it-up', 'take-home', 'glossary', 'sources', 'thanks',
];

const topicOf = (id: string): string => id.replace(/-\d+$/, '');

describe('the talk content', () => {
  it('has no content problems (notes, timing, ids, sources, glossary terms, words)', () => {
    expect(contentProblems(library)).toEqual([]);
  });

  it('tells the whole story in the agreed order, each topic starting with its own id', () => {
    const topics = [...new Set(talk.slides.map((slide) => topicOf(slide.id)))];
    expect(topics).toEqual(TOPICS);
    for (const topic of TOPICS) expect(talk.slides.map((s) => s.id)).toContain(topic);
    talk.slides.forEach((slide, i) => {
      const part = /-(\d+)$/.exec(slide.id);
      if (part && TOPICS.includes(topicOf(slide.id))) {
        const previous = talk.slides[i - 1]!.id;
        const expected = Number(part[1]) === 2 ? topicOf(slide.id) : `${topicOf(slide.id)}-${Number(part[1]) - 1}`;
        expect(previous, `slide "${slide.id}" must follow "${expected}"`).toBe(expected);
      }
    });
  });

  it.each(talk.slides.map((slide) => [slide.id, slide] as const))('slide "%s" reads at US grade 8 or lower', (_id, slide) => {
    expect(readingGrade(slide, library)).toBeLessThanOrEqual(8);
  });

  it.each(talk.slides.map((slide) => [slide.id, slide] as const))('slide "%s" cites a source for every number it shows', (id, slide) => {
    const uncited = slide.blocks
      .flatMap(blockTexts)
      .filter((text) => /\d/.test(plainText(text)) && !parseInline(text).some((t) => t.type === 'cite'));
    expect(uncited, `slide "${id}": these show a number without a source`).toEqual([]);
  });

  it('keeps every slide to at most six points', () => {
    for (const slide of talk.slides) {
      const points = slide.blocks.reduce((n, b) => n + (b.kind === 'points' ? b.items.length : 0), 0);
      expect(points, `slide "${slide.id}"`).toBeLessThanOrEqual(MAX_POINTS);
    }
  });

  it('defines every glossary entry because the talk uses it', () => {
    const used = termsUsed(talk);
    const unused = Object.keys(glossary).filter((key) => !used.has(key));
    expect(unused, 'glossary entries no slide uses').toEqual([]);
  });

  it('runs about 45 minutes in full and about 20 in the short talk', () => {
    const minutes = (slides: typeof talk.slides): number => slides.reduce((s, slide) => s + slide.seconds, 0) / 60;
    expect(minutes(talk.slides)).toBeGreaterThanOrEqual(talk.tracks.full.minutes * 0.9);
    expect(minutes(talk.slides)).toBeLessThanOrEqual(talk.tracks.full.minutes * 1.1);
    const short = talk.slides.filter((slide) => !slide.optional);
    expect(minutes(short)).toBeGreaterThanOrEqual(talk.tracks.short.minutes * 0.85);
    expect(minutes(short)).toBeLessThanOrEqual(talk.tracks.short.minutes * 1.15);
  });

  it('keeps the short talk whole: the essentials are never optional', () => {
    const essential = ['title', 'about', 'what-is-ms', 'two-kinds', 'candidates', 'procedure', 'benefits', 'risks', 'risks-3', 'recovery', 'questions', 'take-home', 'thanks'];
    for (const id of essential) expect(talk.slides.find((s) => s.id === id)?.optional, `slide "${id}"`).toBeFalsy();
  });
});
