import type { Inline, SourceKey } from './model.ts';

export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'term'; key: string; text: string }
  | { type: 'cite'; keys: SourceKey[] };

const MARKUP = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[(S\d+(?:\s*,\s*S\d+)*)\]|\*\*([^*]+)\*\*/g;

/** Turns a glossary term as written ("Lumbar puncture") into its key ("lumbar-puncture"). */
export function termKey(term: string): string {
  return term.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function parseInline(source: Inline): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(MARKUP)) {
    const at = match.index ?? 0;
    if (at > last) tokens.push({ type: 'text', text: source.slice(last, at) });
    const [, term, shown, cites, strong] = match;
    if (term !== undefined) {
      tokens.push({ type: 'term', key: termKey(term), text: (shown ?? term).trim() });
    } else if (cites !== undefined) {
      tokens.push({ type: 'cite', keys: cites.split(',').map((key) => key.trim() as SourceKey) });
    } else if (strong !== undefined) {
      tokens.push({ type: 'strong', text: strong });
    }
    last = at + match[0].length;
  }
  if (last < source.length) tokens.push({ type: 'text', text: source.slice(last) });
  return tokens;
}

/** The words a reader sees, without markup or citations. */
export function plainText(source: Inline): string {
  return parseInline(source)
    .map((token) => (token.type === 'cite' ? '' : token.text))
    .join('')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Markup that looks meant but is malformed: a stray bracket pair or unmatched asterisks. */
export function strayMarkup(source: Inline): string | undefined {
  const rest = source.replace(MARKUP, '');
  const stray = /\[\[|\]\]|\[S\d|\*\*/.exec(rest);
  return stray ? rest.slice(Math.max(0, stray.index - 12), stray.index + 12) : undefined;
}
