// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { library } from '../../slides/index.ts';
import type { KnowledgeWorksheet, LeaningWorksheet, QuestionsWorksheet, Seminar, Slide, SummaryWorksheet, ValuesWorksheet, Worksheet } from '../../src/content/model.ts';
import { contentProblems } from '../../src/content/validate.ts';
import { answerName, questionKey, WORKSHEET_TYPES } from '../../src/content/worksheet-content.ts';
import { plainText } from '../../src/content/inline.ts';
import { renderSlides } from '../../src/render/render-slides.ts';
import { ANSWERS_STORAGE_KEY, AnswersStore, parseAnswers, serialiseAnswers } from '../../src/worksheets/answers-store.ts';
import { readingGrade } from '../support/reading.ts';

const slides = library.talk.slides;
const sheetSlides = slides.filter((slide) => slide.blocks.some((block) => block.kind === 'worksheet'));
const sheetOf = <T extends Worksheet['type']>(type: T): Extract<Worksheet, { type: T }> =>
  structuredClone(sheetSlides.flatMap((s) => s.blocks).find((b) => b.kind === 'worksheet' && b.worksheet.type === type)!) as unknown as Extract<Worksheet, { type: T }>;
const worksheetOf = <T extends Worksheet['type']>(type: T): Extract<Worksheet, { type: T }> =>
  (sheetOf(type) as unknown as { worksheet: Extract<Worksheet, { type: T }> }).worksheet;

/** Problems with one planted worksheet, on a slide of its own at the end of the talk. */
function problemsWith(worksheet: Worksheet, slide: Partial<Slide> = {}): string[] {
  const base = sheetSlides[0]!;
  const planted: Slide = { ...base, id: 'planted', ...slide, blocks: [{ kind: 'worksheet', worksheet }] };
  return contentProblems({ ...library, talk: { ...library.talk, slides: [...slides, planted] } }).filter((p) => p.includes('"planted"'));
}

describe('the Weigh it up worksheets as content', () => {
  it('has one of each kind, in the order of the issue, near the end of the talk', () => {
    expect(sheetSlides.map((s) => s.blocks.find((b) => b.kind === 'worksheet')!.kind === 'worksheet' && (s.blocks[0] as { worksheet: Worksheet }).worksheet.type)).toEqual([
      'values', 'knowledge', 'leaning', 'questions', 'summary',
    ]);
    expect(new Set(sheetSlides.map((s) => s.section))).toEqual(new Set(['Weigh it up']));
    const at = slides.indexOf(sheetSlides[0]!);
    expect(slides.slice(at + sheetSlides.length).map((s) => s.id)[0]).toBe('take-home');
    expect([...WORKSHEET_TYPES].sort()).toEqual(sheetSlides.map((s) => (s.blocks[0] as { worksheet: Worksheet }).worksheet.type).sort());
  });

  it('weighs six things, each on a five-point scale, each linked to a slide of facts that exists', () => {
    const values = worksheetOf('values');
    expect(values.scale).toHaveLength(5);
    expect(values.statements.length).toBeGreaterThanOrEqual(5);
    expect(values.statements.length).toBeLessThanOrEqual(7);
    for (const statement of values.statements) expect(slides.map((s) => s.id)).toContain(statement.slide);
  });

  it('asks five questions whose answers are among their choices, each with "not sure" and an explanation', () => {
    const knowledge = worksheetOf('knowledge');
    expect(knowledge.questions).toHaveLength(5);
    for (const q of knowledge.questions) {
      expect(q.choices.map((c) => c.id)).toContain(q.answer);
      expect(q.choices.some((c) => /not sure/i.test(plainText(c.text)))).toBe(true);
      expect(plainText(q.explanation).length).toBeGreaterThan(40);
    }
  });

  it('never promises a cure, and keeps aHSCT apart from clinic cell drips', () => {
    const knowledge = worksheetOf('knowledge');
    const kinds = knowledge.questions.find((q) => q.id === 'two-kinds')!;
    expect(plainText(kinds.explanation)).toMatch(/different thing/);
    expect(plainText(knowledge.questions.find((q) => q.id === 'calm')!.explanation)).toMatch(/not a cure/);
  });

  it('reads at grade 8 or lower, slide by slide, and a planted hard worksheet does not', () => {
    for (const slide of sheetSlides) expect(readingGrade(slide, library), slide.id).toBeLessThanOrEqual(8);
    const hard = worksheetOf('values');
    hard.statements.forEach((statement) => {
      statement.text = 'Prioritising the minimisation of cumulative neurological disability accumulation notwithstanding considerable procedural immunosuppressive toxicity';
    });
    const slide = { ...sheetSlides[0]!, blocks: [{ kind: 'worksheet' as const, worksheet: hard }] };
    expect(readingGrade(slide, library)).toBeGreaterThan(8);
  });
});

