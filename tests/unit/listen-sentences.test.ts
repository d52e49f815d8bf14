// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markSentences, sentencesOf, spokenWords, splitSentences, type TextPiece } from '../../src/listen/sentences.ts';
import { library } from '../../slides/index.ts';
import { parseInline } from '../../src/content/inline.ts';

const said = (input: string | TextPiece[]): string[] => splitSentences(input).map((sentence) => sentence.spoken);
const shown = (input: string | TextPiece[]): string[] => {
  const text = typeof input === 'string' ? input : input.map((piece) => piece.text).join('');
  return splitSentences(input).map(({ start, end }) => text.slice(start, end));
};

describe('splitting narration into sentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark followed by a new sentence', () => {
    expect(said('Your nerves carry messages. Myelin is the coating! Is it? Yes.')).toEqual([
      'Your nerves carry messages.',
      'Myelin is the coating!',
      'Is it?',
      'Yes.',
    ]);
  });

  it('keeps titles, short forms and initials inside their sentence', () => {
    expect(said('Dr. Nair refers people. Ask about drugs, e.g. Ocrevus, i.e. a drip. See Prof. J. Smith vs. others.')).toEqual([
      'Dr. Nair refers people.',
      'Ask about drugs, e.g. Ocrevus, i.e. a drip.',
      'See Prof. J. Smith vs. others.',
    ]);
  });

  it('never splits at a decimal point or a number', () => {
    expect(said('The score fell from about 3.4 to 2.4. In the medicine group it rose from 3.3 to 4.0.')).toEqual([
      'The score fell from about 3.4 to 2.4.',
      'In the medicine group it rose from 3.3 to 4.0.',
    ]);
    expect(said('About 13 in 1,000 died. 2 in 1,000 is the lowest.')).toEqual(['About 13 in 1,000 died.', '2 in 1,000 is the lowest.']);
  });

  it('does not end a sentence where a small letter follows', () => {
    expect(said('It costs approx. ten pounds. The end is near. and so on.')).toEqual(['It costs approx. ten pounds.', 'The end is near. and so on.']);
    expect(said('It is the usual next step. aHSCT is a single treatment.')).toEqual(['It is the usual next step.', 'aHSCT is a single treatment.']);
  });

  it('keeps closing quotes with their sentence and starts one at an opening quote', () => {
    expect(said('He said “Stop.” Then he left. “Worse” means disability. She asked "why?" and smiled.')).toEqual([
      'He said “Stop.”',
      'Then he left.',
      '“Worse” means disability.',
      'She asked "why?" and smiled.',
    ]);
  });

  it('reads citations as nothing, and shows them with the sentence before', () => {
    const pieces: TextPiece[] = [
      { text: 'What you feel depends on which nerves are hit. ', spoken: true },
      { text: 'Source [17]', spoken: false },
      { text: ' Milder drugs clear out part of it ', spoken: true },
      { text: 'Sources [1, 24]', spoken: false },
      { text: '. Your own cells help.', spoken: true },
    ];
    expect(said(pieces)).toEqual(['What you feel depends on which nerves are hit.', 'Milder drugs clear out part of it.', 'Your own cells help.']);
    expect(shown(pieces)).toEqual([
      'What you feel depends on which nerves are hit. Source [17]',
      'Milder drugs clear out part of it Sources [1, 24].',
      'Your own cells help.',
    ]);
  });

  it('leaves bracketed citation numbers out of what is said even where they are plain text', () => {
    expect(said('Trials show it [17]. Others agree [1, 24], mostly [S4].')).toEqual(['Trials show it.', 'Others agree, mostly.']);
    expect(spokenWords('  a  [3–5]  b ')).toBe('a b');
  });

  it('says a short form that voices would say as a word letter by letter', () => {
    expect(said('The EDSS score went up by 1. EDSSes are not a word.')).toEqual(['The E D S S score went up by 1.', 'EDSSes are not a word.']);
  });

  it('gives a lone citation after the last sentence to that sentence', () => {
    const pieces: TextPiece[] = [
      { text: 'It stops. ', spoken: true },
      { text: '[5]', spoken: false },
    ];
    expect(shown(pieces)).toEqual(['It stops. [5]']);
  });

  it('splits every narration of the talk into sentences that are whole, with no citation said', () => {
    for (const slide of library.talk.slides) {
      for (const paragraph of slide.notes) {
        const pieces: TextPiece[] = parseInline(paragraph).map((token) =>
          token.type === 'cite' ? { text: `[${token.keys.join(', ')}]`, spoken: false } : { text: token.text, spoken: true },
        );
        const sentences = said(pieces);
        for (const sentence of sentences) {
          expect(sentence, slide.id).toMatch(/^(?:[\p{Lu}\d“"‘(]|\p{Ll}\p{Lu})/u);
          expect(sentence, slide.id).toMatch(/[.!?…]["”’)]?$/);
          expect(sentence, slide.id).not.toMatch(/\[|\]|\*\*/);
        }
        expect(sentences.join(' ').replace(/\s+/g, ' '), slide.id).toBe(spokenWords(pieces.filter((p) => p.spoken).map((p) => p.text).join('')));
      }
    }
  });
});

describe('sentences in the page', () => {
  const paragraph = (html: string): HTMLElement => {
    const p = document.createElement('p');
    p.innerHTML = html;
    return p;
  };

  it('reads a citation span as nothing and a glossary word as its word', () => {
    const p = paragraph(
      'Where <button class="term" type="button" popovertarget="t">myelin</button> is damaged, the message slows. ' +
        '<span class="cite"><span class="visually-hidden">Source </span>[5]</span> It <strong>stops</strong>.',
    );
    expect(sentencesOf(p).map((s) => s.spoken)).toEqual(['Where myelin is damaged, the message slows.', 'It stops.']);
  });

  it('wraps each sentence in spans without changing the words, once', () => {
    const html = 'On a <strong>healthy</strong> nerve it jumps. <span class="cite"><span class="visually-hidden">Source </span>[2]</span> Dr. Li says 3.4 is fine.';
    const p = paragraph(html);
    const before = p.textContent;
    const marked = markSentences(p);
    expect(p.textContent).toBe(before);
    expect(marked.map(({ parts }) => parts.map((part) => part.textContent).join(''))).toEqual(['On a healthy nerve it jumps. Source [2]', 'Dr. Li says 3.4 is fine.']);
    expect(marked[0]!.parts.map((part) => part.textContent)).toEqual(['On a ', 'healthy', ' nerve it jumps. ', 'Source ', '[2]']);
    const again = markSentences(p);
    expect(p.querySelectorAll('.listen-sentence')).toHaveLength(6);
    expect(again.map(({ parts }) => parts.length)).toEqual([5, 1]);
  });

  it('leaves out what it is told to, such as a heading before a step\'s words', () => {
    const p = paragraph('<strong>Step 1 of 3. </strong><strong>Healthy.</strong> The message jumps.');
    const heading = p.querySelector('strong')!;
    expect(markSentences(p, [heading]).map(({ sentence }) => sentence.spoken)).toEqual(['Healthy.', 'The message jumps.']);
    expect(heading.querySelector('.listen-sentence')).toBeNull();
  });
});
