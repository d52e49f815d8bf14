import type { Question } from '../../room/messages.ts';
import { sortQuestions } from '../../room/room-state.ts';

const two = (n: number): string => String(n).padStart(2, '0');

/** The file's name for a room that ended at `when`: room-questions-2027-02-13-1530.txt. */
export function questionsFileName(when: Date): string {
  return `room-questions-${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}-${two(when.getHours())}${two(when.getMinutes())}.txt`;
}

/**
 * The room's questions as the presenter keeps them for follow-up: plain text, the open ones
 * first with the most votes first, then the answered, then the hidden. Nothing about who asked.
 */
export function questionsFileText(questions: readonly Question[], talkTitle: string, when: Date): string {
  const sorted = sortQuestions(questions);
  const part = (status: Question['status'], heading: string): string[] => {
    const these = sorted.filter((question) => question.status === status);
    if (these.length === 0) return [];
    return ['', heading, ...these.map((question, i) => `${i + 1}. ${question.text} (${question.votes === 1 ? '1 person' : `${question.votes} people`})`)];
  };
  return [
    `Questions from the room: ${talkTitle}`,
    `Written ${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} at ${two(when.getHours())}:${two(when.getMinutes())}.`,
    ...part('open', 'Not answered yet'),
    ...part('answered', 'Answered'),
    ...part('hidden', 'Hidden from the audience'),
    '',
  ].join('\n');
}
