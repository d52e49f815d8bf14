import type { Navigator } from '../views/place.ts';
import { listeningPlan, type PlanEntry } from './plan.ts';
import { markSentences, sentencesOf } from './sentences.ts';
import type { ListenSettings } from './listen-settings.ts';
import type { SpeechEvents } from './speech.ts';

/**
 * Listening: reads a slide's narration aloud a sentence at a time, with its figure's steps (see
 * plan.ts), the sentence being read highlighted and kept in view; pause and play, back and on a
 * sentence, the speed, and going on to the next slide at the end of one. It drives the talk
 * through a view (the slides or the reader view) and says each sentence through `say`.
 */

/** What listening needs of a view of the talk. */
export interface ListenView {
  readonly navigator: Navigator;
  /** Where a slide's narration is shown now: an element whose `p` children are its paragraphs. */
  narration(slide: HTMLElement): Element | null;
  /** Shows a step of the slide's figure (-1: none of them). */
  showStep(slide: HTMLElement, step: number): void;
  /**
   * Where the words of the figure's step shown now can be seen (after showStep), given the
   * step's item in the figure's list of steps, with any part of it that is not the step's
   * words (a heading such as "Step 1 of 3.").
   */
  stepWords(slide: HTMLElement, item: HTMLElement): { element: Element; exclude?: Element[] };
  /** Brings the sentence being read into view, if it is not. */
  keepInView(parts: HTMLElement[]): void;
  /** Whether the reader can still see the sentence being read (they have only looked around). */
  stillInSight(parts: HTMLElement[]): boolean;
}

/** Says one sentence (speech.ts in the browser). */
export type Say = (text: string, rate: number, events: SpeechEvents) => void;

export interface Voice {
  say: Say;
  cancel(): void;
}

export type ListenState = 'playing' | 'paused' | 'stopped';

interface Item {
  /** What is said. */
  text: string;
  /** The figure's step while it is read; null: the slide has no figure. */
  step: number | null;
  /** The elements that show it, found afresh each time (a view may have redrawn them). */
  parts(): HTMLElement[];
}

export const READING_CLASS = 'is-reading';

/** The slides of the talk, in order (those the talk shows). */
export function talkSlides(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.slides > section:not([data-visibility="hidden"])')];
}

/** A figure's steps as its words list them: items of a list, or rows of a table. */
export function figureStepsOf(slide: Element): HTMLElement[] {
  const figure = slide.querySelector('figure[data-figure]');
  return figure ? [...figure.querySelectorAll<HTMLElement>('.figure-steps > *')] : [];
}

/**
 * A table row as said aloud: its heading, then each cell after its column's heading, so that
 * a row of the comparison makes sense on its own ("Evidence. aHSCT: Trials. …").
 */
export function rowWords(row: HTMLTableRowElement): string {
  const table = row.closest('table');
  const heads = [...(table?.tHead?.rows[0]?.cells ?? [])].map((cell) => wordsOf(cell));
  const cells = [...row.cells];
  const [first, ...rest] = cells;
  const label = first?.tagName === 'TH' ? wordsOf(first) : '';
  const said = (first?.tagName === 'TH' ? rest : cells).map((cell) => {
    const head = heads[cell.cellIndex];
    return head ? `${head}: ${wordsOf(cell)}` : wordsOf(cell);
  });
  return [label, ...said].filter(Boolean).map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}

function wordsOf(element: Element): string {
  return sentencesOf(element)
    .map((sentence) => sentence.spoken)
    .join(' ')
    .replace(/[.]$/, '');
}

export class Listener {
  private slide: HTMLElement | undefined;
  private items: Item[] = [];
  private index = 0;
  private state: ListenState = 'stopped';
  private lit: HTMLElement[] = [];
  private readonly changes: (() => void)[] = [];

  constructor(
    private readonly view: ListenView,
    private readonly voice: Voice,
    private readonly settings: ListenSettings,
    private readonly onSettings: (settings: ListenSettings) => void = () => {},
    private readonly onProblem: (reason: string) => void = () => {},
  ) {
    view.navigator.onMove(() => this.follow());
  }

  /** Calls back after every change the controls show: playing or not, the sentence, the settings. */
  onChange(listener: () => void): void {
    this.changes.push(listener);
  }

  status(): { state: ListenState; slide: string; sentence: number; sentences: number; rate: number; goOn: boolean } {
    return { state: this.state, slide: this.slide?.id ?? '', sentence: this.index, sentences: this.items.length, ...this.settings };
  }

  /** Reads on from the sentence it stopped at, or from the start of the slide the reader is on. */
  play(): void {
    if (!this.slide) this.load(this.placeSlide());
    if (this.index >= this.items.length) this.index = 0;
    this.state = 'playing';
    this.speak();
  }

  /** Reads `slide` from its start (the reader asked for that slide). */
  playFrom(slide: HTMLElement): void {
    this.voice.cancel();
    this.unlight();
    this.load(slide);
    this.state = 'playing';
    this.speak();
  }

  /** Stops the voice; play goes on from the start of the same sentence. */
  pause(): void {
    if (this.state !== 'playing') return;
    this.voice.cancel();
    this.state = 'paused';
    this.changed();
  }

  /** Stops listening altogether: no voice, no highlight. */
  stop(): void {
    this.voice.cancel();
    this.unlight();
    this.state = 'stopped';
    this.slide = undefined;
    this.items = [];
    this.index = 0;
    this.changed();
  }

