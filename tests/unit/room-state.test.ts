import { describe, expect, it } from 'vitest';
import type { Live } from '../../src/room/messages.ts';
import * as room from '../../src/room/room-state.ts';

const at = (slide: string, step = -1, paused = false): Live => ({ slide, step, paused, track: 'full' });
const asked = (state: room.RoomState, text: string, voter = 'v1', id = `q${state.asked}`): room.RoomState => {
  const outcome = room.ask(state, text, voter, id, 10);
  if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`);
  return outcome.state;
};

describe('the room\'s state', () => {
  it('counts each change of the presenter\'s place, and starts the clock on the first move on', () => {
    let state = room.emptyRoom();
    ({ state } = room.show(state, at('title'), 1000));
    expect(state).toMatchObject({ live: at('title'), seq: 1, started: null });
    expect(room.show(state, at('title'), 1500)).toEqual({ state, changed: false });
    ({ state } = room.show(state, at('title', -1, true), 2000));
    expect(state).toMatchObject({ seq: 2, started: null });
    ({ state } = room.show(state, at('about'), 5000));
    expect(state).toMatchObject({ seq: 3, started: { at: 5000, from: 'title' } });
    ({ state } = room.show(state, at('about', 0), 9000));
    expect(room.clock(state, 65_000)).toEqual({ elapsedMs: 60_000, from: 'title' });
    expect(room.clock(room.emptyRoom(), 65_000)).toBeNull();
  });

  it('never changes the state it is given', () => {
    const state = Object.freeze(room.emptyRoom());
    room.show(state, at('title'), 0);
    room.ask(state, 'Why?', 'v', 'q', 10);
    expect(state).toEqual(room.emptyRoom());
  });

  it('takes a question as one line of text, counting the asker\'s vote', () => {
    const outcome = room.ask(room.emptyRoom(), '  Will I\n\nlose   my hair?\u0007\u202e ', 'v1', 'q1', 10);
    expect('question' in outcome && outcome.question).toEqual({ id: 'q1', text: 'Will I lose my hair?', votes: 1, status: 'open', order: 0, voters: ['v1'] });
  });

  it('refuses an empty question, a repeat of one in the list, and any past the cap', () => {
    let state = asked(room.emptyRoom(), 'Is it safe?');
    expect(room.ask(state, ' \n ', 'v', 'x', 10)).toMatchObject({ refused: 'empty' });
    expect(room.ask(state, 'IS IT SAFE?', 'v', 'x', 10)).toMatchObject({ refused: 'repeat' });
    state = asked(state, 'How long?');
    expect(room.ask(state, 'Who pays?', 'v', 'x', 2)).toMatchObject({ refused: 'full' });
  });

  it('counts one vote a voter, none for a hidden or unknown question', () => {
    let state = asked(room.emptyRoom(), 'Is it safe?', 'asker', 'q1');
    expect(room.vote(state, 'q1', 'asker')).toMatchObject({ refused: 'repeat' });
    const voted = room.vote(state, 'q1', 'other');
    expect('question' in voted && voted.question.votes).toBe(2);
    state = voted.state;
    expect(room.vote(state, 'q1', 'other')).toMatchObject({ refused: 'repeat' });
    expect(room.vote(state, 'nope', 'third')).toMatchObject({ refused: 'unknown' });
    state = room.moderate(state, 'q1', 'hidden').state;
    expect(room.vote(state, 'q1', 'third')).toMatchObject({ refused: 'unknown' });
  });

  it('sorts the open questions by votes, then the answered, then the hidden; ties in the order asked', () => {
    let state = room.emptyRoom();
    for (const text of ['first', 'second', 'third', 'fourth']) state = asked(state, text, 'a', text);
    state = room.vote(state, 'third', 'b').state;
    state = room.moderate(state, 'first', 'answered').state;
    state = room.moderate(state, 'second', 'hidden').state;
    expect(room.allQuestions(state).map((q) => q.text)).toEqual(['third', 'fourth', 'first', 'second']);
    expect(room.visibleQuestions(state).map((q) => q.text)).toEqual(['third', 'fourth', 'first']);
    expect(room.visibleQuestions(state)[0]).not.toHaveProperty('voters');
  });

  it("takes back the room a presenter's deck remembers after a restart, keeping what the new room has", () => {
    let fresh = asked(room.emptyRoom(), 'Asked since the restart', 'v', 'new1');
    const snapshot = {
      live: at('risks', 1),
      questions: [
        { id: 'old1', text: 'Is it safe?', votes: 4, status: 'answered' as const, order: 0 },
        { id: 'new1', text: 'Same id as a new one', votes: 1, status: 'open' as const, order: 1 },
        { id: 'old2', text: 'asked since the restart', votes: 2, status: 'open' as const, order: 2 },
      ],
      clock: { elapsedMs: 600_000, from: 'title' },
    };
    fresh = room.restore(fresh, snapshot, 1_000_000, 10);
    expect(fresh.live).toEqual(at('risks', 1));
    expect(fresh.seq).toBe(1);
    expect(fresh.started).toEqual({ at: 400_000, from: 'title' });
    expect(fresh.questions.map((q) => [q.id, q.votes, q.status])).toEqual([['old1', 4, 'answered'], ['new1', 1, 'open']]);
    // A room that has moved since keeps its own place.
    const moved = room.show(room.emptyRoom(), at('title'), 0).state;
    expect(room.restore(moved, snapshot, 0, 10).live).toEqual(at('title'));
    // Within the cap.
    expect(room.restore(room.emptyRoom(), snapshot, 0, 1).questions).toHaveLength(1);
  });
});
