import { describe, expect, it } from 'vitest';
import { alongRoute, routePoints } from '../../src/figures/route-path.ts';

const position = (transform: string): [number, number] => {
  const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(transform)!;
  return [Number(x), Number(y)];
};

describe('motion along a route', () => {
  it('runs a straight route from end to end at an even pace', () => {
    const along = alongRoute('M 0 0 L 100 0');
    expect(position(along(0))).toEqual([0, 0]);
    expect(position(along(0.25))[0]).toBeCloseTo(25, 6);
    expect(position(along(1))).toEqual([100, 0]);
  });

  it('keeps to the ends when asked for a place before or after them', () => {
    const along = alongRoute('M 10 10 L 20 10');
    expect(along(-1)).toBe(along(0));
    expect(along(2)).toBe(along(1));
  });

  it('follows a route of several pieces in order, by length', () => {
    const along = alongRoute('M 0 0 L 100 0 L 100 100');
    const [x, y] = position(along(0.75));
    expect(x).toBeCloseTo(100, 3);
    expect(y).toBeCloseTo(50, 3);
  });

  it('passes over the top of a symmetric arc halfway along', () => {
    // The myelin figure's hop: a quadratic curve whose top is at y = 122.
    const [x, y] = position(alongRoute('M 100 160 Q 150 84 200 160')(0.5));
    expect(x).toBeCloseTo(150, 1);
    expect(y).toBeCloseTo(122, 1);
  });

  it('spaces its points evenly along a bent curve', () => {
    const points = routePoints('M 196 160 C 270 150 330 118 418 112', 32);
    const steps = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(0.05 * Math.min(...steps));
    expect(points.at(-1)).toEqual({ x: 418, y: 112 });
  });

  it('names the route and the command it cannot follow', () => {
    expect(() => alongRoute('M 0 0 A 5 5 0 0 1 10 10')).toThrow('route "M 0 0 A 5 5 0 0 1 10 10": "A 5 5 0 0 1 10 10" is not one of the absolute commands M, L, Q or C');
    expect(() => alongRoute('L 10 10')).toThrow(/must start with M/);
    expect(() => alongRoute('M 0 0')).toThrow(/nothing to follow/);
    expect(() => alongRoute('M 0 0 L 10')).toThrow('"L 10" needs 2 numbers');
  });
});
