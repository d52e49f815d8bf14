import { SECTIONS, SOURCE_KINDS, type Block, type Contributor, type Figure, type GlossaryEntry, type Inline, type Slide, type Source, type Talk } from './model.ts';
import { parseInline, plainText, strayMarkup } from './inline.ts';
import { figureKindProblems, isFigureType } from './figure-content.ts';
import { isWorksheetType, worksheetProblems } from './worksheet-content.ts';

export interface ContentLibrary {
  talk: Talk;
  glossary: Record<string, GlossaryEntry>;
  sources: Record<string, Source>;
}

export const NOTES_WORDS = { min: 40, max: 120 } as const;
export const MAX_POINTS = 6;

/** Words that oversell. "Cure" is allowed only when denied ("no cure", "does not cure"). */
const HYPE = /\b(breakthrough|miracle|miraculous|revolutionary|game[- ]changer|groundbreaking|cutting[- ]edge)\b/i;
const CURE = /\b(cure[sd]?|curing)\b/gi;
const DENIAL = /\b(no|not|never|isn't|doesn't|don't|cannot|can't|nor|without)\b/i;

/** The audience has not read the article the talk answers: say where people meet a claim instead. */
const THE_ARTICLE = /\b(?:the|this|that)\s+(?:clinic(?:'s|’s)?\s+)?(?:article|blog post|blog)\b/i;

/** "5 in 100", "2 out of 1,000", "13 per 1,000": a natural frequency and its denominator. */
const FREQUENCY = /\b\d[\d,.]*\s+(?:in|out of|per)\s+(?:every\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b/g;

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Every problem in the talk's content, each naming the slide and the field. */
export function contentProblems({ talk, glossary, sources }: ContentLibrary): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();

  const checkText = (where: string, text: Inline | undefined, unit: 'whole' | 'sentences' = 'whole'): void => {
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}: is empty.`);
      return;
    }
    const stray = strayMarkup(text);
    if (stray) problems.push(`${where}: malformed markup near "${stray}".`);
    for (const token of parseInline(text)) {
      if (token.type === 'term' && !glossary[token.key]) {
        problems.push(`${where}: the glossary has no term "${token.key}" (add it to slides/glossary.ts).`);
      }
      if (token.type === 'cite') {
        for (const key of token.keys) {
          const source = sources[key];
          if (!source) problems.push(`${where}: unknown source "${key}" (add it to slides/sources.ts).`);
          else if (!isYear(source.year)) {
            problems.push(`${where}: source "${key}" has no year; give the year it was published or last reviewed (slides/sources.ts).`);
          }
        }
      }
    }
    const plain = plainText(text);
    for (const part of unit === 'sentences' ? sentencesOf(plain) : [plain]) {
      const denominators = [...new Set([...part.matchAll(FREQUENCY)].map((m) => m[1]!.replace(/,/g, '')))];
      if (denominators.length > 1) {
        problems.push(
          `${where}: compares frequencies out of ${denominators.join(' and ')} in one ${unit === 'sentences' ? 'sentence' : 'item'}; ` +
            `use one denominator ("${part.slice(0, 60)}").`,
        );
      }
    }
    const article = THE_ARTICLE.exec(plain);
    if (article) {
      problems.push(`${where}: "${article[0]}": the audience has not read it; say where people meet the claim ("Some clinic websites say...").`);
    }
    const hype = HYPE.exec(plain);
    if (hype) problems.push(`${where}: "${hype[0]}" is a hype word; say what the evidence shows instead.`);
    for (const cure of plain.matchAll(CURE)) {
      const before = plain.slice(Math.max(0, (cure.index ?? 0) - 30), cure.index);
      if (!DENIAL.test(before)) problems.push(`${where}: "${cure[0]}" promises a cure; nothing here cures MS.`);
    }
  };

  for (const [index, slide] of talk.slides.entries()) {
    const name = typeof slide.id === 'string' && slide.id ? `"${slide.id}"` : `number ${index + 1}`;
    const at = (field: string): string => `slide ${name}, ${field}`;

    if (!ID.test(slide.id ?? '')) problems.push(`${at('id')}: "${slide.id}" must be lower-case words joined by hyphens.`);
    else if (seen.has(slide.id)) problems.push(`${at('id')}: "${slide.id}" is used by another slide too.`);
    seen.add(slide.id);

    checkText(at('title'), slide.title);
    if (!SECTIONS.includes(slide.section)) {
      problems.push(`${at('section')}: "${slide.section}" is not one of: ${SECTIONS.join(', ')}.`);
    }
    if (!Number.isInteger(slide.seconds) || slide.seconds < 15 || slide.seconds > 600) {
      problems.push(`${at('seconds')}: needs a whole number of seconds from 15 to 600 (got ${String(slide.seconds)}).`);
    }

    if (!Array.isArray(slide.notes) || slide.notes.length === 0) {
      problems.push(`${at('notes')}: every slide needs speaker notes.`);
    } else {
      slide.notes.forEach((paragraph, i) => checkText(at(`notes[${i}]`), paragraph, 'sentences'));
      const words = wordCount(slide.notes.map(plainText).join(' '));
      if (words < NOTES_WORDS.min || words > NOTES_WORDS.max) {
        problems.push(`${at('notes')}: ${words} words; notes need ${NOTES_WORDS.min} to ${NOTES_WORDS.max}.`);
      }
    }

    if (!Array.isArray(slide.blocks) || slide.blocks.length === 0) {
      problems.push(`${at('blocks')}: a slide needs at least one block.`);
      continue;
    }
    slide.blocks.forEach((block, i) => blockProblems(block, at(`blocks[${i}]`), checkText, problems, { slides: talk.slides, on: slide }));
  }

  partProblems(talk.slides, 'glossary', problems);
  partProblems(talk.slides, 'sources', problems);

  for (const field of ['lastReviewed', 'nextReview'] as const) {
    if (!ISO_DATE.test(talk[field]) || Number.isNaN(Date.parse(talk[field]))) {
      problems.push(`talk, ${field}: "${talk[field]}" is not a date written YYYY-MM-DD.`);
    }
  }
  if (talk.nextReview <= talk.lastReviewed) problems.push('talk, nextReview: must come after lastReviewed.');
  awaitedProblems(talk, sources, problems);
  creditsProblems(talk, problems);
  for (const [key, source] of Object.entries(sources)) problems.push(...sourceProblems(key, source));
  for (const [key, entry] of Object.entries(glossary)) {
    if (!entry.term || !entry.definition) problems.push(`glossary "${key}": needs a term and a definition.`);
  }
  return problems;
}

function blockProblems(
  block: Block,
  where: string,
  checkText: (where: string, text: Inline | undefined) => void,
  problems: string[],
  talk: { slides: readonly Slide[]; on: Slide },
): void {
  switch (block.kind) {
    case 'lead':
    case 'callout':
      checkText(`${where}.text`, block.text);
      break;
    case 'points':
      if (block.items.length === 0 || block.items.length > MAX_POINTS) {
        problems.push(`${where}.items: ${block.items.length} points; a slide takes 1 to ${MAX_POINTS}.`);
      }
      block.items.forEach((item, i) => checkText(`${where}.items[${i}]`, item));
      break;
    case 'columns':
      block.columns.forEach((column, c) => {
        checkText(`${where}.columns[${c}].heading`, column.heading);
        column.items.forEach((item, i) => checkText(`${where}.columns[${c}].items[${i}]`, item));
      });
      break;
    case 'table':
      checkText(`${where}.caption`, block.caption);
      block.head.forEach((cell, i) => checkText(`${where}.head[${i}]`, cell));
      block.rows.forEach((row, r) => {
        if (row.length !== block.head.length) {
          problems.push(`${where}.rows[${r}]: has ${row.length} cells; the head has ${block.head.length}.`);
        }
        row.forEach((cell, i) => checkText(`${where}.rows[${r}][${i}]`, cell));
      });
      break;
    case 'illustration':
      if (!/^[a-z0-9-]+\.svg$/.test(block.file)) problems.push(`${where}.file: "${block.file}" must name an SVG in assets/.`);
      checkText(`${where}.alt`, block.alt);
      if (block.caption !== undefined) checkText(`${where}.caption`, block.caption);
      break;
    case 'figure':
      figureProblems(block.figure, `${where}.figure`, checkText, problems);
      break;
    case 'worksheet': {
      const at = `${where}.worksheet`;
      const type: unknown = (block.worksheet as { type?: unknown } | undefined)?.type;
      if (typeof type !== 'string' || !isWorksheetType(type)) {
        problems.push(`${at}.type: "${String(type)}" is not a kind of worksheet.`);
        break;
      }
      worksheetProblems(block.worksheet, {
        problem: (field, message) => problems.push(`${at}.${field}: ${message}`),
        text: (field, text) => checkText(`${at}.${field}`, text),
        ...talk,
      });
      break;
    }
    case 'questions':
      checkText(`${where}.heading`, block.heading);
      block.items.forEach((item, i) => checkText(`${where}.items[${i}]`, item));
      break;
    case 'glossary':
    case 'sources':
      if (!Number.isInteger(block.part) || !Number.isInteger(block.of) || block.part < 1 || block.part > block.of) {
        problems.push(`${where}: part ${block.part} of ${block.of} is not a share that exists.`);
      }
      break;
    case 'review':
    case 'seminar':
    case 'credits':
      break;
    default:
      problems.push(`${where}.kind: "${(block as { kind: string }).kind}" is not a kind of block.`);
  }
}

function figureProblems(
  figure: Figure,
  where: string,
  checkText: (where: string, text: Inline | undefined) => void,
  problems: string[],
): void {
  checkText(`${where}.summary`, figure.summary);
  if (!isFigureType(figure.type)) {
    problems.push(`${where}.type: "${(figure as { type: string }).type}" is not a kind of figure.`);
    return;
  }
  figureKindProblems(figure, {
    problem: (field, message) => problems.push(`${where}.${field}: ${message}`),
    text: (field, text) => checkText(`${where}.${field}`, text),
    label: (field, text, max) => {
      checkText(`${where}.${field}`, text);
      if (typeof text === 'string' && text.length > max) problems.push(`${where}.${field}: "${text}" is longer than ${max} letters; the figure has room for a few short words.`);
    },
  });
}

const isYear = (year: unknown): boolean => Number.isInteger(year) && (year as number) >= 1950 && (year as number) <= 2100;

/** Sentences of plain text: split after . ! or ? followed by a space and a capital or a digit. */
function sentencesOf(plain: string): string[] {
  return plain.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/);
}

function sourceProblems(key: string, source: Source): string[] {
  const at = `source "${key}"`;
  const problems: string[] = [];
  for (const field of ['authors', 'title', 'where'] as const) {
    if (typeof source[field] !== 'string' || source[field].trim() === '') problems.push(`${at}, ${field}: is empty.`);
  }
  if (!isYear(source.year)) problems.push(`${at}, year: give the year it was published or last reviewed.`);
  else if (source.read !== undefined && (!/^\d{4}-(0[1-9]|1[0-2])$/.test(source.read) || !source.read.startsWith(String(source.year)))) {
    problems.push(`${at}, read: "${source.read}" must be the month it was read, YYYY-MM, in its year ${source.year}.`);
  }
  if (!SOURCE_KINDS.includes(source.kind)) {
    problems.push(`${at}, kind: "${String(source.kind)}" is not a kind of source we cite (${SOURCE_KINDS.join(', ')}).`);
  }
  if (typeof source.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(source.url)) {
    problems.push(`${at}, url: "${String(source.url)}" must be an https:// address where a reader can find it.`);
  }
  return problems;
}

/** The next review must come before the first awaited result, so a new trial is read in time. */
function awaitedProblems(talk: Talk, sources: Record<string, Source>, problems: string[]): void {
  talk.awaitedResults.forEach((result, i) => {
    const at = `talk, awaitedResults[${i}]`;
    if (!ISO_DATE.test(result.expected) || Number.isNaN(Date.parse(result.expected))) {
      problems.push(`${at}.expected: "${result.expected}" is not a date written YYYY-MM-DD.`);
    } else if (talk.nextReview >= result.expected) {
      problems.push(`talk, nextReview: ${talk.nextReview} comes after ${result.trial}'s results (expected ${result.expected}); review before then.`);
    }
    if (!sources[result.source]) problems.push(`${at}.source: unknown source "${result.source}".`);
  });
}

/** Who wrote, checked and paid for the talk, and everyone's interests: silence is not an answer. */
function creditsProblems(talk: Talk, problems: string[]): void {
  const credits = talk.credits;
  const people = (field: 'writtenBy' | 'clinicalReviewers' | 'patientReviewers'): void => {
    const list: Contributor[] | undefined = credits?.[field];
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`talk, credits.${field}: name at least one person.`);
      return;
    }
    list.forEach((person, i) => {
      for (const key of ['name', 'role', 'interests'] as const) {
        if (typeof person[key] !== 'string' || person[key].trim() === '') {
          const hint = key === 'interests' ? ' Write "None" if they have none.' : '';
          problems.push(`talk, credits.${field}[${i}].${key}: is empty.${hint}`);
        }
      }
    });
  };
  people('writtenBy');
  people('clinicalReviewers');
  people('patientReviewers');
  if (typeof credits?.fundedBy !== 'string' || credits.fundedBy.trim() === '') {
    problems.push('talk, credits.fundedBy: say who pays for the talk to be made.');
  }
}

