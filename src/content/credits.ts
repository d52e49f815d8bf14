import type { Contributor, Credits, Seminar } from './model.ts';

/** "None", "none.", "None declared": nothing to declare. */
export const declaresNone = (interests: string): boolean => /^\s*none\b/i.test(interests);

/** "a, b and c" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** Text as a sentence that ends in a full stop. */
export function asSentence(text: string): string {
  return `${trimStop(text)}.`;
}

function trimStop(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

const withRole = (person: Contributor): string => `${person.name} (${person.role})`;

/**
 * Who wrote and who checked the talk, and who paid, in two sentences for the title and closing
 * slides. The clinicians are named; patient reviewers are counted.
 */
export function creditsInBrief(credits: Credits): string {
  const names = (people: Contributor[]): string => listInWords(people.map((person) => person.name));
  const patients = credits.patientReviewers.length;
  const checkers = [names(credits.clinicalReviewers), `${inWords(patients)} patient ${patients === 1 ? 'reviewer' : 'reviewers'}`];
  return `Written by ${names(credits.writtenBy)}; checked by ${listInWords(checkers)}. ${asSentence(credits.fundedBy)}`;
}

/**
 * The credits person by person, with everyone's interests: for the credits slide and the handout
 * cover (which names the presenter among the seminar's details already).
 */
export function creditRows(
  credits: Credits,
  seminar: Pick<Seminar, 'presenter' | 'interests' | 'sponsor'>,
  { presenterRow = true }: { presenterRow?: boolean } = {},
): [string, string][] {
  const presenter: Contributor = { name: seminar.presenter, role: 'presenter', interests: seminar.interests };
  const everyone = [...credits.writtenBy, ...credits.clinicalReviewers, ...credits.patientReviewers, presenter];
  const declared = everyone.filter((person) => !declaresNone(person.interests));
  const interests =
    declared.length === 0
      ? 'None: no one who wrote, checked or presents this talk has any to declare.'
      : declared.map((person) => `${person.name}: ${asSentence(person.interests)}`).join(' ') +
        (declared.length < everyone.length ? ' No one else has any to declare.' : '');
  return [
    ['Written by', listInWords(credits.writtenBy.map(withRole))],
    ['Checked by', listInWords(credits.clinicalReviewers.map(withRole))],
    ['Read by', listInWords(credits.patientReviewers.map(withRole))],
    ...(presenterRow ? [['Presented by', seminar.presenter] as [string, string]] : []),
    ['Interests', interests],
    ['Funding', `${asSentence(credits.fundedBy)} ${sponsorSentence(seminar.sponsor)}`],
  ];
}

/** This seminar's sponsor as a sentence. */
export function sponsorSentence(sponsor: string): string {
  return declaresNone(sponsor) ? `This seminar has no sponsor${afterNone(sponsor)}.` : `This seminar is sponsored by ${trimStop(sponsor)}.`;
}

/** What follows "None" in a value such as "None: the council lends the room", kept as a clause. */
function afterNone(value: string): string {
  const rest = trimStop(value.replace(/^\s*none\b[\s:;,.-]*/i, ''));
  return rest ? `; ${rest}` : '';
}
