import type { Page, Request } from 'playwright-core';
import { library } from '../../slides/index.ts';
import type { KnowledgeWorksheet, LeaningWorksheet, ValuesWorksheet, Worksheet } from '../../src/content/model.ts';
import { plainText } from '../../src/content/inline.ts';
import { answerName, questionKey } from '../../src/content/worksheet-content.ts';
import { ANSWERS_STORAGE_KEY, ANSWERS_VERSION, type Answers } from '../../src/worksheets/answers-store.ts';
import { settle } from './browser.ts';
import { scrollToSection } from './reader.ts';

/**
 * The worksheets (Weigh it up) as a test fills them in: one reader's answers, the words each
 * shows, and checks that return what they found wrong (empty when all is well), as layout.ts
 * and reader.ts do.
 */

export const sheetSlides = library.talk.slides.filter((slide) => slide.blocks.some((block) => block.kind === 'worksheet'));
export const sheetIds = sheetSlides.map((slide) => slide.id);
const worksheet = <T extends Worksheet['type']>(type: T): Extract<Worksheet, { type: T }> =>
  sheetSlides.flatMap((slide) => slide.blocks).flatMap((block) => (block.kind === 'worksheet' && block.worksheet.type === type ? [block.worksheet] : []))[0] as Extract<Worksheet, { type: T }>;
export const values = worksheet('values') as ValuesWorksheet;
export const knowledge = worksheet('knowledge') as KnowledgeWorksheet;
export const leaning = worksheet('leaning') as LeaningWorksheet;
const asked = library.talk.slides.filter((s) => s.id.startsWith('questions')).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'questions' ? b.items : [])));

/** Words of the reader's own, easy to find wherever they might leak: the address, a request, a PDF. */
export const OWN_WORDS = 'Can I keep driving after aHSCT? Note 7319';

/** One control to set: a radio group's choice (by its place in the group), a box to tick, or words to write. */
export type Step = { name: string; choose: number } | { name: string; tick: string } | { name: string; write: string };

/** One reader's answers, worksheet by worksheet, in the order the page has them. */
export const PLAN: Step[] = [
  ...values.statements.map((s, i) => ({ name: answerName.value(s.id), choose: [3, 2, 4, 1, 0, 3][i] ?? 2 })),
  // Two as the talk says, one otherwise, one "not sure", one as the talk says.
  ...knowledge.questions.map((q, i) => ({ name: answerName.knowledge(q.id), choose: [q.choices.findIndex((c) => c.id === q.answer), 0, 1, 1, q.choices.length - 1][i] ?? 0 })),
  { name: answerName.leaning, choose: 1 },
  ...leaning.sure.map((s, i) => ({ name: answerName.sure(s.id), choose: [1, 0, 0, 1][i] ?? 0 })),
  { name: answerName.questions, tick: questionKey(asked[0]!) },
  { name: answerName.questions, tick: questionKey(asked[1]!) },
  { name: answerName.questions, tick: questionKey(asked[11]!) },
  { name: answerName.own, write: OWN_WORDS },
];

/** The answers PLAN gives, as the store keeps them. */
export function plannedAnswers(): Answers {
  const answers: Answers = {};
  const choices = (name: string): string[] => {
    const statement = values.statements.find((s) => answerName.value(s.id) === name);
    if (statement) return values.scale.map((_, i) => String(i + 1));
    const question = knowledge.questions.find((q) => answerName.knowledge(q.id) === name);
    if (question) return question.choices.map((c) => c.id);
    if (name === answerName.leaning) return leaning.options.map((o) => o.id);
    return ['yes', 'no'];
  };
  for (const step of PLAN) {
    if ('choose' in step) answers[step.name] = choices(step.name)[step.choose]!;
    else if ('tick' in step) answers[step.name] = [...((answers[step.name] as string[] | undefined) ?? []), step.tick];
    else answers[step.name] = step.write;
  }
  return answers;
}