/**
 * A warning once the talk is past its next review date, or undefined. The build prints it: the
 * deck still builds, since an overdue review is a reason to check, not to stop a seminar.
 */
export function reviewOverdue(talk: Pick<Talk, 'nextReview'>, today: Date = new Date()): string | undefined {
  const now = today.toISOString().slice(0, 10);
  if (now <= talk.nextReview) return undefined;
  return `The talk was due for review on ${talk.nextReview} (slides/talk.ts, nextReview): check its numbers against new results, then set the next date.`;
}

/** The glossary and the sources are split over slides: each share must appear exactly once. */
function partProblems(slides: Slide[], kind: 'glossary' | 'sources', problems: string[]): void {
  const parts = slides.flatMap((slide) =>
    slide.blocks.flatMap((block) => (block.kind === kind ? [{ slide: slide.id, part: block.part, of: block.of }] : [])),
  );
  if (parts.length === 0) {
    problems.push(`talk: no slide shows the ${kind}.`);
    return;
  }
  const of = parts[0]!.of;
  const found = parts.map((p) => p.part).sort((a, b) => a - b);
  const wanted = Array.from({ length: of }, (_, i) => i + 1);
  if (parts.some((p) => p.of !== of) || found.join() !== wanted.join()) {
    problems.push(
      `talk: the ${kind} is split as ${parts.map((p) => `${p.part} of ${p.of} ("${p.slide}")`).join(', ')}; ` +
        `each part from 1 to ${of} must appear once.`,
    );
  }
}

export class ContentError extends Error {
  override name = 'ContentError';
}

export function assertValidContent(library: ContentLibrary): void {
  const problems = contentProblems(library);
  if (problems.length > 0) {
    throw new ContentError(`The talk's content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}
