import type { RenderContext } from './render-slides.ts';
import { escapeHtml } from './html.ts';
import { formatDate } from './dates.ts';
import { renderCredits } from './render-slides.ts';

/** The handout's title in the PDF's metadata and the print dialog: plain text. */
export function handoutTitle({ talk, seminar }: Pick<RenderContext, 'talk' | 'seminar'>): string {
  return `${talk.title}: handout, ${seminar.organisation}, ${formatDate(seminar.date)}`;
}

/**
 * The handout's cover, as an inert <template> in the page: the browser side puts it in front of
 * the printed slides (src/modes/handout.ts) and fills in the contents' page numbers. Every
 * seminar detail is escaped as text.
 */
export function renderHandoutCover(ctx: Pick<RenderContext, 'talk' | 'seminar' | 'qrSvg'>): string {
  const { talk, seminar } = ctx;
  const details: [string, string | undefined][] = [
    ['Presenter', seminar.presenter],
    ['Organisation', seminar.organisation],
    ['Date', formatDate(seminar.date)],
    ['Venue', seminar.venue],
    ['Contact', seminar.contact],
  ];
  const qr = ctx.qrSvg ? `<div class="handout-qr">${ctx.qrSvg}</div>` : '';
  return (
    `<template id="handout-cover" data-document-title="${escapeHtml(handoutTitle(ctx))}">` +
    `<div class="handout-cover">` +
    `<p class="handout-kicker">Handout to take home</p>` +
    `<h1 class="handout-cover-title">${escapeHtml(talk.title)}</h1>` +
    `<p class="handout-cover-subtitle">${escapeHtml(talk.subtitle)}. ${escapeHtml(talk.audience)}.</p>` +
    `<dl class="handout-details">` +
    details
      .filter((row): row is [string, string] => Boolean(row[1]))
      .map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`)
      .join('') +
    `</dl>` +
    `<div class="handout-link">${qr}<p><span class="handout-link-label">The slides online</span>` +
    `<span class="url">${escapeHtml(seminar.url)}</span>` +
    `<span class="handout-link-help">Point a phone camera at the square code, or type the address.</span></p></div>` +
    `<div class="handout-inside"><h2>In this handout</h2>` +
    `<p>Each slide starts a page, with what the speaker says written out below it and lines for your notes.</p>` +
    `<ol class="handout-contents"></ol></div>` +
    `<div class="handout-about">` +
    `<p class="handout-review">Last reviewed ${formatDate(talk.lastReviewed)}. Next review by ${formatDate(talk.nextReview)}.</p>` +
    `<h2 class="handout-credits-title">Who made this talk</h2>` +
    renderCredits(ctx, 'full', false) +
    `<p class="handout-disclaimer">${escapeHtml(talk.disclaimer)}</p>` +
    `</div>` +
    `</div></template>`
  );
}