describe('worksheet validation, by a planted problem each, naming the slide and the field', () => {
  it('finds no problem in the talk as it is', () => {
    expect(contentProblems(library)).toEqual([]);
  });

  it('refuses a link to a slide that does not exist, or to another worksheet', () => {
    const values: ValuesWorksheet = worksheetOf('values');
    values.statements[0]!.slide = 'no-such-slide';
    values.statements[1]!.slide = 'weigh-it-up-5';
    expect(problemsWith(values)).toEqual([
      'slide "planted", blocks[0].worksheet.statements[0].slide: no slide has the id "no-such-slide".',
      'slide "planted", blocks[0].worksheet.statements[1].slide: "weigh-it-up-5" is a worksheet; link to the slide with the facts.',
    ]);
  });

  it('refuses, on a worksheet in the short talk, a link to a slide the short talk leaves out', () => {
    const values: ValuesWorksheet = worksheetOf('values');
    expect(problemsWith(values, { optional: false })).toEqual([
      'slide "planted", blocks[0].worksheet.statements[4].slide: "comparison" is left out of the short talk, which shows this worksheet.',
    ]);
    expect(problemsWith(values, { optional: true })).toEqual([]);
  });

  it('refuses a scale of other than five points, too few statements, and an id used twice', () => {
    const values: ValuesWorksheet = worksheetOf('values');
    values.scale.pop();
    values.statements = values.statements.slice(0, 4);
    values.statements[1]!.id = values.statements[0]!.id;
    expect(problemsWith(values)).toEqual([
      'slide "planted", blocks[0].worksheet.scale: 4 points; the scale has 5, from least to most.',
      'slide "planted", blocks[0].worksheet.statements: 4 statements; a worksheet takes 5 to 7.',
      'slide "planted", blocks[0].worksheet.statements[1].id: "worse" is used twice: answers are kept under it.',
    ]);
  });

  it('refuses an answer that is not one of its question\'s choices', () => {
    const knowledge: KnowledgeWorksheet = worksheetOf('knowledge');
    knowledge.questions[2]!.answer = 'weeks';
    expect(problemsWith(knowledge)).toEqual(['slide "planted", blocks[0].worksheet.questions[2].answer: "weeks" is not one of its choices (days, months, unsure).']);
  });

  it('refuses a number without its source, as on the slides', () => {
    const knowledge: KnowledgeWorksheet = worksheetOf('knowledge');
    knowledge.questions[3]!.explanation = 'About 2 to 21 in 1,000 people die because of it.';
    const summary: SummaryWorksheet = worksheetOf('summary');
    summary.keyNumbers[0] = 'About 6 in 100 got worse.';
    expect(problemsWith(knowledge)).toEqual(['slide "planted", blocks[0].worksheet.questions[3].explanation: shows a number with no source; cite one, as [S4].']);
    expect(problemsWith(summary)).toEqual(['slide "planted", blocks[0].worksheet.keyNumbers[0]: shows a number with no source; cite one, as [S4].']);
  });

  it('refuses a SURE check that is not S, U, R and E, in that order', () => {
    const leaning: LeaningWorksheet = worksheetOf('leaning');
    leaning.sure.reverse();
    expect(problemsWith(leaning)).toEqual(['slide "planted", blocks[0].worksheet.sure: the SURE check asks four questions, S, U, R and E in that order (got E, R, U, S).']);
  });

  it('refuses a checklist from a slide with no questions to ask', () => {
    const questions: QuestionsWorksheet = worksheetOf('questions');
    questions.from = ['questions', 'risks', 'nowhere'];
    expect(problemsWith(questions)).toEqual([
      'slide "planted", blocks[0].worksheet.from[1]: slide "risks" has no questions to ask.',
      'slide "planted", blocks[0].worksheet.from[2]: no slide has the id "nowhere".',
    ]);
  });

  it('refuses hype and a promised cure in a worksheet, and an unknown kind of worksheet', () => {
    const knowledge: KnowledgeWorksheet = worksheetOf('knowledge');
    knowledge.questions[1]!.choices[0]!.text = 'A breakthrough that cures MS';
    expect(problemsWith(knowledge)).toEqual([
      'slide "planted", blocks[0].worksheet.questions[1].choices[0].text: "breakthrough" is a hype word; say what the evidence shows instead.',
      'slide "planted", blocks[0].worksheet.questions[1].choices[0].text: "cures" promises a cure; nothing here cures MS.',
    ]);
    expect(problemsWith({ type: 'quiz' } as unknown as Worksheet)).toEqual(['slide "planted", blocks[0].worksheet.type: "quiz" is not a kind of worksheet.']);
  });
});

