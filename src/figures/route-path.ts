/**
 * Motion along the figures' routes, worked out from the route's `d` text alone. Asking the
 * browser for points on a path (getPointAtLength) makes it bring styles and layout up to
 * date first, in the very task that answers a click; reading the numbers costs nothing.
 *
 * Routes are written with absolute M, L, Q and C commands only, as the figures draw them.
 */

type Point = { x: number; y: number };
type Segment = (u: number) => Point;

const lerp = (a: number, b: number, u: number): number => a + (b - a) * u;

function parseSegments(d: string): Segment[] {
  const commands = [...d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)];
  const segments: Segment[] = [];
  let at: Point | undefined;
  for (const [, command, args] of commands) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    const arity = { M: 2, L: 2, Q: 4, C: 6 }[command!];
    const piece = `${command}${args}`.trim();
    if (arity === undefined) throw new Error(`route "${d}": "${piece}" is not one of the absolute commands M, L, Q or C`);
    if (n.length !== arity || n.some(Number.isNaN)) throw new Error(`route "${d}": "${piece}" needs ${arity} numbers`);
    const end = { x: n[arity - 2]!, y: n[arity - 1]! };
    if (command === 'M') {
      at = end;
      continue;
    }
    if (!at) throw new Error(`route "${d}" must start with M`);
    const p0 = at;
    if (command === 'L') segments.push((u) => ({ x: lerp(p0.x, end.x, u), y: lerp(p0.y, end.y, u) }));
    if (command === 'Q') {
      const [cx, cy] = n as [number, number];
      segments.push((u) => {
        const v = 1 - u;
        return { x: v * v * p0.x + 2 * v * u * cx + u * u * end.x, y: v * v * p0.y + 2 * v * u * cy + u * u * end.y };
      });
    }
    if (command === 'C') {
      const [c1x, c1y, c2x, c2y] = n as [number, number, number, number];
      segments.push((u) => {
        const v = 1 - u;
        const [a, b, c, e] = [v * v * v, 3 * v * v * u, 3 * v * u * u, u * u * u];
        return { x: a * p0.x + b * c1x + c * c2x + e * end.x, y: a * p0.y + b * c1y + c * c2y + e * end.y };
      });
    }
    at = end;
  }
  if (segments.length === 0) throw new Error(`route "${d}" has nothing to follow`);
  return segments;
}

/** `samples + 1` points along the route, evenly spaced by length. */
export function routePoints(d: string, samples = 64): Point[] {
  const FINE = 48;
  const fine: Point[] = [];
  parseSegments(d).forEach((segment, i) => {
    for (let k = i === 0 ? 0 : 1; k <= FINE; k++) fine.push(segment(k / FINE));
  });
  const run = [0];
  for (let i = 1; i < fine.length; i++) run.push(run[i - 1]! + Math.hypot(fine[i]!.x - fine[i - 1]!.x, fine[i]!.y - fine[i - 1]!.y));
  const total = run[run.length - 1]!;
  const points: Point[] = [];
  let j = 1;
  for (let s = 0; s <= samples; s++) {
    const want = (s / samples) * total;
    while (j < fine.length - 1 && run[j]! < want) j++;
    const span = run[j]! - run[j - 1]!;
    const u = span === 0 ? 0 : (want - run[j - 1]!) / span;
    points.push({ x: lerp(fine[j - 1]!.x, fine[j]!.x, u), y: lerp(fine[j - 1]!.y, fine[j]!.y, u) });
  }
  return points;
}

/** Where a moving mark is at `t` (0 to 1) along the route, as an SVG transform. */
export function alongRoute(d: string, samples = 64): (t: number) => string {
  const points = routePoints(d, samples);
  return (t: number): string => {
    const at = Math.max(0, Math.min(1, t)) * samples;
    const i = Math.min(Math.floor(at), samples - 1);
    const a = points[i]!;
    const b = points[i + 1]!;
    const f = at - i;
    return `translate(${lerp(a.x, b.x, f)},${lerp(a.y, b.y, f)})`;
  };
}
