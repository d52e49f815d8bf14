/**
 * Narration as sentences to read aloud, one at a time: where each sentence starts and ends in
 * the words on screen (to highlight it), and what is said (without citation numbers or
 * markup). The splitting is pure; the DOM half below reads an element's text and marks each
 * sentence with spans, using only the DOM of the element it is given.
 */

/** A run of text as the page shows it; `spoken: false` for what is seen but not said (a citation). */
export interface TextPiece {
  text: string;
  spoken: boolean;
}

/** One sentence: its place in the text shown (start inclusive, end exclusive) and the words said. */
export interface Sentence {
  start: number;
  end: number;
  spoken: string;
}

/**
 * Words whose full stop does not end a sentence: titles before a name and short forms written
 * with dots. Compared without case; "e.g" and "i.e" carry their inner dot.
 */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'cf', 'approx', 'fig', 'no', 'e.g', 'i.e', 'a.m', 'p.m']);

const END = /[.!?…]/;
const CLOSERS = /["'”’)\]]/;
/**
 * What a new sentence may start with: a capital, a number, an opening quote or bracket, or a
 * short form that starts small and goes on in capitals ("aHSCT").
 */
const OPENS = /^(?:[\p{Lu}\d"'“‘(]|\p{Ll}\p{Lu})/u;

/** A citation written as the slides show it: "[17]", "[1, 24]", "[3–5]", or as markup: "[S4]". */
const CITATION = /\s*\[(?:S?\d+(?:\s*[,–-]\s*S?\d+)*)\]/g;

/**
 * Short forms some voices say as a word rather than letter by letter ("EDSS" as "eds"):
 * written out as letters for the voice. The words on screen stay as they are.
 */
const SAID_AS_LETTERS = ['EDSS'];
const LETTERS = new RegExp(`\\b(${SAID_AS_LETTERS.join('|')})\\b`, 'g');

/**
 * The words to say for a piece of text: citations left out, spaces made single, no space left
 * before punctuation where a citation was taken out, and short forms said as letters.
 */
export function spokenWords(text: string): string {
  return text
    .replace(CITATION, '')
    .replace(LETTERS, (word) => [...word].join(' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();
}

/** Whether the full stop at `at` ends a word that is an abbreviation or an initial ("J."). */
function abbreviationBefore(text: string, at: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(0, at))?.[1] ?? '';
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital letter: an initial in a name. (A single lower-case letter, as in "plan a.", is not.)
  return /^\p{Lu}$/u.test(word);
}

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes
 * or brackets after it) when a space and then a capital, a number, an opening quote or a word such as "aHSCT" follow;
 * never at a decimal point ("3.4"), an abbreviation ("Dr.", "e.g."), or an initial. Unspoken
 * pieces (citations) go with the sentence before them, so "…hit. [5] Then" ends after "[5]".
 * Sentences never include the spaces between them.
 */
export function splitSentences(input: string | readonly TextPiece[]): Sentence[] {
  const pieces: readonly TextPiece[] = typeof input === 'string' ? [{ text: input, spoken: true }] : input;
  const text = pieces.map((piece) => piece.text).join('');
  const spokenAt: boolean[] = pieces.flatMap((piece) => Array.from({ length: piece.text.length }, () => piece.spoken));
  const sentences: Sentence[] = [];
  const say = (start: number, end: number): string =>
    spokenWords(
      [...text.slice(start, end)]
        .map((char, i) => (spokenAt[start + i] ? char : ' '))
        .join(''),
    );
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const spoken = say(start, end);
    // Only what is seen and not said (a lone citation): it belongs to the sentence before.
    if (spoken === '' || !/[\p{L}\p{N}]/u.test(spoken)) {
      const last = sentences.at(-1);
      if (last) last.end = end;
      return;
    }
    sentences.push({ start, end, spoken });
  };

  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i]!) || !spokenAt[i]) continue;
    // A run of stops ("?!", "...") ends together.
    let end = i + 1;
    while (end < text.length && END.test(text[end]!)) end++;
    while (end < text.length && CLOSERS.test(text[end]!) && spokenAt[end]) end++;
    if (text[i] === '.' && end === i + 1 && abbreviationBefore(text, i)) continue;
    // After the stop: spaces and unspoken pieces (a citation after the full stop), then the next sentence.
    let next = end;
    let lastUnspoken = end;
    while (next < text.length && (/\s/.test(text[next]!) || !spokenAt[next])) {
      if (!spokenAt[next]) lastUnspoken = next + 1;
      next++;
    }
    if (next === end && next < text.length) continue; // no space after it: "3.4", "e.g.,"
    if (next < text.length && !OPENS.test(text.slice(next, next + 2))) continue;
    const close = Math.max(end, lastUnspoken);
    push(start, close);
    start = close;
    i = close - 1;
  }
  push(start, text.length);
  return sentences;
}

