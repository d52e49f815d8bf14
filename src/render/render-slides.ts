import type { Block, Figure, FigureStep, Inline, Seminar, Slide, Source } from '../content/model.ts';
import { drawingSpec, figureSteps, figureTable } from '../content/figure-content.ts';
import type { FigureWords } from '../figures/figure-kind.ts';
import type { ContentLibrary } from '../content/validate.ts';
import { parseInline, plainText } from '../content/inline.ts';
import { glossaryInOrder, numberSources, share, sourcesInOrder } from '../content/references.ts';
import { attrs, escapeHtml } from './html.ts';
import { formatDate, formatMonth } from './dates.ts';
import { creditRows, creditsInBrief } from '../content/credits.ts';
import { GLOSSARY_SLIDE_ID, termButton, termPopovers } from './glossary-popovers.ts';
import { renderWorksheet } from './render-worksheet.ts';

export interface RenderContext extends ContentLibrary {
  seminar: Seminar;
  /** Returns the text of a file in assets/ (an SVG illustration). */
  readAsset(file: string): string;
  /** The seminar URL as an SVG QR code, or undefined where none is made. */
  qrSvg?: string;
}

interface SlideScope {
  ctx: RenderContext;
  slide: Slide;
  citations: Map<string, number>;
  /** The glossary terms the slide shows, in order of first use. */
  terms: Set<string>;
}

/** All slides as reveal.js `<section>` elements. */
export function renderSlides(ctx: RenderContext): string {
  const citations = numberSources(ctx.talk);
  return ctx.talk.slides.map((slide) => renderSlide({ ctx, slide, citations, terms: new Set() })).join('\n');
}

function renderSlide(scope: SlideScope): string {
  const { slide } = scope;
  const heading = slide.id === scope.ctx.talk.slides[0]?.id ? 'h1' : 'h2';
  const layout = slide.blocks.some((block) => block.kind === 'seminar') ? 'cover' : 'standard';
  const title = inline(scope, slide.title);
  const body = slide.blocks.map((block) => renderBlock(scope, block)).join('');
  const hasGlossarySlide = scope.ctx.talk.slides.some((s) => s.id === GLOSSARY_SLIDE_ID);
  return (
    `<section${attrs({
      id: slide.id,
      'data-timing': slide.seconds,
      'data-section': slide.section,
      'data-optional': slide.optional === true,
      'data-layout': layout,
      'aria-labelledby': `${slide.id}-title`,
    })}>` +
    `<${heading} id="${escapeHtml(slide.id)}-title" class="slide-title">${title}</${heading}>` +
    `<div class="slide-body">${body}</div>` +
    termPopovers(slide.id, scope.terms, scope.ctx.glossary, hasGlossarySlide) +
    `<aside class="notes">${slide.notes.map((p) => `<p>${notesInline(scope, p)}</p>`).join('')}</aside>` +
    `</section>`
  );
}