/** The lines the summary must say for PLAN, in the words a reader sees. */
export function plannedSummaryLines(): string[] {
  const answers = plannedAnswers();
  const lines = values.statements.map((s) => `${plainText(s.text)}: ${plainText(values.scale[Number(answers[answerName.value(s.id)]) - 1]!)}`);
  const lean = leaning.options.find((o) => o.id === answers[answerName.leaning])!;
  lines.push(`Leaning: ${plainText(lean.text)}`);
  lines.push(`Am I SURE? ${leaning.sure.map((item) => `${plainText(item.name)}: ${answers[answerName.sure(item.id)] === 'yes' ? 'Yes' : 'No'}`).join('; ')}.`);
  if (leaning.sure.some((item) => answers[answerName.sure(item.id)] === 'no')) lines.push(plainText(leaning.ifNo));
  lines.push(plainText(asked[0]!), plainText(asked[1]!), plainText(asked[11]!), OWN_WORDS);
  // The questions answered otherwise than the talk, each with what the talk said.
  for (const q of knowledge.questions) {
    if (answers[answerName.knowledge(q.id)] !== q.answer) lines.push(`${plainText(q.question)} The talk said: ${plainText(q.choices.find((c) => c.id === q.answer)!.text)}.`);
  }
  return lines;
}

/** Puts a reader's answers on the device before the page loads, as an earlier visit would have. */
export async function plantAnswers(page: Page, answers: Answers = plannedAnswers()): Promise<void> {
  await page.addInitScript(
    ([key, record]) => {
      if (!sessionStorage.getItem('planted')) {
        localStorage.setItem(key, record);
        sessionStorage.setItem('planted', 'yes');
      }
    },
    [ANSWERS_STORAGE_KEY, JSON.stringify({ version: ANSWERS_VERSION, answers })] as const,
  );
}

/** The record kept on the device, parsed; null when there is none. */
export function storedRecord(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ANSWERS_STORAGE_KEY);
}

/** Waits until the worksheets' code has started (the reader view loads it once a worksheet is near). */
export async function worksheetsReady(page: Page, id = sheetIds[0]!): Promise<void> {
  if (await page.evaluate(() => document.documentElement.classList.contains('reader-view'))) await scrollToSection(page, id);
  await page.waitForFunction(() => document.documentElement.classList.contains('worksheets-ready'));
  await settle(page);
}

/** Presses Tab until the focus is on a control named `name` (and of `value`, for a box to tick); fails after `most` presses. */
export async function tabTo(page: Page, name: string, value?: string, most = 40): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { name: el?.getAttribute('name') ?? '', value: el?.value ?? '' };
    });
    if (at.name === name && (value === undefined || at.value === value)) return;
  }
  throw new Error(`Tab never reached the control "${name}"${value ? ` (${value})` : ''} in ${most} presses`);
}

/** Fills in PLAN by keyboard alone, from wherever the focus is before the first worksheet's controls. */
export async function fillByKeyboard(page: Page, plan: Step[] = PLAN): Promise<void> {
  for (const step of plan) {
    if ('choose' in step) {
      await tabTo(page, step.name);
      // Tab comes into a group with nothing chosen at its first choice: Space chooses it, each arrow the next.
      await page.keyboard.press('Space');
      for (let i = 0; i < step.choose; i++) await page.keyboard.press('ArrowRight');
    } else if ('tick' in step) {
      await tabTo(page, step.name, step.tick);
      await page.keyboard.press('Space');
    } else {
      await tabTo(page, step.name);
      await page.keyboard.type(step.write);
    }
  }
}

/** Fills in PLAN by touch: a tap on each choice's words, and words typed into the text box it taps. */
export async function fillByTouch(page: Page, plan: Step[] = PLAN): Promise<void> {
  for (const step of plan) {
    if ('choose' in step) {
      const label = page.locator(`label.choice:has(input[name="${step.name}"])`).nth(step.choose);
      await label.scrollIntoViewIfNeeded();
      await label.tap();
    } else if ('tick' in step) {
      const label = page.locator(`label.choice:has(input[name="${step.name}"][value="${step.tick}"])`);
      await label.scrollIntoViewIfNeeded();
      await label.tap();
    } else {
      const box = page.locator(`textarea[name="${step.name}"]`);
      await box.scrollIntoViewIfNeeded();
      await box.tap();
      await page.keyboard.type(step.write);
    }
  }
}

