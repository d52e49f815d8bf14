import readability from 'text-readability';
import type { Slide } from '../../src/content/model.ts';
import type { ContentLibrary } from '../../src/content/validate.ts';
import { plainText } from '../../src/content/inline.ts';
import { blockTexts, glossaryInOrder, share } from '../../src/content/references.ts';

/** A slide's own words as prose: title, each bullet or cell as a sentence, then the notes. */
export function readingText(slide: Slide, library: ContentLibrary): string {
  const units: string[] = [slide.title];
  for (const block of slide.blocks) {
    units.push(...blockTexts(block));
    if (block.kind === 'glossary') {
      for (const [, entry] of share(glossaryInOrder(library.glossary), block.part, block.of)) {
        units.push(entry.term, entry.definition);
      }
    }
  }
  units.push(...slide.notes);
  return units
    .map((unit) => plainText(unit).replace(/[:;,]$/, ''))
    .filter((unit) => unit.length > 0)
    .map((unit) => unit[0]!.toUpperCase() + unit.slice(1))
    .map((unit) => (/[.?!]["')\]]?$/.test(unit) ? unit : `${unit}.`))
    .join(' ');
}

/** US school grade by Flesch-Kincaid, as text-readability computes it. */
export function readingGrade(slide: Slide, library: ContentLibrary): number {
  return readability.fleschKincaidGrade(readingText(slide, library));
}