function renderBlock(scope: SlideScope, block: Block): string {
  const { ctx } = scope;
  const text = (value: Inline): string => inline(scope, value);
  switch (block.kind) {
    case 'lead':
      return `<p class="lead">${text(block.text)}</p>`;
    case 'points': {
      const item = (value: Inline): string => `<li${block.stepwise ? ' class="fragment"' : ''}>${text(value)}</li>`;
      return `<ul class="points">${block.items.map(item).join('')}</ul>`;
    }
    case 'columns':
      return (
        `<div class="columns" data-columns="${block.columns.length}">` +
        block.columns
          .map((col) => `<div class="column"><h3>${text(col.heading)}</h3><ul class="points">${col.items.map((i) => `<li>${text(i)}</li>`).join('')}</ul></div>`)
          .join('') +
        `</div>`
      );
    case 'table':
      return (
        `<div class="table-frame"><table class="data-table"><caption>${text(block.caption)}</caption>` +
        `<thead><tr>${block.head.map((cell) => `<th scope="col">${text(cell)}</th>`).join('')}</tr></thead>` +
        `<tbody>${block.rows
          .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${text(cell)}</th>` : `<td>${text(cell)}</td>`)).join('')}</tr>`)
          .join('')}</tbody></table></div>`
      );
    case 'callout':
      return `<p class="callout" data-tone="${block.tone}"><span class="callout-icon" aria-hidden="true"></span><span>${text(block.text)}</span></p>`;
    case 'illustration':
      return renderIllustration(scope, block.file, block.alt, block.caption);
    case 'figure':
      return renderFigure(scope, block.figure);
    case 'worksheet':
      return renderWorksheet(
        { slide: scope.slide, slides: ctx.talk.slides, inline: text, label: (value) => labelInline(scope, value) },
        block.worksheet,
      );
    case 'questions':
      return (
        `<div class="questions"><h3>${text(block.heading)}</h3><ol>` +
        block.items.map((item) => `<li>${text(item)}</li>`).join('') +
        `</ol></div>`
      );
    case 'glossary': {
      const entries = share(glossaryInOrder(ctx.glossary), block.part, block.of);
      return (
        `<dl class="glossary">` +
        entries.map(([key, entry]) => `<div id="term-${escapeHtml(key)}"><dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.definition)}</dd></div>`).join('') +
        `</dl>`
      );
    }
    case 'sources': {
      const entries = share(sourcesInOrder(scope.citations as Map<`S${number}`, number>, ctx.sources), block.part, block.of);
      return (
        `<ol class="sources" start="${entries[0]?.[0] ?? 1}">` +
        entries
          .map(([n, s]) => `<li id="source-${n}">${escapeHtml(s.authors)}. ${escapeHtml(s.title)}. <span class="source-where">${escapeHtml(s.where)}, ${sourceDate(s)}.</span></li>`)
          .join('') +
        `</ol>`
      );
    }
    case 'review':
      return (
        `<p class="review">Last reviewed ${formatDate(ctx.talk.lastReviewed)}. Next review by ${formatDate(ctx.talk.nextReview)}.</p>` +
        `<p class="disclaimer">${escapeHtml(ctx.talk.disclaimer)}</p>`
      );
    case 'seminar':
      return renderSeminar(ctx, block.layout);
    case 'credits':
      return renderCredits(ctx, block.layout);
  }
}

/**
 * Who made the talk and who paid. In brief (title and closing slides): names and funding, and
 * the number of the slide that lists everyone's interests. In full: person by person, with interests.
 */
export function renderCredits(ctx: Pick<RenderContext, 'talk' | 'seminar'>, layout: 'brief' | 'full', presenterRow = true): string {
  const { credits, slides } = ctx.talk;
  if (layout === 'brief') {
    const index = slides.findIndex((slide) => slide.blocks.some((block) => block.kind === 'credits' && block.layout === 'full'));
    const more = index < 0 ? '' : ` Everyone’s interests: <a href="#/${escapeHtml(slides[index]!.id)}">slide ${index + 1}</a>.`;
    return `<p class="credits" data-layout="brief">${escapeHtml(creditsInBrief(credits))}${more}</p>`;
  }
  return (
    `<dl class="credits" data-layout="full">` +
    creditRows(credits, ctx.seminar, { presenterRow })
      .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
      .join('') +
    `</dl>`
  );
}

/** When a source dates from: its year, or for an undated web page, the month it was read. */
function sourceDate(source: Source): string {
  return source.read ? `read ${formatMonth(source.read)}` : String(source.year);
}

function renderIllustration(scope: SlideScope, file: string, alt: Inline, caption?: Inline): string {
  const id = `${scope.slide.id}-illustration`;
  const svg = scope.ctx
    .readAsset(file)
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b/, `<svg role="img" aria-labelledby="${id}-alt"`)
    .replace(/(<svg\b[^>]*>)/, `$1<title id="${id}-alt">${escapeHtml(plainText(alt))}</title>`);
  const figcaption = caption ? `<figcaption>${inline(scope, caption)}</figcaption>` : '';
  return `<figure class="illustration">${svg}${figcaption}</figure>`;
}

/**
 * A figure: its words are in the page from the start, as the slide's fragments and the
 * figure's text alternative (a list of steps, or a data table, as `data-figure-text` says).
 * The engine draws the picture into `.figure-art` from `data-spec` in the browser.
 */
function renderFigure(scope: SlideScope, figure: Figure): string {
  const id = `${scope.slide.id}-figure`;
  const steps = figureSteps(figure);
  const words: FigureWords = { id, inline: (value) => inline(scope, value) };
  const spec = JSON.stringify(drawingSpec(figure, (keys) => citeLabel(scope, keys)));
  return (
    `<figure${attrs({ class: 'figure', id, 'data-figure': figure.type, 'data-spec': spec, 'data-step-count': steps.length })}>` +
    `<div class="figure-art"></div>` +
    `<button type="button" class="figure-replay">${REPLAY_ICON} Play steps</button>` +
    (figureTable(figure, words) ?? stepList(steps, words)) +
    `<figcaption id="${id}-summary" class="figure-summary">${inline(scope, figure.summary)}</figcaption>` +
    `</figure>`
  );
}