/** How the forms differ from `answers`: every control checked, ticked or written, against what should be. */
export function formsDiffer(page: Page, answers: Answers): Promise<string[]> {
  return page.evaluate((wanted) => {
    const found: string[] = [];
    for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.worksheet-form input[name], .worksheet-form textarea[name]')) {
      const want = wanted[control.name];
      if (control instanceof HTMLTextAreaElement) {
        if (control.value !== (typeof want === 'string' ? want : '')) found.push(`${control.name} says "${control.value}"`);
      } else {
        const should = Array.isArray(want) ? want.includes(control.value) : want === control.value;
        if (control.checked !== should) found.push(`${control.name}=${control.value} is ${control.checked ? '' : 'not '}chosen`);
      }
    }
    return found;
  }, answers);
}

/** Knowledge questions whose explanation shows without an answer, or stays hidden with one. */
export function explanationsAmiss(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('fieldset.quiz')].flatMap((group) => {
      const answered = group.querySelector('input:checked') !== null;
      const words = group.querySelector('.explanation-words');
      const shows = !!words && words.getClientRects().length > 0;
      return answered === shows ? [] : [`"${group.querySelector('legend')?.textContent}": ${answered ? 'answered, no explanation shows' : 'explanation shows before an answer'}`];
    }),
  );
}

/**
 * Targets smaller than a finger needs (44 x 44 CSS px): the worksheets' choices, buttons, links
 * of their own and text box, in `scope`. A link inside a sentence is the sentence's size (WCAG 2.5.8 leaves it out).
 */
export function smallTargets(page: Page, scope = '.worksheet'): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} label.choice, ${sel} button, ${sel} a.worksheet-link, ${sel} textarea`)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 43.5 || r.width < 43.5) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return found;
  }, scope);
}

/** Controls that carry an answer (a choice made, a box ticked, words written) in `scope`: none on a blank worksheet. */
export function filledControls(page: Page, scope = '.worksheet'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`${sel} input, ${sel} textarea`)]
        .filter((control) => (control instanceof HTMLTextAreaElement ? control.value !== '' : control.checked))
        .map((control) => `${control.name}=${control instanceof HTMLTextAreaElement ? control.value : control.value}`),
    scope,
  );
}

/** A request as recorded: its address and what it sent. */
export interface SentRequest {
  url: string;
  body: string;
}

export function recordRequests(page: Page): SentRequest[] {
  const sent: SentRequest[] = [];
  page.context().on('request', (request: Request) => sent.push({ url: request.url(), body: request.postData() ?? '' }));
  return sent;
}

/** Requests (or the page's address) that carry any of `secrets`: the reader's own words or answers. */
export function answersSent(requests: SentRequest[], address: string, secrets: string[]): string[] {
  const leaks: string[] = [];
  const forms = (text: string): string[] => [text, encodeURIComponent(text), encodeURIComponent(text).replace(/%20/g, '+')];
  for (const secret of secrets) {
    for (const { url, body } of requests) if (forms(secret).some((form) => url.includes(form) || body.includes(form))) leaks.push(`a request to ${url} carries "${secret}"`);
    if (forms(secret).some((form) => address.includes(form))) leaks.push(`the address ${address} carries "${secret}"`);
  }
  return leaks;
}

/** Lines missing from a printed summary's text, compared by their words alone. */
export function linesMissing(text: string, lines: string[]): string[] {
  const squash = (s: string): string => s.replace(/[\s\u00ad]+/g, '').replace(/[‘’]/g, "'");
  const printed = squash(text);
  return lines.filter((line) => !printed.includes(squash(line)));
}

/**
 * Installs, before the page's own scripts, a record of every key the page reads from local
 * storage, at `window.__storageReads`.
 */
export async function recordStorageReads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const reads: string[] = [];
    (window as unknown as { __storageReads: string[] }).__storageReads = reads;
    const read = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      reads.push(key);
      return read.call(this, key);
    };
  });
}

export function storageReads(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __storageReads?: string[] }).__storageReads ?? []);
}

/** Keys of this page's local and session storage whose value holds any of `secrets`. */
export function storageHolding(page: Page, secrets: string[]): Promise<string[]> {
  return page.evaluate(
    (words) =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((key) => words.some((word) => (storage.getItem(key) ?? '').includes(word))),
      ),
    secrets,
  );
}
