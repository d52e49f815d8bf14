import { QUESTION_LENGTH, type Question, type QuestionStatus } from '../room/messages.ts';
import { sortQuestions } from '../room/room-state.ts';
import { Panel, button, closeFromOutside, element } from './panel.ts';
import { addToolButton, panelHead } from './tool-bar.ts';

/**
 * The room's questions, as a list: for a follower, each with its votes and a "Me too" button;
 * for the presenter (the speaker view and the remote), each with buttons to mark it answered
 * and to hide it. Most votes first among the open ones, then the answered, then the hidden.
 * A question is put on the page as text, never as HTML.
 */
export class QuestionList {
  readonly list: HTMLOListElement;
  private readonly questions = new Map<string, Question>();
  private readonly voted = new Set<string>();

  constructor(
    private readonly kind: 'follower' | 'presenter',
    private readonly act: { vote?(id: string): void; moderate?(id: string, status: QuestionStatus): void },
    private readonly empty = 'No questions yet.',
  ) {
    this.list = element('ol', { className: `question-list question-list-${kind}` });
    this.list.addEventListener('click', (event) => {
      const pressed = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const id = pressed?.closest<HTMLElement>('li[data-question]')?.dataset.question;
      if (!pressed || !id || pressed.disabled) return;
      const action = pressed.dataset.action!;
      if (action === 'vote') {
        this.voted.add(id);
        this.act.vote?.(id);
        this.render();
      } else this.act.moderate?.(id, action as QuestionStatus);
    });
    this.render();
  }

  /** The room's questions, anew (on joining or rejoining). */
  reset(questions: readonly Question[]): void {
    this.questions.clear();
    for (const question of questions) this.questions.set(question.id, question);
    this.render();
  }

  upsert(question: Question): void {
    this.questions.set(question.id, question);
    this.render();
  }

  remove(id: string): void {
    this.questions.delete(id);
    this.render();
  }

  all(): Question[] {
    return sortQuestions([...this.questions.values()]);
  }

  /** A question this reader asked: their vote is in it already. */
  markVoted(id: string): void {
    this.voted.add(id);
    this.render();
  }

  /** The questions still waiting for an answer. */
  openCount(): number {
    return this.all().filter((question) => question.status === 'open').length;
  }

  /** Draws the list again; a button that had the focus keeps it. */
  render(): void {
    const doc = this.list.ownerDocument;
    // The list may be in another window's page (the speaker view), so no instanceof here.
    const active = doc.activeElement as HTMLElement | null;
    const focused = active && this.list.contains(active) ? active : undefined;
    const focusKey = focused && `${focused.closest<HTMLElement>('li')?.dataset.question}/${focused.dataset.action}`;
    const questions = this.all();
    if (questions.length === 0) {
      this.list.replaceChildren(element('li', { className: 'question-empty', text: this.empty }));
      return;
    }
    this.list.replaceChildren(...questions.map((question) => this.item(question)));
    if (focusKey) {
      const [id, action] = focusKey.split('/');
      this.list.querySelector<HTMLElement>(`li[data-question="${CSS.escape(id!)}"] button[data-action="${CSS.escape(action!)}"]`)?.focus();
    }
  }

  private item(question: Question): HTMLLIElement {
    const votes = element('span', { className: 'question-votes', text: question.votes === 1 ? '1 person asks' : `${question.votes} people ask` });
    const status =
      question.status === 'answered' ? element('span', { className: 'question-status', text: 'Answered' })
      : question.status === 'hidden' ? element('span', { className: 'question-status', text: 'Hidden' })
      : undefined;
    const meta = element('p', { className: 'question-meta' }, votes, ...(status ? [status] : []));
    const text = element('p', { className: 'question-text', text: question.text });
    const actions = element('div', { className: 'question-actions' }, ...this.buttons(question));
    return element('li', { className: `question question-${question.status}`, attrs: { 'data-question': question.id } }, text, meta, actions);
  }

  private buttons(question: Question): HTMLButtonElement[] {
    if (this.kind === 'follower') {
      if (question.status !== 'open') return [];
      const mine = this.voted.has(question.id);
      return [
        button(mine ? 'Voted' : 'Me too', {
          className: 'question-vote',
          attrs: { 'data-action': 'vote', 'aria-label': mine ? 'Voted: you want to know this too' : 'Me too: I want to know this too', disabled: mine },
        }),
      ];
    }
    return [
      question.status === 'answered' ?
        button('Not answered', { attrs: { 'data-action': 'open', 'aria-label': 'Not answered: put it back with the open questions' } })
      : button('Answered', { attrs: { 'data-action': 'answered', 'aria-label': 'Answered: mark this question answered' } }),
      question.status === 'hidden' ?
        button('Show', { attrs: { 'data-action': 'open', 'aria-label': 'Show: let the audience see it again' } })
      : button('Hide', { attrs: { 'data-action': 'hidden', 'aria-label': 'Hide: take it off the audience\'s list' } }),
    ];
  }
}

