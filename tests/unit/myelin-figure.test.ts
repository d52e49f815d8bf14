import { describe, expect, it } from 'vitest';
import { crawl, hop, myelinState, narrowMyelinLayout } from '../../src/figures/myelin.ts';
import type { MyelinSpec } from '../../src/figures/myelin-content.ts';
import { drawingSpec } from '../../src/content/figure-content.ts';
import { NARROW_WIDTH } from '../../src/figures/figure-type.ts';
import { routePoints } from '../../src/figures/route-path.ts';
import { textWidth } from '../../src/figures/text.ts';
import { library } from '../../slides/index.ts';
import { box, clashes, near, pointNear, within } from '../support/boxes.ts';

const states = [0, 1, 2, 3].map(myelinState);

describe('the myelin figure, step by step', () => {
  it('starts with a whole, quiet fibre', () => {
    expect(states[0]).toEqual({ step: 0, current: null, damaged: false, signal: 'none', named: [] });
  });

  it('sends a fast message, then damages the myelin and slows it, then blocks it', () => {
    expect(states.map((s) => s.signal)).toEqual(['none', 'fast', 'slowed', 'blocked']);
    expect(states.map((s) => s.damaged)).toEqual([false, false, true, true]);
    expect(states.map((s) => s.current)).toEqual([null, 'healthy', 'damaged', 'blocked']);
  });

  it('keeps earlier stages named as it goes', () => {
    expect(states[3]!.named).toEqual(['healthy', 'damaged', 'blocked']);
    expect(states[2]!.named).toEqual(['healthy', 'damaged']);
  });

  it('holds steps outside the figure at its ends', () => {
    expect(myelinState(-1)).toEqual(states[0]);
    expect(myelinState(10)).toEqual(states[3]);
  });
});

const figure = library.talk.slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'figure' && block.figure.type === 'myelin' ? [block.figure] : [])))[0]!;
const spec = drawingSpec(figure, (keys) => `[${keys.join(', ')}]`) as MyelinSpec;

describe('the myelin figure, laid out narrow', () => {
  const layout = narrowMyelinLayout(spec);
  const size = layout.labelSize;
  const words = Object.fromEntries(
    spec.steps.map(({ stage, name }) => {
      const [x, y] = layout.labels[stage];
      return [stage, box(x, y - size * 0.8, textWidth(name, size, true), size * 1.05)];
    }),
  );
  const { segment, segmentX, gaps } = layout;

  it('draws the whole fibre across the narrow drawing, its myelin in segments with gaps between them where the message lands', () => {
    expect(layout.width).toBe(NARROW_WIDTH);
    expect(layout.axonLeft).toBeGreaterThanOrEqual(0);
    expect(layout.axonRight).toBeLessThanOrEqual(layout.width);
    expect(segmentX[0]).toBeGreaterThan(gaps[0]!);
    expect(segmentX.at(-1)! + segment.width).toBeLessThan(gaps.at(-1)!);
    segmentX.slice(1).forEach((x, i) => {
      expect(x, `segment ${i + 1}`).toBeGreaterThan(segmentX[i]! + segment.width);
      expect(gaps[i + 1]).toBeGreaterThan(segmentX[i]! + segment.width);
      expect(gaps[i + 1]).toBeLessThan(x);
    });
    expect(gaps).toContain(layout.blockX);
  });

  it('keeps its words inside the drawing and apart: the first two stages over their halves, "blocked" under the fibre', () => {
    for (const [stage, b] of Object.entries(words)) expect(within(b, layout.width, layout.height), stage).toBe(true);
    expect(clashes(words, 8)).toEqual([]);
    expect(words.healthy!.right).toBeLessThan(layout.divider.x);
    expect(words.damaged!.left).toBeGreaterThan(layout.divider.x);
    expect(words.blocked!.top).toBeGreaterThan(layout.axonY + segment.height / 2);
    expect(words.blocked!.left).toBeGreaterThan(layout.divider.x);
  });

  it('keeps its words clear of the fibre, the message\'s paths and the stop sign', () => {
    const paths = [...gaps.slice(1).map((to, i) => hop(layout, gaps[i]!, to)), crawl(layout, gaps.at(-1)!)];
    const fibre = box(layout.axonLeft, layout.axonY - segment.height / 2, layout.axonRight - layout.axonLeft, segment.height);
    const stop = box(layout.blockX - layout.stop.half, layout.stop.top, 2 * layout.stop.half, layout.stop.bottom - layout.stop.top);
    for (const [stage, b] of Object.entries(words)) {
      for (const d of paths) expect(routePoints(d).some((p) => pointNear(p.x, p.y, b, 6)), `${stage} and ${d}`).toBe(false);
      for (const [name, mark] of [['fibre', fibre], ['stop sign', stop]] as const) {
        expect(near(mark, b, 6), `${stage} and the ${name}`).toBe(false);
      }
    }
  });
});
