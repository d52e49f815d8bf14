import type { Inline, Slide, Worksheet } from './model.ts';
import { parseInline, plainText } from './inline.ts';

/**
 * The "Weigh it up" worksheets as content: their words, the names their answers are kept
 * under, and the rules their content must keep. The build renders them
 * (src/render/render-worksheet.ts); the browser fills them in (src/worksheets/).
 */

export const WORKSHEET_TYPES = ['values', 'leaning', 'knowledge', 'questions', 'summary'] as const;

/** How many statements, options, questions and key numbers each worksheet takes. */
export const WORKSHEET_LIMITS = {
  statements: { min: 5, max: 7 },
  scale: 5,
  options: { min: 2, max: 5 },
  questions: { min: 3, max: 7 },
  choices: { min: 2, max: 5 },
  keyNumbers: { min: 1, max: 6 },
} as const;

const SURE_LETTERS = ['S', 'U', 'R', 'E'] as const;
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isWorksheetType(type: string): type is Worksheet['type'] {
  return (WORKSHEET_TYPES as readonly string[]).includes(type);
}

/** Every piece of inline text a worksheet shows, in reading order. */
export function worksheetTexts(worksheet: Worksheet): Inline[] {
  switch (worksheet.type) {
    case 'values':
      return [worksheet.question, ...worksheet.scale, ...worksheet.statements.map((s) => s.text)];
    case 'leaning':
      return [worksheet.question, ...worksheet.options.map((o) => o.text), ...worksheet.sure.flatMap((s) => [s.name, s.question]), worksheet.ifNo];
    case 'knowledge':
      return worksheet.questions.flatMap((q) => [q.question, ...q.choices.map((c) => c.text), q.explanation]);
    case 'questions':
      return [worksheet.own];
    case 'summary':
      return worksheet.keyNumbers;
    default:
      return [];
  }
}

/**
 * The names answers are kept under, one per control group: `values.worse`, `leaning`,
 * `sure.understand`, `knowledge.calm`, `questions` (the ticked questions' keys) and
 * `questions.own` (the reader's own questions).
 */
export const answerName = {
  value: (statement: string) => `values.${statement}`,
  leaning: 'leaning',
  sure: (item: string) => `sure.${item}`,
  knowledge: (question: string) => `knowledge.${question}`,
  questions: 'questions',
  own: 'questions.own',
} as const;

/**
 * A question to ask, as the checklist keeps it when ticked: a short hash of its words, so that a
 * question moved in its list stays ticked, and one reworded starts afresh rather than ticking
 * another.
 */