/** What the page says after a question is sent, by the server's answer. */
export const ASK_RESULT: Record<string, string> = {
  ok: 'Sent. Thank you. Your question is in the list.',
  wait: 'Please wait a minute before you send another question.',
  full: 'The list of questions is full. You can vote for a question that is there.',
  empty: 'Write your question in the box first.',
  repeat: 'That question is in the list already. You can vote for it.',
  offline: 'Not sent: there is no connection to the room just now. Try again in a moment.',
};

/**
 * A follower's questions: the Questions button (in the tool bar, or where the page puts it)
 * opens a card with a box to write a question in (no name asked) and the room's questions to
 * vote for. Escape, Close or a tap outside it closes it.
 */
export class QuestionsPanel extends Panel {
  readonly panel = element('section', { id: 'room-questions', className: 'questions-panel', attrs: { 'aria-labelledby': 'room-questions-title', 'data-own-keys': true } });
  readonly button: HTMLButtonElement;
  readonly questions: QuestionList;
  private readonly box = element('textarea', {
    id: 'question-text',
    className: 'question-box',
    attrs: { maxlength: QUESTION_LENGTH, rows: 3, 'aria-describedby': 'question-hint question-left' },
  });
  private readonly left = element('p', { id: 'question-left', className: 'question-left', attrs: { 'aria-live': 'polite' } });
  private readonly result = element('p', { className: 'question-result', attrs: { role: 'status' } });

  constructor(act: { ask(text: string): Promise<{ result: string; id?: string }>; vote(id: string): void }, buttonIn?: HTMLElement) {
    super();
    if (buttonIn) {
      this.button = button('', { id: 'questions-button' });
      this.button.append('Questions');
      buttonIn.append(this.button);
    } else this.button = addToolButton({ id: 'questions-button', label: 'Questions' });
    this.questions = new QuestionList('follower', act, 'No questions yet. Yours can be the first.');
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', this.panel.id);
    const head = panelHead('room-questions', 'Questions', { name: 'close', text: 'Close' });
    const send = button('Send', { className: 'question-send', attrs: { type: 'submit' } });
    const form = element(
      'form',
      { className: 'question-form' },
      element('label', { text: 'Your question for the speaker', attrs: { for: this.box.id } }),
      element('p', { id: 'question-hint', className: 'question-hint', text: `Up to ${QUESTION_LENGTH} letters. No name is asked.` }),
      this.box,
      element('div', { className: 'question-send-row' }, this.left, send),
      this.result,
    );
    this.panel.append(head, form, element('h3', { className: 'question-list-title', text: 'Asked so far' }), this.questions.list);
    document.body.append(this.panel);
    this.showLeft();

    this.box.addEventListener('input', () => this.showLeft());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.box.value;
      send.disabled = true;
      void act.ask(text).then(({ result, id }) => {
        send.disabled = false;
        this.result.textContent = ASK_RESULT[result] ?? ASK_RESULT.offline!;
        if (id) this.questions.markVoted(id);
        if (result === 'ok') {
          this.box.value = '';
          this.showLeft();
        }
      });
    });
    this.button.addEventListener('click', () => this.toggle());
    head.querySelector('.room-questions-close')!.addEventListener('click', () => this.deactivate());
    closeFromOutside(this, this.panel, this.button);
  }

  private showLeft(): void {
    const left = QUESTION_LENGTH - this.box.value.length;
    this.left.textContent = `${left} letters left`;
  }

  /** The button says how many questions are open. */
  counted(): void {
    const open = this.questions.openCount();
    this.button.firstChild!.textContent = open > 0 ? `Questions (${open})` : 'Questions';
  }

  isActive(): boolean {
    return !this.panel.hidden;
  }

  activate(): void {
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.box.focus();
  }

  /** Closes it; focus goes back to its button, unless a tap elsewhere took it away. */
  deactivate({ refocus = true }: { refocus?: boolean } = {}): void {
    if (!this.isActive()) return;
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (refocus) this.button.focus();
  }
}
