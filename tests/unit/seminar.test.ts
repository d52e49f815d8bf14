// @vitest-environment happy-dom
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeminar } from '../../src/build/seminar-config.ts';
import { qrSvg } from '../../src/build/qr-code.ts';
import { renderHandoutCover } from '../../src/render/render-handout.ts';
import { library } from '../../slides/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'seminar-'));
const GOOD = {
  presenter: 'Dr Sam Lee',
  organisation: 'Riverside MS Group',
  date: '2027-03-09',
  venue: 'Library, Room 4',
  contact: '0123 456 789',
  url: 'https://riverside.example.org/ms/',
  interests: 'Has been paid to speak by a drug company',
  sponsor: 'None',
};
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const load = (name: string, value: unknown): (() => unknown) => {
  const path = file(name, typeof value === 'string' ? value : JSON.stringify(value));
  return () => loadSeminar(path);
};

describe('seminar details', () => {
  it('reads the default file in the repo', () => {
    const seminar = loadSeminar(join(import.meta.dirname, '..', '..', 'slides', 'seminar.json'));
    expect(seminar.url).toMatch(/^https:\/\//);
  });

  it('accepts a good file, trims the values and allows leaving out the venue', () => {
    const { venue: _venue, ...noVenue } = GOOD;
    expect(load('good.json', { ...noVenue, presenter: '  Dr Sam Lee ' })()).toEqual({ ...noVenue, presenter: 'Dr Sam Lee' });
    // A byte order mark, as some editors save, is not an error.
    expect(loadSeminar(file('bom.json', `\uFEFF${JSON.stringify(GOOD)}`))).toEqual(GOOD);
  });

  it.each([
    ['a missing field', 'missing.json', { ...GOOD, contact: undefined }, /missing\.json: field "contact" is missing/],
    ['a missing interests statement', 'no-interests.json', { ...GOOD, interests: undefined }, /no-interests\.json: field "interests" is missing\. Write the presenter's interests .* or "None"\./],
    ['a missing sponsor', 'no-sponsor.json', { ...GOOD, sponsor: undefined }, /no-sponsor\.json: field "sponsor" is missing\. Write who sponsors this seminar, or "None"\./],
    ['a date that is not a date', 'bad-date.json', { ...GOOD, date: '2027-02-30' }, /bad-date\.json: field "date": "2027-02-30" is not a date written YYYY-MM-DD/],
    ['a date in another format', 'uk-date.json', { ...GOOD, date: '09/03/2027' }, /uk-date\.json: field "date"/],
    ['a URL that is not http or https', 'ftp.json', { ...GOOD, url: 'ftp://riverside.example.org/' }, /ftp\.json: field "url": "ftp:\/\/riverside\.example\.org\/" is not an http/],
    ['a javascript: URL', 'script.json', { ...GOOD, url: 'javascript:alert(1)' }, /script\.json: field "url"/],
    ['an unknown key', 'unknown.json', { ...GOOD, speaker: 'Dr Lee' }, /unknown\.json: field "speaker" is not a seminar detail/],
    ['a number where text belongs', 'number.json', { ...GOOD, date: 20270309 }, /number\.json: field "date" must be text/],
    ['a line break in a value', 'lines.json', { ...GOOD, venue: 'Hall\nRoom 2' }, /lines\.json: field "venue" must be one line/],
    ['a value too long for the slides', 'long.json', { ...GOOD, organisation: 'x'.repeat(200) }, /long\.json: field "organisation" is 200 characters long/],
  ])('refuses %s, naming the file and the field', (_kind, name, value, message) => {
    expect(load(name, value)).toThrow(message);
  });

  it('refuses invalid JSON and an unreadable file, naming the file', () => {
    expect(load('broken.json', '{ "presenter": "Dr Lee", }')).toThrow(/Seminar details in .*broken\.json: not valid JSON/);
    expect(() => loadSeminar(join(dir, 'nowhere.json'))).toThrow(/nowhere\.json: the file cannot be read/);
  });

  it('gives one line of message, with no stack trace', () => {
    try {
      load('missing2.json', { ...GOOD, url: undefined })();
      expect.unreachable();
    } catch (error) {
      expect((error as Error).stack).toBe((error as Error).message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('the QR code', () => {
  it('is an image named by its address, escaped, with no inline style', async () => {
    const svg = await qrSvg('https://example.org/?a=1&b="2"');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('class')).toBe('qr-code');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('QR code for the address https://example.org/?a=1&b="2"');
    expect(svg).not.toMatch(/style=/);
    // Dark modules in the deck's ink on white.
    const [ground, modules] = root.querySelectorAll('path');
    expect(ground?.getAttribute('fill')).toBe('#ffffff');
    expect(modules?.getAttribute('stroke')).toBe('#14213d');
  });
});

describe('the handout cover', () => {
  it('shows the seminar details as text, never HTML, with the review dates and disclaimer', async () => {
    const html = renderHandoutCover({ talk: library.talk, seminar: { ...GOOD, presenter: 'Dr <b>Bold</b> & Co' }, qrSvg: await qrSvg(GOOD.url) });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const template = doc.querySelector('template')!;
    const cover = template.content;
    expect(cover.querySelector('b')).toBeNull();
    expect(cover.querySelector('.handout-details')?.textContent).toContain('Dr <b>Bold</b> & Co');
    expect(cover.textContent).toContain('9 March 2027');
    expect(cover.textContent).toContain('Library, Room 4');
    expect(cover.textContent).toContain(`Last reviewed 2 December 2026. Next review by 1 June 2027.`);
    // Who made it and who paid, with everyone's interests, the presenter's from the seminar details.
    const credits = cover.querySelector('.credits')!.textContent!;
    for (const person of [...library.talk.credits.writtenBy, ...library.talk.credits.clinicalReviewers, ...library.talk.credits.patientReviewers]) {
      expect(credits).toContain(person.name);
    }
    expect(credits).toContain('Has been paid to speak by a drug company');
    expect(credits).toContain(library.talk.credits.fundedBy);
    expect(credits).toContain('This seminar has no sponsor.');
    expect(cover.textContent).toContain(library.talk.disclaimer);
    expect(cover.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(GOOD.url);
    expect(template.dataset.documentTitle).toBe(`${library.talk.title}: handout, Riverside MS Group, 9 March 2027`);
  });
});