/** A figure's steps as words, one item a click. */
function stepList(steps: FigureStep[], { inline }: FigureWords): string {
  return `<ol class="figure-steps" data-figure-text="steps">${steps
    .map((step, i) => `<li class="fragment" data-fragment-index="${i}"><strong>${escapeHtml(plainText(step.name))}.</strong> ${inline(step.sentence)}</li>`)
    .join('')}</ol>`;
}

/** A circular arrow: play again. */
const REPLAY_ICON =
  '<svg class="figure-replay-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
  '<path d="M20 12a8 8 0 1 1-2.3-5.7M20 3.5v5h-5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/**
 * The address on the title and closing slides, with its QR code: the deck's public address,
 * or while a room runs (src/node/room/room-page.ts), the room's address for the audience.
 */
export function deckUrl(url: string, qrSvg: string | undefined, label = 'Slides and handout online:'): string {
  const qr = qrSvg ? `<span class="qr">${qrSvg}</span>` : '';
  return `<p class="deck-url">${qr}<span>${escapeHtml(label)}<span class="url">${escapeHtml(url)}</span></span></p>`;
}

function renderSeminar(ctx: RenderContext, layout: 'title' | 'closing'): string {
  const { seminar } = ctx;
  const link = deckUrl(seminar.url, ctx.qrSvg);
  if (layout === 'title') {
    // One detail a line: a long venue wraps less on its own line than after the date.
    return (
      `<div class="seminar" data-layout="title"><div class="seminar-who">` +
      `<p><strong>${escapeHtml(seminar.presenter)}</strong></p>` +
      `<p>${escapeHtml(seminar.organisation)}</p>` +
      `<p>${escapeHtml(formatDate(seminar.date))}</p>` +
      (seminar.venue ? `<p>${escapeHtml(seminar.venue)}</p>` : '') +
      `</div>${link}</div>`
    );
  }
  const rows: [string, string][] = [
    ['Presenter', seminar.presenter],
    ['Organisation', seminar.organisation],
    ['Contact', seminar.contact],
  ];
  return (
    `<div class="seminar" data-layout="closing">` +
    `<dl class="seminar-details">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>` +
    `${link}</div>`
  );
}

function inline(scope: SlideScope, value: Inline): string {
  return parseInline(value)
    .map((token) => {
      switch (token.type) {
        case 'text':
          return escapeHtml(token.text);
        case 'strong':
          return `<strong>${escapeHtml(token.text)}</strong>`;
        case 'term':
          scope.terms.add(token.key);
          return termButton(scope.slide.id, token.key, token.text);
        case 'cite':
          return citation(scope, token.keys);
      }
    })
    .join('');
}

/** Words inside a label or legend: glossary words stay plain there, since nothing inside a label may be pressed. */
function labelInline(scope: SlideScope, value: Inline): string {
  return parseInline(value)
    .map((token) => (token.type === 'cite' ? citation(scope, token.keys) : token.type === 'strong' ? `<strong>${escapeHtml(token.text)}</strong>` : escapeHtml(token.text)))
    .join('');
}

/** Notes are read aloud and shown as narration: glossary terms stay plain words there. */
function notesInline(scope: SlideScope, value: Inline): string {
  return parseInline(value)
    .map((token) => (token.type === 'cite' ? citation(scope, token.keys) : escapeHtml(token.text)))
    .join('');
}

/** A citation as the slide shows it, without markup: "[17]" or "[1, 24]". */
function citeLabel(scope: SlideScope, keys: string[]): string {
  const numbers = keys.map((key) => scope.citations.get(key)).filter((n): n is number => n !== undefined);
  return numbers.length > 0 ? `[${numbers.join(', ')}]` : '';
}

function citation(scope: SlideScope, keys: string[]): string {
  const numbers = keys.map((key) => scope.citations.get(key)).filter((n): n is number => n !== undefined);
  const label = numbers.length > 1 ? 'Sources' : 'Source';
  return `<span class="cite"><span class="visually-hidden">${label} </span>[${numbers.join(', ')}]</span>`;
}
