import { readFile } from 'node:fs/promises';

/**
 * Reads a PDF back with pdf.js, as a screen reader's PDF layer and a person's eye get it: each
 * page's size, its words with the size each is set at, and the tag tree. The handout command
 * uses it to find which page each section starts on; the tests use it to check what the paper
 * gives.
 */

export interface PdfWord {
  text: string;
  /** The size the text is set at on paper, in points. */
  size: number;
}

export interface PdfTag {
  role: string;
  alt?: string;
  children: PdfTag[];
  /** Text of the marked content under this tag, where pdf.js gives it. */
  text?: string;
}

export interface PdfPage {
  number: number;
  /** In points. */
  width: number;
  height: number;
  words: PdfWord[];
  text: string;
  tags: PdfTag | null;
}

export interface PdfDocument {
  pages: PdfPage[];
  title: string | undefined;
  language: string | undefined;
  outline: string[];
}

type StructNode = { role?: string; alt?: string; children?: (StructNode | { type: string; id?: string })[] };

/** pdf.js 4 asks for Promise.withResolvers, which Node 20 does not have. */
function withResolversPolyfill(): void {
  const promise = Promise as unknown as { withResolvers?: () => unknown };
  promise.withResolvers ??= function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const made = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: made, resolve, reject };
  };
}

export async function readPdf(file: string): Promise<PdfDocument> {
  withResolversPolyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent({ includeMarkedContent: true });
    const words: PdfWord[] = [];
    const byContent = new Map<string, string[]>();
    let open: string | undefined;
    for (const item of content.items as ({ str?: string; transform?: number[]; type?: string; id?: string })[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open = item.id;
      else if (item.type === 'endMarkedContent') open = undefined;
      else if (typeof item.str === 'string' && item.transform) {
        if (item.str.trim()) words.push({ text: item.str, size: Math.hypot(item.transform[2]!, item.transform[3]!) });
        if (open) byContent.set(open, [...(byContent.get(open) ?? []), item.str]);
      }
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push({ number, width, height, words, text: words.map((w) => w.text).join(' '), tags: tree ? toTag(tree, byContent) : null });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const outline = ((await doc.getOutline()) ?? []).flatMap(function titles(item: { title: string; items?: unknown[] }): string[] {
    return [item.title, ...((item.items ?? []) as { title: string; items?: unknown[] }[]).flatMap(titles)];
  });
  await doc.destroy();
  return { pages, title: info.Title, language: info.Language, outline };
}

function toTag(node: StructNode, byContent: Map<string, string[]>): PdfTag {
  const children: PdfTag[] = [];
  const text: string[] = [];
  for (const child of node.children ?? []) {
    if ('type' in child && child.type === 'content' && child.id) text.push(...(byContent.get(child.id) ?? []));
    else if ('role' in child || 'children' in child) children.push(toTag(child as StructNode, byContent));
  }
  return { role: node.role ?? 'Root', ...(node.alt ? { alt: node.alt } : {}), children, ...(text.length ? { text: text.join('').trim() } : {}) };
}

/** Every tag in a tree, depth first. */
export function allTags(tag: PdfTag | null): PdfTag[] {
  return tag ? [tag, ...tag.children.flatMap(allTags)] : [];
}

/** A tag's own text and all its descendants', in order. */
export function tagText(tag: PdfTag): string {
  return [tag.text ?? '', ...tag.children.map(tagText)].join(' ').replace(/\s+/g, ' ').trim();
}
