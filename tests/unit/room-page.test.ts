import { describe, expect, it } from 'vitest';
import { pagePolicy, roomPage, RoomPageError } from '../../src/node/room/room-page.ts';
import { deckUrl } from '../../src/render/render-slides.ts';

const built = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8" />',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'" />`,
  '<title>Stem cells</title></head><body>',
  `<section id="title">${deckUrl('https://example.org/seminar/', '<svg class="qr-code"></svg>')}</section>`,
  `<section id="thanks">${deckUrl('https://example.org/seminar/', '<svg class="qr-code"></svg>')}</section>`,
  '</body></html>',
].join('\n');
const where = { origin: 'http://192.168.1.20:8080', audienceUrl: 'http://192.168.1.20:8080/', qrSvg: '<svg class="qr-code room"></svg>' };

describe('a room\'s page', () => {
  it('lets the page talk to its own origin\'s socket, and nowhere else', () => {
    const page = roomPage(built, 'deck', where);
    expect(page).toContain("connect-src 'self' ws://192.168.1.20:8080; frame-src 'self'");
    expect(pagePolicy(page)).toBe(`default-src 'none'; script-src 'self'; connect-src 'self' ws://192.168.1.20:8080; frame-src 'self'; frame-ancestors 'self'`);
  });

  it('shows the audience address and its QR code on the title and closing slides', () => {
    const page = roomPage(built, 'deck', where);
    expect(page).not.toContain('example.org');
    expect(page.match(/<span class="url">http:\/\/192\.168\.1\.20:8080\/<\/span>/g)).toHaveLength(2);
    expect(page.match(/qr-code room/g)).toHaveLength(2);
    expect(page).toContain('Follow on your phone:');
  });

  it('marks the page as a room\'s, and the remote as the remote', () => {
    expect(roomPage(built, 'deck', where)).toContain('<meta name="deck-room" content="deck" />');
    const remote = roomPage(built, 'remote', where);
    expect(remote).toContain('<meta name="deck-room" content="remote" />');
    expect(remote).toContain('<html data-room-page="remote" lang="en">');
    expect(remote).toContain('<title>Remote: Stem cells</title>');
  });

  it('stops with one line when the built page has no policy to widen', () => {
    expect(() => roomPage('<html><head></head></html>', 'deck', where)).toThrow(RoomPageError);
    expect(() => roomPage('<html><head></head></html>', 'deck', where)).toThrow(/build the site again with npm run build/);
  });
});
