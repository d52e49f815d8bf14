/**
 * The contract between the talk's words (`slides/`) and the engine (`src/`).
 *
 * Text fields marked `Inline` may carry three kinds of light markup:
 *   [[myelin]]               a glossary term, shown as written
 *   [[engraftment|settle]]   the words "settle", explained by the glossary entry "engraftment"
 *   [S4] or [S4, S49]        citations of sources from slides/sources.ts
 *   **words**                strong emphasis
 */
export type Inline = string;

/** A key of slides/sources.ts, such as "S4". */
export type SourceKey = `S${number}`;

/**
 * The kinds of source a clinician trusts for a number: trials and studies in journals, reviews,
 * guidelines, trial registries, regulators, health services and MS societies. Blogs, news
 * copies and pages that sell a treatment have no kind here, so they cannot be cited.
 */
export const SOURCE_KINDS = ['trial', 'study', 'review', 'guideline', 'registry', 'regulator', 'health-service', 'ms-society'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** Authors, or the organisation that published it. */
  authors: string;
  title: string;
  /** The year it was published, or for a web page the year it was last reviewed or updated. */
  year: number;
  /**
   * For a web page that shows no date: the month it was read and checked, YYYY-MM (its year is
   * `year`). The list then says "read December 2026", so the reader knows how fresh it is.
   */
  read?: string;
  /** Journal, website or publisher, in a few words. */
  where: string;
  kind: SourceKind;
  /** Where to read it: a DOI or web address (https). */
  url: string;
}

export interface GlossaryEntry {
  /** The term as a reader sees it, e.g. "Apheresis". */
  term: string;
  /** One or two plain sentences. */
  definition: string;
}

/** The sections of the table of contents, in talk order. */
export const SECTIONS = [
  'Welcome',
  'Understanding MS',
  'Treating MS today',
  'Stem cell therapy',
  'The aHSCT journey',
  'Results and risks',
  'Your questions',
  'Weigh it up',
  'Reference',
] as const;
export type Section = (typeof SECTIONS)[number];

/** One click of a figure: a short label drawn in the picture and a sentence said in words. */
export interface FigureStep {
  /** One or two short words, drawn in the figure (at most 14 letters). */
  name: string;
  /** What this step shows, in one or two plain sentences. */
  sentence: Inline;
}

/** The stages of aHSCT, in the order they happen. */
export const PROCEDURE_STAGES = ['tests', 'mobilise', 'collect', 'freeze', 'condition', 'infuse', 'engraft'] as const;
export type ProcedureStage = (typeof PROCEDURE_STAGES)[number];

/** The harvest, process and infuse flow, one click per stage. */
export interface ProcedureFigure {
  type: 'procedure';
  /** One sentence that sums up the whole figure. */
  summary: Inline;
  steps: (FigureStep & { stage: ProcedureStage })[];
}

/** A nerve fibre: healthy signal, then damaged myelin, then a blocked signal. */
export const MYELIN_STAGES = ['healthy', 'damaged', 'blocked'] as const;
export type MyelinStage = (typeof MYELIN_STAGES)[number];

export interface MyelinFigure {
  type: 'myelin';
  summary: Inline;
  steps: (FigureStep & { stage: MyelinStage })[];
}

/** Options compared on the same rows, one row per click. */
export interface ComparisonFigure {
  type: 'comparison';
  summary: Inline;
  /** The options, left to right: at most three, a few words each. */
  options: string[];
  /**
   * One option to set apart with a warning on its column, in a word or two: "Unproven" on
   * clinic infusions, so the picture never puts them on a level with a proven treatment.
   */
  warning?: { option: number; label: string };
  rows: {
    /** What the row compares, in one or two words. */
    label: string;
    /** One short cell per option (a few words). */
    cells: Inline[];
    /** Optional 0 to 3 ratings per option, drawn as dots, with what more dots mean. */
    ratings?: { values: number[]; meaning: string };
  }[];
}

