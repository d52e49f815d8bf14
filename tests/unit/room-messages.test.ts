import { describe, expect, it } from 'vitest';
import { FROM_PAGES, FROM_SERVER, Hello, MESSAGE_BYTES, PRESENTER_ONLY, QUESTION_LENGTH, readPageMessage, readServerMessage } from '../../src/room/messages.ts';

const live = { slide: 'procedure', step: 2, paused: false, track: 'full' };

describe('the room\'s messages', () => {
  it('reads each kind a page may send', () => {
    expect(readPageMessage('ask', [{ text: 'Is it safe?' }])).toMatchObject({ message: { event: 'ask', payload: { text: 'Is it safe?' } } });
    expect(readPageMessage('vote', [{ id: 'aB3_x-9' }])).toMatchObject({ message: { event: 'vote' } });
    expect(readPageMessage('show', [live])).toMatchObject({ message: { event: 'show', payload: live } });
    expect(readPageMessage('moderate', [{ id: 'q1', status: 'hidden' }])).toMatchObject({ message: { event: 'moderate' } });
    expect(readPageMessage('drive', [{ action: 'blackout' }])).toMatchObject({ message: { event: 'drive' } });
    expect(readPageMessage('restore', [{ live, questions: [{ id: 'q1', text: 'Why?', votes: 3, status: 'open', order: 0 }], clock: { elapsedMs: 1000, from: 'title' } }])).toMatchObject({ message: { event: 'restore' } });
    const answer = (): void => {};
    expect(readPageMessage('ask', [{ text: 'With an answer' }, answer])).toMatchObject({ answer });
  });

  it('drops unknown events, and says why', () => {
    expect(readPageMessage('delete-everything', [{}])).toEqual({ rejected: 'unknown' });
    expect(readPageMessage('__proto__', [{}])).toEqual({ rejected: 'unknown' });
    expect(readPageMessage('toString', [{}])).toEqual({ rejected: 'unknown' });
    expect(readPageMessage(42, [{}])).toEqual({ rejected: 'unknown' });
  });

  it('drops payloads of the wrong shape: extra fields, wrong types, steps and ids out of range', () => {
    for (const [event, payload] of [
      ['ask', 'a string'],
      ['ask', { text: 'hi', name: 'Sam' }],
      ['vote', { id: '<script>' }],
      ['vote', { id: '' }],
      ['show', { ...live, step: 1.5 }],
      ['show', { ...live, step: -2 }],
      ['show', { ...live, slide: '../etc' }],
      ['show', { ...live, track: 'long' }],
      ['moderate', { id: 'q1', status: 'deleted' }],
      ['drive', { action: 'reload' }],
      ['drive', null],
    ] as const) {
      expect(readPageMessage(event, [payload]), `${event} ${JSON.stringify(payload)}`).toEqual({ rejected: 'malformed' });
    }
    expect(readPageMessage('ask', [{ text: 'hi' }, 'not a function'])).toEqual({ rejected: 'malformed' });
    expect(readPageMessage('ask', [{ text: 'hi' }, () => {}, 'more'])).toEqual({ rejected: 'malformed' });
  });

  it('drops anything longer than MESSAGE_BYTES before reading it', () => {
    expect(readPageMessage('ask', [{ text: 'x'.repeat(MESSAGE_BYTES) }])).toEqual({ rejected: 'oversized' });
    expect(readPageMessage('ask', [{ text: 'x'.repeat(QUESTION_LENGTH * 2 + 1) }])).toEqual({ rejected: 'malformed' });
  });

  it('keeps driving and moderating for the secret\'s holders', () => {
    expect([...PRESENTER_ONLY].sort()).toEqual(['drive', 'moderate', 'restore', 'show']);
    expect(Object.keys(FROM_PAGES).filter((event) => !PRESENTER_ONLY.has(event as keyof typeof FROM_PAGES)).sort()).toEqual(['ask', 'vote']);
  });

  it('reads a page\'s introduction: a secret of bounded length, a known client, a voter\'s name', () => {
    expect(Hello.safeParse({ key: 'abc', client: 'deck' }).success).toBe(true);
    expect(Hello.safeParse({}).success).toBe(true);
    expect(Hello.safeParse({ key: 'x'.repeat(65) }).success).toBe(false);
    expect(Hello.safeParse({ client: 'admin' }).success).toBe(false);
    expect(Hello.safeParse({ voter: 'short' }).success).toBe(false);
    expect(Hello.safeParse({ voter: 'a'.repeat(16), role: 'presenter' }).success).toBe(false);
  });

  it('reads what the server sends, and nothing else', () => {
    expect(readServerMessage('live', { live, seq: 3, clock: null })).toEqual({ live, seq: 3, clock: null });
    expect(readServerMessage('live', { live, seq: -1, clock: null })).toBeUndefined();
    expect(readServerMessage('question', { id: 'q1', text: '', votes: 1, status: 'open', order: 0 })).toBeUndefined();
    expect(readServerMessage('question', { id: 'q1', text: 'x'.repeat(QUESTION_LENGTH + 1), votes: 1, status: 'open', order: 0 })).toBeUndefined();
    expect(readServerMessage('unlisted', { id: 'q1' })).toEqual({ id: 'q1' });
    expect(Object.keys(FROM_SERVER).sort()).toEqual(['drive', 'live', 'question', 'unlisted', 'welcome']);
  });
});