export function questionKey(text: Inline): string {
  let hash = 0x811c9dc5;
  for (const ch of plainText(text)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(36)}`;
}

/** What the checks of a worksheet report to, and the talk they check its links against. */
export interface WorksheetChecks {
  problem(field: string, message: string): void;
  text(field: string, text: Inline | undefined): void;
  slides: readonly Slide[];
  /** The slide the worksheet is on. */
  on: Slide;
}

/** A worksheet's own content problems: counts, ids, answers, links and numbers without sources. */
export function worksheetProblems(worksheet: Worksheet, check: WorksheetChecks): void {
  const { problem, text } = check;
  const count = (field: string, length: number, { min, max }: { min: number; max: number }, what: string): void => {
    if (length < min || length > max) problem(field, `${length} ${what}; a worksheet takes ${min} to ${max}.`);
  };
  const ids = (field: string, items: readonly { id: string }[]): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!ID.test(item.id ?? '')) problem(`${field}[${i}].id`, `"${item.id}" must be lower-case words joined by hyphens.`);
      else if (seen.has(item.id)) problem(`${field}[${i}].id`, `"${item.id}" is used twice: answers are kept under it.`);
      seen.add(item.id);
    });
  };
  const link = (field: string, id: string): void => linkProblems(field, id, check);

  switch (worksheet.type) {
    case 'values':
      text('question', worksheet.question);
      if (worksheet.scale.length !== WORKSHEET_LIMITS.scale) {
        problem('scale', `${worksheet.scale.length} points; the scale has ${WORKSHEET_LIMITS.scale}, from least to most.`);
      }
      worksheet.scale.forEach((point, i) => text(`scale[${i}]`, point));
      count('statements', worksheet.statements.length, WORKSHEET_LIMITS.statements, 'statements');
      ids('statements', worksheet.statements);
      worksheet.statements.forEach((statement, i) => {
        text(`statements[${i}].text`, statement.text);
        link(`statements[${i}].slide`, statement.slide);
      });
      break;
    case 'leaning':
      text('question', worksheet.question);
      count('options', worksheet.options.length, WORKSHEET_LIMITS.options, 'options');
      ids('options', worksheet.options);
      worksheet.options.forEach((option, i) => text(`options[${i}].text`, option.text));
      if (worksheet.sure.map((item) => item.letter).join('') !== SURE_LETTERS.join('')) {
        problem('sure', `the SURE check asks four questions, S, U, R and E in that order (got ${worksheet.sure.map((item) => item.letter).join(', ') || 'none'}).`);
      }
      ids('sure', worksheet.sure);
      worksheet.sure.forEach((item, i) => {
        text(`sure[${i}].name`, item.name);
        text(`sure[${i}].question`, item.question);
      });
      text('ifNo', worksheet.ifNo);
      break;
    case 'knowledge':
      count('questions', worksheet.questions.length, WORKSHEET_LIMITS.questions, 'questions');
      ids('questions', worksheet.questions);
      worksheet.questions.forEach((question, i) => {
        const at = `questions[${i}]`;
        text(`${at}.question`, question.question);
        count(`${at}.choices`, question.choices.length, WORKSHEET_LIMITS.choices, 'choices');
        ids(`${at}.choices`, question.choices);
        question.choices.forEach((choice, c) => text(`${at}.choices[${c}].text`, choice.text));
        if (!question.choices.some((choice) => choice.id === question.answer)) {
          problem(`${at}.answer`, `"${question.answer}" is not one of its choices (${question.choices.map((c) => c.id).join(', ')}).`);
        }
        text(`${at}.explanation`, question.explanation);
        link(`${at}.slide`, question.slide);
      });
      break;
    case 'questions':
      if (worksheet.from.length === 0) problem('from', 'name the slides whose questions to ask make the checklist.');
      worksheet.from.forEach((id, i) => {
        const slide = check.slides.find((s) => s.id === id);
        if (!slide) problem(`from[${i}]`, `no slide has the id "${id}".`);
        else if (!slide.blocks.some((block) => block.kind === 'questions')) problem(`from[${i}]`, `slide "${id}" has no questions to ask.`);
      });
      text('own', worksheet.own);
      break;
    case 'summary':
      count('keyNumbers', worksheet.keyNumbers.length, WORKSHEET_LIMITS.keyNumbers, 'key numbers');
      worksheet.keyNumbers.forEach((line, i) => text(`keyNumbers[${i}]`, line));
      break;
    default:
      problem('type', `"${(worksheet as { type: string }).type}" is not a kind of worksheet (${WORKSHEET_TYPES.join(', ')}).`);
      return;
  }
  uncitedNumbers(worksheet, problem);
}

/**
 * A link from a worksheet to the slide that informs it: the slide must exist, be a slide of
 * facts rather than another worksheet, and be in every talk that shows the worksheet.
 */
function linkProblems(field: string, id: string, { problem, slides, on }: WorksheetChecks): void {
  const target = slides.find((slide) => slide.id === id);
  if (!target) {
    problem(field, `no slide has the id "${id}".`);
    return;
  }
  if (target.blocks.some((block) => block.kind === 'worksheet')) problem(field, `"${id}" is a worksheet; link to the slide with the facts.`);
  if (!on.optional && target.optional) problem(field, `"${id}" is left out of the short talk, which shows this worksheet.`);
}

/** Every number a worksheet shows needs its source, as on the slides. */
function uncitedNumbers(worksheet: Worksheet, problem: WorksheetChecks['problem']): void {
  const fields: [string, Inline][] = [];
  const add = (field: string, value: Inline | undefined): void => void (typeof value === 'string' && fields.push([field, value]));
  switch (worksheet.type) {
    case 'values':
      add('question', worksheet.question);
      worksheet.scale.forEach((point, i) => add(`scale[${i}]`, point));
      worksheet.statements.forEach((s, i) => add(`statements[${i}].text`, s.text));
      break;
    case 'leaning':
      add('question', worksheet.question);
      worksheet.options.forEach((o, i) => add(`options[${i}].text`, o.text));
      worksheet.sure.forEach((s, i) => add(`sure[${i}].question`, s.question));
      add('ifNo', worksheet.ifNo);
      break;
    case 'knowledge':
      worksheet.questions.forEach((q, i) => {
        add(`questions[${i}].question`, q.question);
        q.choices.forEach((c, j) => add(`questions[${i}].choices[${j}].text`, c.text));
        add(`questions[${i}].explanation`, q.explanation);
      });
      break;
    case 'questions':
      add('own', worksheet.own);
      break;
    case 'summary':
      worksheet.keyNumbers.forEach((line, i) => add(`keyNumbers[${i}]`, line));
      break;
  }
  for (const [field, value] of fields) {
    if (/\d/.test(plainText(value)) && !parseInline(value).some((token) => token.type === 'cite')) {
      problem(field, `shows a number with no source; cite one, as [S4].`);
    }
  }
}