describe('the answers kept on the device', () => {
  const memory = (): Storage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
  };

  it('keeps them as one versioned record under one name, and reads them back', () => {
    const storage = memory();
    const store = new AnswersStore(storage);
    expect(store.write({ 'values.worse': '4', questions: ['q-1', 'q-2'], 'questions.own': 'Can I still work?' })).toBe(true);
    expect([...storage.data.keys()]).toEqual([ANSWERS_STORAGE_KEY]);
    expect(JSON.parse(storage.data.get(ANSWERS_STORAGE_KEY)!)).toEqual({ version: 1, answers: { 'values.worse': '4', questions: ['q-1', 'q-2'], 'questions.own': 'Can I still work?' } });
    expect(store.read()).toEqual({ 'values.worse': '4', questions: ['q-1', 'q-2'], 'questions.own': 'Can I still work?' });
  });

  it('removes the record once nothing is answered, and on clearing', () => {
    const storage = memory();
    const store = new AnswersStore(storage);
    store.write({ leaning: 'unsure' });
    store.write({ leaning: '', questions: [] });
    expect(storage.data.size).toBe(0);
    store.write({ leaning: 'unsure' });
    store.clear();
    expect(storage.data.size).toBe(0);
  });

  it('reads a broken record, another version or odd values as no answers, keeping what is sound', () => {
    expect(parseAnswers('{not json')).toEqual({});
    expect(parseAnswers(JSON.stringify({ version: 2, answers: { leaning: 'ahsct' } }))).toEqual({});
    expect(parseAnswers(JSON.stringify({ version: 1, answers: { leaning: 'ahsct', odd: 3, list: ['q-1', 7], empty: '' } }))).toEqual({ leaning: 'ahsct', list: ['q-1'] });
    expect(JSON.parse(serialiseAnswers({ 'questions.own': '   ' }))).toEqual({ version: 1, answers: {} });
  });

  it('says so where the browser will not keep them', () => {
    const refusing = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(new AnswersStore(refusing).write({ leaning: 'keep' })).toBe(false);
    expect(new AnswersStore(null).write({ leaning: 'keep' })).toBe(false);
    expect(new AnswersStore(null).read()).toEqual({});
  });
});

describe('rendering the worksheets', () => {
  const seminar: Seminar = { presenter: 'P', organisation: 'O', date: '2027-02-13', contact: 'c@o.org', url: 'https://example.org/', interests: 'None', sponsor: 'None' };
  const doc = new DOMParser().parseFromString(`<div class="slides">${renderSlides({ ...library, seminar, readAsset: () => '<svg viewBox="0 0 1 1"></svg>' })}</div>`, 'text/html');
  const sheet = (id: string): Element => doc.getElementById(id)!.querySelector('.worksheet')!;

  it('puts each statement in a fieldset with its legend, as a radio group of five named for where its answer is kept', () => {
    const values = worksheetOf('values');
    const groups = [...sheet('weigh-it-up').querySelectorAll('fieldset.rating')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual(values.statements.map((s) => plainText(s.text)));
    for (const [i, group] of groups.entries()) {
      const radios = [...group.querySelectorAll('input[type="radio"]')];
      expect(radios.map((r) => r.getAttribute('name'))).toEqual(Array(5).fill(answerName.value(values.statements[i]!.id)));
      expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(values.scale);
      expect(group.querySelector('a.worksheet-link')!.getAttribute('href')).toBe(`#/${values.statements[i]!.slide}`);
    }
  });

  it('lists the questions to ask as boxes to tick, keyed by their words, and a labelled box for the reader\'s own', () => {
    const boxes = [...sheet('weigh-it-up-4').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const asked = slides.filter((s) => s.id.startsWith('questions')).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'questions' ? b.items : [])));
    expect(boxes.map((b) => b.value)).toEqual(asked.map(questionKey));
    expect(new Set(boxes.map((b) => b.value)).size).toBe(asked.length);
    const own = sheet('weigh-it-up-4').querySelector('textarea')!;
    expect(doc.querySelector(`label[for="${own.id}"]`)?.textContent).toBe('My own questions');
  });

  it('says on every worksheet what is kept and where, and offers to clear it all on the summary', () => {
    for (const slide of sheetSlides) expect(sheet(slide.id).textContent, slide.id).toMatch(/only in this (web )?browser on this device/);
    const summary = sheet('weigh-it-up-5');
    expect(summary.textContent).toContain(ANSWERS_STORAGE_KEY);
    expect(summary.querySelector('button.answers-clear')?.textContent).toBe('Clear my answers');
    expect(summary.querySelector('.clear-confirm')?.hasAttribute('hidden')).toBe(true);
  });

  it('renders no answer into the page: every control starts empty', () => {
    expect(doc.querySelectorAll('.worksheet input[checked], .worksheet input[value=""]')).toHaveLength(0);
    expect([...doc.querySelectorAll('.worksheet textarea')].every((t) => t.textContent === '')).toBe(true);
  });
});
