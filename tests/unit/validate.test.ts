import { describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import { assertValidContent, contentProblems, reviewOverdue } from '../../src/content/validate.ts';
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

describe('content rules from the medical review', () => {
  const slideWith = (id: string, items: string[], notesText = notes): Slide => ({ ...base, id, notes: notesText, blocks: [{ kind: 'points', items }] });

  it('refuses a citation of a source that gives no year', () => {
    const sources = { ...library.sources, S900: { ...library.sources.S4!, year: null as unknown as number } };
    const problems = contentProblems({ ...withSlides(slideWith('undated', ['About 5 in 100 people. [S900]'])), sources });
    expect(problems).toContainEqual(expect.stringMatching(/slide "undated", blocks\[0\]\.items\[0\]: source "S900" has no year/));
    expect(problems).toContainEqual(expect.stringMatching(/source "S900", year: give the year/));
  });

  it('refuses a source of a kind nobody should cite for a number, such as a blog', () => {
    const sources = { ...library.sources, S901: { ...library.sources.S4!, kind: 'blog' as never } };
    expect(contentProblems({ ...library, sources })).toContainEqual(expect.stringMatching(/source "S901", kind: "blog" is not a kind of source we cite/));
  });

  it('refuses two denominators in one item or one sentence of notes, and allows them in separate sentences', () => {
    const mixedItem = slideWith('mixed', ['About 2 in 100 died in older studies. Now about 2 in 1,000. [S49]']);
    const mixedNotes = slideWith('mixed-notes', ['Fine. [S4]'], [`${notes[0]} About 4 in 1,000 get it, and 996 out of 1,000 do not; that is 1 in 250. [S4]`]);
    const apart = slideWith('apart', ['Fine. [S4]'], [`${notes[0]} About 5 in 100 got worse. [S4] Deaths were about 2 in 1,000. [S36]`]);
    const problems = contentProblems(withSlides(mixedItem, mixedNotes, apart));
    expect(problems).toContainEqual(expect.stringMatching(/slide "mixed", blocks\[0\]\.items\[0\]: compares frequencies out of 100 and 1000 in one item/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "mixed-notes", notes\[0\]: compares frequencies out of 1000 and 250 in one sentence/));
    expect(problems.filter((p) => p.includes('"apart"'))).toEqual([]);
  });

  it('refuses "the article" or "the clinic article", which the audience has not read', () => {
    const slide = slideWith('article', ['The clinic article says the cells repair nerves.'], [`${notes[0]} As the article says, it helps.`]);
    const problems = contentProblems(withSlides(slide));
    expect(problems).toContainEqual(expect.stringMatching(/slide "article", blocks\[0\]\.items\[0\]: "The clinic article": the audience has not read it/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "article", notes\[0\]: "the article"/));
  });

  it('refuses silence about who made the talk, who pays and their interests', () => {
    const { credits } = library.talk;
    const talk = {
      ...library.talk,
      credits: { ...credits, clinicalReviewers: [{ ...credits.clinicalReviewers[0]!, interests: ' ' }], patientReviewers: [], fundedBy: '' },
    };
    const problems = contentProblems({ ...library, talk });
    expect(problems).toContainEqual('talk, credits.clinicalReviewers[0].interests: is empty. Write "None" if they have none.');
    expect(problems).toContainEqual('talk, credits.patientReviewers: name at least one person.');
    expect(problems).toContainEqual('talk, credits.fundedBy: say who pays for the talk to be made.');
  });

  it('wants the next review before the first awaited trial result', () => {
    const talk = { ...library.talk, nextReview: '2027-11-24', awaitedResults: [{ trial: 'StarMS', expected: '2027-07-31', source: 'S54' as const }] };
    expect(contentProblems({ ...library, talk })).toContainEqual(expect.stringMatching(/talk, nextReview: 2027-11-24 comes after StarMS's results \(expected 2027-07-31\)/));
  });

  it('warns, naming the date, once the next review has passed', () => {
    expect(reviewOverdue({ nextReview: '2027-06-01' }, new Date('2027-06-01T12:00:00Z'))).toBeUndefined();
    expect(reviewOverdue({ nextReview: '2027-06-01' }, new Date('2027-06-02T08:00:00Z'))).toMatch(/due for review on 2027-06-01 \(slides\/talk\.ts, nextReview\)/);
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
    expect(problemsOf(comparison)).toEqual(['slide "drawn", blocks[0].figure.rows[0].cells: 3 cells for 4 options.']);
  });

  it('names a kind of figure that does not exist', () => {
    const figure = { ...figureOf('myelin'), type: 'chart' } as unknown as Figure;
    expect(problemsOf(figure)).toEqual(['slide "drawn", blocks[0].figure.type: "chart" is not a kind of figure.']);
  });
});
