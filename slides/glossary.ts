import type { GlossaryEntry } from '../src/content/model.ts';

/**
 * Every medical term the talk uses, in plain words. A slide marks a term with [[key]]
 * (the key is the term in lower case, spaces as hyphens: [[lumbar-puncture]]).
 */
export const glossary = {
  myelin: { term: 'Myelin', definition: 'A fatty coating around nerve fibres that helps messages travel fast.' },
  autoimmune: { term: 'Autoimmune', definition: "When the body's defence system attacks its own healthy parts by mistake." },
  relapse: { term: 'Relapse', definition: 'A flare of new or worse symptoms that lasts at least a day, then settles.' },
  lesion: { term: 'Lesion', definition: 'A damaged or inflamed spot in the brain or spinal cord. An MRI scan often shows it.' },
} satisfies Record<string, GlossaryEntry>;