/** Groups of 100 people (10 x 10), the same denominator in every panel, one panel per click. */
export interface IconArrayFigure {
  type: 'icon-array';
  summary: Inline;
  panels: {
    /** Who the 100 people are, in a few words: "After aHSCT". */
    label: string;
    /** How many of the 100 had the outcome. */
    affected: number;
    /** The outcome, for the legend: "got worse". */
    affectedLabel: string;
    /** The rest, for the legend: "did not". */
    othersLabel: string;
    /** The caption in words, with the time frame and source: "About 5 in 100 people got worse over 2 years; 95 did not. [S4]" */
    sentence: Inline;
  }[];
}

/** Events on a timeline from the first days to two years, one event per click. */
export interface TimelineFigure {
  type: 'timeline';
  summary: Inline;
  events: (FigureStep & {
    /** Days after the cells go back in (0 = that day; at most 730). */
    day: number;
    /** The time as a reader says it: "Week 2", "Month 6". */
    when: string;
  })[];
}

export type Figure = ProcedureFigure | MyelinFigure | ComparisonFigure | IconArrayFigure | TimelineFigure;
export type FigureType = Figure['type'];

/**
 * The "Weigh it up" worksheets (IPDAS decision-aid worksheets): on the projector a prompt the
 * presenter talks to; in the reader view (and from the slides, in a panel) a form the reader
 * fills in, kept only on their device; on paper, blank. Every `slide` names the slide whose
 * facts inform the item, so the reader can go back to it.
 */
export interface ValuesWorksheet {
  type: 'values';
  /** The question asked of every statement: "How much does this matter to me?" */
  question: Inline;
  /** The five points of the scale, from least to most: a few words each. */
  scale: Inline[];
  /** Five to seven things a person weighs for this decision, in the first person. */
  statements: { id: string; text: Inline; slide: string }[];
}

export interface LeaningWorksheet {
  type: 'leaning';
  /** "Which way am I leaning now?" */
  question: Inline;
  /** The choices, "not sure" among them. */
  options: { id: string; text: Inline }[];
  /** The SURE check of decisional conflict: four yes-or-no questions, S, U, R and E in that order. */
  sure: { id: string; letter: 'S' | 'U' | 'R' | 'E'; name: Inline; question: Inline }[];
  /** What a "no" means, in plain words: a reason to talk, not a score. */
  ifNo: Inline;
}

export interface KnowledgeWorksheet {
  type: 'knowledge';
  /** Questions on the talk's key points: a learning aid, not a test. */
  questions: {
    id: string;
    question: Inline;
    choices: { id: string; text: Inline }[];
    /** The id of the choice the talk supports. */
    answer: string;
    /** What the talk says, shown once the reader has answered. */
    explanation: Inline;
    slide: string;
  }[];
}

export interface QuestionsWorksheet {
  type: 'questions';
  /** The slides whose questions to ask become the checklist, in this order. */
  from: string[];
  /** The label over the space for the reader's own questions. */
  own: Inline;
}

export interface SummaryWorksheet {
  type: 'summary';
  /** The talk's key numbers, printed with the reader's answers; each cites its source. */
  keyNumbers: Inline[];
}

export type Worksheet = ValuesWorksheet | LeaningWorksheet | KnowledgeWorksheet | QuestionsWorksheet | SummaryWorksheet;
export type WorksheetType = Worksheet['type'];

