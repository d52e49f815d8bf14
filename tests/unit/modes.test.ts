// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deckMode, showsReaderTools } from '../../src/modes/deck-mode.ts';
import { applyTrack, trackFromQuery } from '../../src/modes/track.ts';

describe('how the deck was opened', () => {
  it('knows a speaker view preview, print and a file copy', () => {
    expect(deckMode({ search: '?receiver&progress=false', protocol: 'http:' })).toEqual({ receiver: true, print: false, fromFile: false });
    expect(deckMode({ search: '?print-pdf', protocol: 'https:' }).print).toBe(true);
    expect(deckMode({ search: '?view=print', protocol: 'https:' }).print).toBe(true);
    expect(deckMode({ search: '', protocol: 'file:' }).fromFile).toBe(true);
    expect(showsReaderTools(deckMode({ search: '?track=short', protocol: 'http:' }))).toBe(true);
    expect(showsReaderTools(deckMode({ search: '?track=short&receiver', protocol: 'http:' }))).toBe(false);
  });

  it('chooses the talk from ?track', () => {
    expect(trackFromQuery('?track=short')).toBe('short');
    expect(trackFromQuery('?track=full')).toBe('full');
    expect(trackFromQuery('?track=long')).toBe('full');
    expect(trackFromQuery('')).toBe('full');
  });
});

describe('the short talk', () => {
  const page = (): void => {
    document.body.innerHTML = `<div class="reveal"><div class="slides">
      <section id="a" data-section="One" data-timing="60"></section>
      <section id="b" data-section="One" data-timing="60" data-optional></section>
      <section id="c" data-section="Two" data-timing="60" data-optional></section>
      <section id="d" data-section="Three" data-timing="60"></section>
      <section id="e" data-section="Three" data-timing="60"></section>
    </div></div>`;
  };

  it('marks the optional slides hidden in the short talk only', () => {
    page();
    expect(applyTrack('?track=full')).toBe('full');
    expect(document.querySelectorAll('[data-visibility="hidden"]')).toHaveLength(0);
    expect(applyTrack('?track=short')).toBe('short');
    expect([...document.querySelectorAll('[data-visibility="hidden"]')].map((s) => s.id)).toEqual(['b', 'c']);
  });
});
