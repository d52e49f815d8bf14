import { describe, expect, it } from 'vitest';
import { listeningPlan, type PlanEntry } from '../../src/listen/plan.ts';
import { DEFAULT_LISTEN, nextRate, parseListenSettings, rateLabel, RATES } from '../../src/listen/listen-settings.ts';
import { chooseVoice, type VoiceInfo } from '../../src/listen/speech.ts';

const show = (plan: PlanEntry[]): string[] =>
  plan.map((entry) => (entry.kind === 'narration' ? `n${entry.paragraph}.${entry.sentence}@${entry.step}` : `s${entry.step}.${entry.sentence}`));

describe('the listening plan: which sentence is read with which step of the figure', () => {
  it('reads a slide without a figure as its narration, and leaves the slide as it is', () => {
    expect(show(listeningPlan([2, 1]))).toEqual(['n0.0@null', 'n0.1@null', 'n1.0@null']);
  });

  it('reads the first paragraph with no step shown, then each step with its step, then the rest with the figure complete', () => {
    expect(show(listeningPlan([2, 1, 2], [2, 1, 3]))).toEqual([
      'n0.0@-1',
      'n0.1@-1',
      's0.0',
      's0.1',
      's1.0',
      's2.0',
      's2.1',
      's2.2',
      'n1.0@2',
      'n2.0@2',
      'n2.1@2',
    ]);
  });

  it('reads the steps after a narration of one paragraph, and shows them in order, never back', () => {
    const plan = listeningPlan([3], [1, 1, 1, 1]);
    expect(show(plan)).toEqual(['n0.0@-1', 'n0.1@-1', 'n0.2@-1', 's0.0', 's1.0', 's2.0', 's3.0']);
    const steps = plan.map((entry) => entry.step ?? -1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('reads every sentence once', () => {
    const plan = listeningPlan([2, 3, 1], [2, 2]);
    expect(plan).toHaveLength(2 + 3 + 1 + 2 + 2);
    expect(new Set(show(plan)).size).toBe(plan.length);
  });
});

describe('the listening settings, kept on the device', () => {
  it('reads what was saved, and keeps the default for anything missing, unknown or broken', () => {
    expect(parseListenSettings(JSON.stringify({ rate: 1.25, goOn: false }))).toEqual({ rate: 1.25, goOn: false });
    expect(parseListenSettings(null)).toEqual(DEFAULT_LISTEN);
    expect(parseListenSettings('not json')).toEqual(DEFAULT_LISTEN);
    expect(parseListenSettings(JSON.stringify({ rate: 9, goOn: 'yes' }))).toEqual(DEFAULT_LISTEN);
    expect(parseListenSettings('[1]')).toEqual(DEFAULT_LISTEN);
  });

  it('steps the speed from 0.75x to 1.5x, and no further', () => {
    expect(RATES).toEqual([0.75, 1, 1.25, 1.5]);
    expect(nextRate(1, 1)).toBe(1.25);
    expect(nextRate(1.5, 1)).toBe(1.5);
    expect(nextRate(1, -1)).toBe(0.75);
    expect(nextRate(0.75, -1)).toBe(0.75);
    expect(rateLabel(0.75)).toBe('0.75×');
  });
});

describe('choosing a voice', () => {
  const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceInfo => ({ name, lang, localService, default: isDefault });

  it('prefers a voice on the device in the page\'s language, then the same region, then the default', () => {
    const voices = [
      voice('Online British', 'en-GB', false, true),
      voice('Local French', 'fr-FR', true),
      voice('Local American', 'en-US', true),
      voice('Local British', 'en-GB', true),
    ];
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('Local British');
    expect(chooseVoice(voices, 'en-US')?.name).toBe('Local American');
    expect(chooseVoice(voices, 'en')?.name).toBe('Local American');
    expect(chooseVoice(voices, 'fr')?.name).toBe('Local French');
  });

  it('takes a voice in the language over the network where none is on the device', () => {
    expect(chooseVoice([voice('Local German', 'de-DE', true), voice('Online English', 'en-GB', false)], 'en')?.name).toBe('Online English');
  });

  it('leaves the choice to the browser where no voice speaks the language, and reads "en_GB" as "en-GB"', () => {
    expect(chooseVoice([voice('Local German', 'de-DE', true)], 'en')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
    expect(chooseVoice([voice('Underscored', 'en_GB', true)], 'en-GB')?.name).toBe('Underscored');
  });
});
