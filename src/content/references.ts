import type { Block, GlossaryEntry, Inline, Slide, Source, SourceKey, Talk } from './model.ts';
import { parseInline } from './inline.ts';
import { figureTexts } from './figure-content.ts';
import { worksheetTexts } from './worksheet-content.ts';

/** Every piece of inline text on a slide, in reading order, notes last. */
export function slideTexts(slide: Slide): Inline[] {
  return [slide.title, ...slide.blocks.flatMap(blockTexts), ...slide.notes];
}

export function blockTexts(block: Block): Inline[] {
  switch (block.kind) {
    case 'lead':
    case 'callout':
      return [block.text];
    case 'points':
      return block.items;
    case 'columns':
      return block.columns.flatMap((column) => [column.heading, ...column.items]);
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'illustration':
      return block.caption ? [block.alt, block.caption] : [block.alt];
    case 'questions':
      return [block.heading, ...block.items];
    case 'figure':
      return figureTexts(block.figure);
    case 'worksheet':
      return worksheetTexts(block.worksheet);
    default:
      return [];
  }
}

/** Sources are numbered in the order the talk first cites them. */
export function numberSources(talk: Talk): Map<SourceKey, number> {
  const numbers = new Map<SourceKey, number>();
  for (const slide of talk.slides) {
    for (const text of slideTexts(slide)) {
      for (const token of parseInline(text)) {
        if (token.type !== 'cite') continue;
        for (const key of token.keys) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      }
    }
  }
  return numbers;
}

/** Glossary terms used anywhere in the talk. */
export function termsUsed(talk: Talk): Set<string> {
  const used = new Set<string>();
  for (const slide of talk.slides) {
    for (const text of slideTexts(slide)) {
      for (const token of parseInline(text)) if (token.type === 'term') used.add(token.key);
    }
  }
  return used;
}

/** Share `part` of `of` of a list, as even as can be, keeping order: earlier shares take one more. */
export function share<T>(items: T[], part: number, of: number): T[] {
  const base = Math.floor(items.length / of);
  const extra = items.length % of;
  const start = (part - 1) * base + Math.min(part - 1, extra);
  return items.slice(start, start + base + (part <= extra ? 1 : 0));
}

export function glossaryInOrder(glossary: Record<string, GlossaryEntry>): [string, GlossaryEntry][] {
  return Object.entries(glossary).sort(([, a], [, b]) => a.term.localeCompare(b.term, 'en'));
}

export function sourcesInOrder(numbers: Map<SourceKey, number>, sources: Record<string, Source>): [number, Source][] {
  return [...numbers].map(([key, n]) => [n, sources[key]!] as [number, Source]).sort(([a], [b]) => a - b);
}