export type Block =
  /** A short opening sentence in larger type. */
  | { kind: 'lead'; text: Inline }
  /** Bullet points; with `stepwise`, each appears on its own click. */
  | { kind: 'points'; items: Inline[]; stepwise?: boolean }
  /** Side-by-side groups of points, each under a small heading. */
  | { kind: 'columns'; columns: { heading: Inline; items: Inline[] }[] }
  /** A real data table; the first cell of each row is the row's heading. */
  | { kind: 'table'; caption: Inline; head: Inline[]; rows: Inline[][] }
  /** A boxed remark. `caution` is for warnings, `info` for asides. */
  | { kind: 'callout'; tone: 'info' | 'caution'; text: Inline }
  /** An illustration from assets/, inlined as SVG, with its text alternative. */
  | { kind: 'illustration'; file: string; alt: Inline; caption?: Inline }
  /** A figure drawn by the engine from this data; its words are its text alternative. */
  | { kind: 'figure'; figure: Figure }
  /** A worksheet to fill in (see Worksheet). */
  | { kind: 'worksheet'; worksheet: Worksheet }
  /** Numbered questions, with writing space in the handout. */
  | { kind: 'questions'; heading: Inline; items: Inline[] }
  /** One share of the glossary, in alphabetical order: part `part` of `of`. */
  | { kind: 'glossary'; part: number; of: number }
  /** One share of the numbered sources: part `part` of `of`. */
  | { kind: 'sources'; part: number; of: number }
  /** The review dates and the disclaimer from slides/talk.ts. */
  | { kind: 'review' }
  /**
   * Who wrote and checked the talk, who pays for it, and everyone's interests (slides/talk.ts),
   * with the presenter's interests and the sponsor from the seminar details. `brief` is a short
   * line for the title slide; `full` lists each person.
   */
  | { kind: 'credits'; layout: 'brief' | 'full' }
  /** The seminar details: presenter, organisation, date, venue, contact and QR code. */
  | { kind: 'seminar'; layout: 'title' | 'closing' };

export type BlockKind = Block['kind'];

export interface Slide {
  /** Stable id, used in the address (`#/myelin`). Lower case words joined by hyphens. */
  id: string;
  /** The slide's heading. */
  title: Inline;
  /** Where it sits in the table of contents. */
  section: Section;
  /** Time budget for presenting this slide, in seconds. */
  seconds: number;
  /** Left out of the short talk. */
  optional?: boolean;
  blocks: Block[];
  /**
   * What the presenter says, as paragraphs of plain spoken language (40 to 120 words in all).
   * It is the speaker notes, the on-screen narration and the handout text.
   */
  notes: Inline[];
}

/** One person who wrote or checked the talk, with what might sway them (IPDAS). */
export interface Contributor {
  name: string;
  /** What they do, in a few words: "consultant neurologist", "lives with MS". */
  role: string;
  /** Their interests in this topic, in one plain sentence; "None" is an answer. */
  interests: string;
}

export interface Credits {
  writtenBy: Contributor[];
  /** The clinicians who checked the medical content. */
  clinicalReviewers: Contributor[];
  /** People with MS, or their families, who checked it reads clearly and fairly. */
  patientReviewers: Contributor[];
  /** Who pays for the talk to be made, and who does not, in one or two sentences. */
  fundedBy: string;
}

export interface AwaitedResult {
  /** The trial, as the talk names it: "StarMS". */
  trial: string;
  /** When its results are expected, YYYY-MM-DD. */
  expected: string;
  source: SourceKey;
}

export interface Track {
  /** What the talk is called in the speaker view and the contents. */
  label: string;
  /** Roughly how long it runs, in minutes: the slides' seconds must add up to about this. */
  minutes: number;
}

export interface Talk {
  title: string;
  subtitle: string;
  /** Who the talk is for, in one line. */
  audience: string;
  /** ISO dates (YYYY-MM-DD). */
  lastReviewed: string;
  /** Before the first awaited result below: the build warns once this date has passed. */
  nextReview: string;
  /** Results that will change what the talk says; the next review must come before the first. */
  awaitedResults: AwaitedResult[];
  credits: Credits;
  disclaimer: string;
  /** The running order. */
  slides: Slide[];
  tracks: { full: Track; short: Track };
}

/** The details of one seminar, from slides/seminar.json or SEMINAR_CONFIG. */
export interface Seminar {
  presenter: string;
  organisation: string;
  /** YYYY-MM-DD */
  date: string;
  venue?: string;
  contact: string;
  /** The deck's public address, http or https. */
  url: string;
  /** The presenter's interests in this topic, in one line; "None" is an answer. */
  interests: string;
  /** Who sponsors this seminar (the room, the costs); "None" is an answer. */
  sponsor: string;
  /** The handout's paper where it is printed: A4 unless set (US Letter in the US and Canada). */
  paper?: 'a4' | 'letter';
}
