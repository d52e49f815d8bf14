// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { slideScale, topSpace, type SlideGeometry } from '../../src/deck/deck-area.ts';
import { deckMode, showsReaderTools } from '../../src/modes/deck-mode.ts';
import { narrationWanted } from '../../src/panels/narration.ts';
import { parsePosition } from '../../src/panels/resume.ts';
import { applyTrack, trackFromQuery } from '../../src/modes/track.ts';
import { contentsEntries } from '../../src/panels/contents.ts';

const slide: SlideGeometry = { width: 1280, height: 720, margin: 0.04, paddingTop: 40 };

/** Where the slide's content starts on screen, for a layout area starting `top` px down. */
function contentTop(view: { width: number; height: number }, top: number, bottom = 0): number {
  const height = view.height - top - bottom;
  const scale = slideScale(view.width, height, slide);
  return top + (height - slide.height * scale) / 2 + slide.paddingTop * scale;
}

describe('the area the slides are laid out in', () => {
  it('scales as reveal.js does', () => {
    expect(slideScale(1280, 720, slide)).toBe(0.96);
    expect(slideScale(1920, 1080, slide)).toBe(1.44);
    expect(slideScale(100, 100, slide)).toBe(0.2);
  });

  it('needs no room above the slide when its own margin and padding clear the tools', () => {
    expect(topSpace({ width: 1280, height: 720 }, { right: 0, bottom: 0 }, slide, 52)).toBe(0);
    expect(topSpace({ width: 1280, height: 1024 }, { right: 0, bottom: 0 }, slide, 52)).toBe(0);
  });

  it('makes just enough room where they do not (wide or small screens)', () => {
    for (const view of [{ width: 640, height: 360 }, { width: 1920, height: 800 }, { width: 1280, height: 720 }]) {
      for (const clearance of [52, 70]) {
        const top = topSpace(view, { right: 0, bottom: 0 }, slide, clearance);
        expect(contentTop(view, top), `${view.width}x${view.height}, clearing ${clearance}`).toBeGreaterThanOrEqual(clearance - 0.5);
        if (top > 0) expect(contentTop(view, top - 3)).toBeLessThan(clearance);
      }
    }
  });

  it('counts a narration panel under the slide', () => {
    const view = { width: 640, height: 360 };
    const top = topSpace(view, { right: 0, bottom: 150 }, slide, 52);
    expect(contentTop(view, top, 150)).toBeGreaterThanOrEqual(51.5);
  });
});

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

describe('the short talk and the contents', () => {
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

  it('lists each section of the slides shown once, with its first slide', () => {
    page();
    expect(contentsEntries()).toEqual([
      { section: 'One', slideId: 'a' },
      { section: 'Two', slideId: 'c' },
      { section: 'Three', slideId: 'd' },
    ]);
    applyTrack('?track=short');
    expect(contentsEntries()).toEqual([
      { section: 'One', slideId: 'a' },
      { section: 'Three', slideId: 'd' },
    ]);
  });
});

describe('remembered choices', () => {
  it('opens the narration from ?narration first, then from the last choice', () => {
    expect(narrationWanted('?narration=on', 'off')).toBe(true);
    expect(narrationWanted('?narration=off', 'on')).toBe(false);
    expect(narrationWanted('', 'on')).toBe(true);
    expect(narrationWanted('', null)).toBe(false);
    expect(narrationWanted('?narration=maybe', 'on')).toBe(true);
  });

  it('reads back a saved reading position, and nothing else', () => {
    expect(parsePosition('{"slide":"myelin","fragment":2}')).toEqual({ slide: 'myelin', step: 2 });
    expect(parsePosition('{"slide":"myelin"}')).toBeUndefined();
    expect(parsePosition('not json')).toBeUndefined();
    expect(parsePosition(null)).toBeUndefined();
  });
});
