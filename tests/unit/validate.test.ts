import { describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import { assertValidContent, contentProblems } from '../../src/content/validate.ts';
import type { Figure, FigureType, Slide } from '../../src/content/model.ts';

const base = library.talk.slides.find((s) => s.id === 'what-is-ms')!;
const withSlides = (...extra: Slide[]) => ({ ...library, talk: { ...library.talk, slides: [...library.talk.slides, ...extra] } });
const notes = ['This is a paragraph of notes that a presenter could say aloud to the room. '.repeat(4)];

describe('content validation', () => {
  it('names the slide and field when notes are missing or too short', () => {
    const problems = contentProblems(withSlides({ ...base, id: 'no-notes', notes: [] }, { ...base, id: 'short-notes', notes: ['Too short.'] }));
    expect(problems).toContainEqual(expect.stringMatching(/slide "no-notes", notes: every slide needs speaker notes/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "short-notes", notes: 2 words; notes need 40 to 120/));
  });

  it('names a duplicate id', () => {
    expect(contentProblems(withSlides({ ...base }))).toContainEqual(expect.stringMatching(/slide "what-is-ms", id: "what-is-ms" is used by another slide too/));
  });

  it('names an unknown source and an unknown glossary term with the field they are in', () => {
    const slide: Slide = { ...base, id: 'bad-refs', notes, blocks: [{ kind: 'points', items: ['Fine.', 'See [S999] and [[flux-capacitor]].'] }] };
    const problems = contentProblems(withSlides(slide));
    expect(problems).toContainEqual(expect.stringMatching(/slide "bad-refs", blocks\[0\]\.items\[1\]: unknown source "S999"/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "bad-refs", blocks\[0\]\.items\[1\]: the glossary has no term "flux-capacitor"/));
  });

  it('names a slide with no time budget', () => {
    const slide = { ...base, id: 'no-time', notes, seconds: undefined } as unknown as Slide;
    expect(contentProblems(withSlides(slide))).toContainEqual(expect.stringMatching(/slide "no-time", seconds: needs a whole number of seconds/));
  });

  it('refuses hype and promises of a cure, but allows saying there is none', () => {
    const slide: Slide = { ...base, id: 'hype', notes, blocks: [{ kind: 'points', items: ['A breakthrough that cures MS.', 'There is no cure.'] }] };
    const problems = contentProblems(withSlides(slide));
    expect(problems).toContainEqual(expect.stringMatching(/slide "hype", blocks\[0\]\.items\[0\]: "breakthrough" is a hype word/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "hype", blocks\[0\]\.items\[0\]: "cures" promises a cure/));
    expect(problems.filter((p) => p.includes('items[1]'))).toEqual([]);
  });

  it('throws one error listing every problem', () => {
    expect(() => assertValidContent(withSlides({ ...base, id: 'Bad Id', notes: [] }))).toThrow(/slide "Bad Id", id: .*\n- slide "Bad Id", notes/s);
  });
});

describe('figure validation, by each kind of figure', () => {
  const figures = library.talk.slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : [])));
  const figureOf = <K extends FigureType>(type: K) => structuredClone(figures.find((figure) => figure.type === type)) as Extract<Figure, { type: K }>;
  const problemsOf = (figure: Figure): string[] =>
    contentProblems(withSlides({ ...base, id: 'drawn', notes, blocks: [{ kind: 'figure', figure }] })).filter((p) => p.includes('"drawn"'));

  it('names the slide and the field, whatever the kind', () => {
    const procedure = figureOf('procedure');
    procedure.steps.reverse();
    expect(problemsOf(procedure)).toContainEqual(expect.stringMatching(/^slide "drawn", blocks\[0\]\.figure\.steps: the stages must be tests, mobilise, .* in that order \(got engraft, /));
    const myelin = figureOf('myelin');
    myelin.steps[0]!.name = 'Far too long a name';
    expect(problemsOf(myelin)).toEqual(['slide "drawn", blocks[0].figure.steps[0].name: "Far too long a name" is longer than 14 letters; the figure has room for a few short words.']);
    const timeline = figureOf('timeline');
    timeline.events[1]!.day = 0;
    expect(problemsOf(timeline)).toEqual(['slide "drawn", blocks[0].figure.events[1].day: events must be in time order.']);
    const icons = figureOf('icon-array');
    icons.panels[0]!.affected += 1;
    expect(problemsOf(icons)).toEqual([`slide "drawn", blocks[0].figure.panels[0].sentence: must say "${icons.panels[0]!.affected} in 100", as the picture shows.`]);
    const comparison = figureOf('comparison');
    comparison.rows[0]!.cells.pop();
    expect(problemsOf(comparison)).toEqual(['slide "drawn", blocks[0].figure.rows[0].cells: 2 cells for 3 options.']);
  });

  it('names a kind of figure that does not exist', () => {
    const figure = { ...figureOf('myelin'), type: 'chart' } as unknown as Figure;
    expect(problemsOf(figure)).toEqual(['slide "drawn", blocks[0].figure.type: "chart" is not a kind of figure.']);
  });
});