// The DOM half: an element's words, and spans around each sentence to highlight it.

/** What is shown but never read: citation numbers, hidden words for screen readers, icons. */
const UNSPOKEN = '.cite, [aria-hidden="true"], .visually-hidden';
/** Elements whose words are not part of the text at all (a popover of a glossary word). */
const OUTSIDE = '[popover], script, style, template';

export const SENTENCE_CLASS = 'listen-sentence';

interface TextRun {
  node: Text;
  /** Where the node's text starts in the element's text. */
  at: number;
}

/** The element's text nodes, in order, as pieces of text; `exclude` leaves elements out entirely. */
function textRuns(root: Element, exclude: readonly Element[] = []): { pieces: TextPiece[]; runs: TextRun[] } {
  const pieces: TextPiece[] = [];
  const runs: TextRun[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(OUTSIDE) || exclude.some((element) => element.contains(node))) continue;
    const unspoken = parent.closest(UNSPOKEN);
    pieces.push({ text: node.data, spoken: !(unspoken && root.contains(unspoken)) });
    runs.push({ node, at });
    at += node.data.length;
  }
  return { pieces, runs };
}

/** The sentences of an element's words (a paragraph, a step of a figure), without changing it. */
export function sentencesOf(root: Element, exclude: readonly Element[] = []): Sentence[] {
  return splitSentences(textRuns(root, exclude).pieces);
}

/**
 * Wraps each sentence of `root` in spans (one per text node it crosses, all with the
 * sentence's number in `data-sentence`), once: where spans are already there (the same words
 * read before), they are found rather than made again. Returns the sentences with their spans.
 * The words on screen do not change.
 */
export function markSentences(root: Element, exclude: readonly Element[] = []): { sentence: Sentence; parts: HTMLElement[] }[] {
  const { pieces, runs } = textRuns(root, exclude);
  const sentences = splitSentences(pieces);
  if (!root.querySelector(`span.${SENTENCE_CLASS}`)) wrap(root, runs, sentences);
  const parts = [...root.querySelectorAll<HTMLElement>(`span.${SENTENCE_CLASS}[data-sentence]`)];
  return sentences.map((sentence, i) => ({ sentence, parts: parts.filter((part) => part.dataset.sentence === String(i)) }));
}

function wrap(root: Element, runs: readonly TextRun[], sentences: readonly Sentence[]): void {
  const doc = root.ownerDocument;
  // Back to front: splitting a text node keeps the node as its first part, so each run still
  // starts where it did, and holds what the sentences before this one need.
  for (let s = sentences.length - 1; s >= 0; s--) {
    const { start, end } = sentences[s]!;
    for (const { node, at } of runs) {
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      if (to <= from) continue;
      if (to < node.data.length) node.splitText(to);
      const piece = from > 0 ? node.splitText(from) : node;
      const span = doc.createElement('span');
      span.className = SENTENCE_CLASS;
      span.dataset.sentence = String(s);
      piece.replaceWith(span);
      span.append(piece);
    }
  }
}