  /** One sentence back; from a slide's first, the last of the slide before. */
  back(): void {
    if (!this.slide) this.load(this.placeSlide());
    if (this.index > 0) this.index--;
    else {
      const slides = talkSlides();
      const before = slides[slides.indexOf(this.slide!) - 1];
      if (!before) this.index = 0;
      else {
        this.moveTo(before);
        this.index = Math.max(0, this.items.length - 1);
      }
    }
    this.resume();
  }

  /** One sentence on; from a slide's last, the first of the next slide. */
  forward(): void {
    if (!this.slide) this.load(this.placeSlide());
    if (this.index < this.items.length - 1) this.index++;
    else {
      const slides = talkSlides();
      const after = slides[slides.indexOf(this.slide!) + 1];
      if (!after) return;
      this.moveTo(after);
    }
    this.resume();
  }

  setRate(rate: number): void {
    this.settings.rate = rate;
    this.onSettings(this.settings);
    // The new speed is heard at once: the sentence starts again at it.
    if (this.state === 'playing') this.speak();
    else this.changed();
  }

  setGoOn(goOn: boolean): void {
    this.settings.goOn = goOn;
    this.onSettings(this.settings);
    this.changed();
  }

  private placeSlide(): HTMLElement | undefined {
    const { slide } = this.view.navigator.place();
    return talkSlides().find((section) => section.id === slide) ?? talkSlides()[0];
  }

  /** After a move of the sentence: said at once while playing, else shown where play will start. */
  private resume(): void {
    if (this.state === 'playing') this.speak();
    else this.show();
  }

  /** The reader moved to another slide: listening goes with them, unless they only looked around. */
  private follow(): void {
    if (this.state === 'stopped' || !this.slide) return;
    const here = this.placeSlide();
    if (!here || here === this.slide) return;
    if (this.view.stillInSight(this.lit)) return;
    this.load(here);
    if (this.state === 'playing') this.speak();
    else {
      this.unlight();
      this.changed();
    }
  }

  /** Goes to `slide` in the view, and reads it from its start. */
  private moveTo(slide: HTMLElement): void {
    this.load(slide);
    this.view.navigator.go({ slide: slide.id, step: -1 });
  }

  private load(slide: HTMLElement | undefined): void {
    this.slide = slide;
    this.index = 0;
    this.items = slide ? this.itemsOf(slide) : [];
  }

  private itemsOf(slide: HTMLElement): Item[] {
    const view = this.view;
    const paragraphs = (): HTMLElement[] => [...(view.narration(slide)?.querySelectorAll<HTMLElement>(':scope > p') ?? [])];
    const narration = paragraphs().map((p) => sentencesOf(p).map((sentence) => sentence.spoken));
    const steps = figureStepsOf(slide);
    const stepSentences = steps.map((step) => (step instanceof HTMLTableRowElement ? [rowWords(step)] : sentencesOf(step).map((s) => s.spoken)));
    const plan = listeningPlan(
      narration.map((sentences) => sentences.length),
      stepSentences.map((sentences) => sentences.length),
    );
    return plan.map((entry: PlanEntry): Item => {
      if (entry.kind === 'narration') {
        return {
          text: narration[entry.paragraph]![entry.sentence]!,
          step: entry.step,
          parts: () => {
            const p = paragraphs()[entry.paragraph];
            return p ? (markSentences(p)[entry.sentence]?.parts ?? []) : [];
          },
        };
      }
      return {
        text: stepSentences[entry.step]![entry.sentence]!,
        step: entry.step,
        parts: () => {
          const source = figureStepsOf(slide)[entry.step];
          if (!source) return [];
          if (source instanceof HTMLTableRowElement) return [source];
          const words = view.stepWords(slide, source);
          return markSentences(words.element, words.exclude)[entry.sentence]?.parts ?? [];
        },
      };
    });
  }

  /** Shows the current sentence: the figure at its step, the sentence highlighted and in view. */
  private show(): void {
    const item = this.items[this.index];
    if (!this.slide || !item) return;
    if (item.step !== null) this.view.showStep(this.slide, item.step);
    this.light(item.parts());
    this.view.keepInView(this.lit);
    this.changed();
  }

  private speak(): void {
    const item = this.items[this.index];
    if (!item) {
      this.endOfSlide();
      return;
    }
    this.show();
    const at = this.index;
    const slide = this.slide;
    this.voice.say(item.text, this.settings.rate, {
      end: () => {
        if (this.state !== 'playing' || this.slide !== slide || this.index !== at) return;
        this.index++;
        this.speak();
      },
      error: (reason) => {
        this.state = 'paused';
        this.changed();
        this.onProblem(reason);
      },
    });
  }

  private endOfSlide(): void {
    const slides = talkSlides();
    const next = this.slide ? slides[slides.indexOf(this.slide) + 1] : undefined;
    if (this.settings.goOn && next) {
      this.moveTo(next);
      this.speak();
      return;
    }
    // The end of the slide (or of the talk): play starts the slide again.
    this.unlight();
    this.index = 0;
    this.state = 'paused';
    this.changed();
  }

  private light(parts: HTMLElement[]): void {
    this.unlight();
    this.lit = parts;
    for (const part of parts) part.classList.add(READING_CLASS);
  }

  private unlight(): void {
    for (const part of this.lit) part.classList.remove(READING_CLASS);
    this.lit = [];
  }

  private changed(): void {
    for (const listener of this.changes) listener();
  }
}
