/**
 * npm run bench -- --room (or npm run bench:room) [-- --followers=300] [-- --changes=100] [-- --readme]
 *
 * The room on loopback: its server in a process of its own on 127.0.0.1, 300 followers
 * (socket.io's client in Node, as many phones would be) and one presenter making 100 changes
 * of slide and step, one every 50 ms. Prints the delay from the presenter's send to each
 * follower's receipt (p50, p95, p99), the messages lost, whether every follower ends on the
 * presenter's last place, and the server's memory before and after. Measured, never a test.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { io, type Socket } from 'socket.io-client';
import { build } from 'vite';
import type { Live } from '../../room/messages.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const site = join(root, 'test-output', 'bench', 'room-site');
const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const FOLLOWERS = arg('followers', 300);
const CHANGES = arg('changes', 100);
const EVERY_MS = arg('every', 50);
const log = (line: string): void => console.log(`bench:room: ${line}`);

interface Memory {
  heapMB: number;
  rssMB: number;
}

/** The places a presenter passes through: every slide, and each step of its figure, as the built page has them. */
function talkPlaces(html: string): Live[] {
  return html
    .split(/(?=<section )/)
    .flatMap((part) => {
      const slide = /^<section[^>]*\bid="([^"]+)"/.exec(part)?.[1];
      if (!slide) return [];
      const steps = Number(/data-step-count="(\d+)"/.exec(part)?.[1] ?? 0);
      return [-1, ...Array.from({ length: steps }, (_, i) => i)].map((step) => ({ slide, step, paused: false, track: 'full' as const }));
    });
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

log('building the site');
await build({ root, logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });

const loadBefore = loadavg()[0]!;
const secret = randomBytes(20).toString('base64url');
const server = fork(join(import.meta.dirname, 'room-bench-server.ts'), [site, secret], { execArgv: ['--import', 'tsx', '--expose-gc'] });
const fromServer = (): Promise<{ url?: string; memory: Memory; stats?: unknown }> => new Promise((resolve) => server.once('message', resolve as never));
const started = await fromServer();
const url = started.url!;
const origin = url.replace(/\/$/, '');
const memoryIdle = started.memory;
const memoryNow = async (): Promise<{ memory: Memory; stats?: unknown }> => {
  const answer = fromServer();
  server.send('memory');
  return answer;
};

const connect = (auth: Record<string, string>): Socket => io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin } });
const welcomed = (socket: Socket): Promise<void> =>
  new Promise((resolve, reject) => {
    socket.once('welcome', () => resolve());
    socket.once('connect_error', reject);
  });

log(`connecting ${FOLLOWERS} followers to ${url}`);
const received: Map<number, number>[] = [];
const last: (Live | null)[] = [];
const followers: Socket[] = [];
for (let batch = 0; batch < FOLLOWERS; batch += 50) {
  const sockets = Array.from({ length: Math.min(50, FOLLOWERS - batch) }, (_, i) => {
    const index = batch + i;
    const socket = connect({ client: 'follower', voter: randomBytes(12).toString('base64url') });
    received[index] = new Map();
    last[index] = null;
    socket.on('live', (message: { live: Live; seq: number }) => {
      received[index]!.set(message.seq, performance.now());
      last[index] = message.live;
    });
    followers.push(socket);
    return socket;
  });
  await Promise.all(sockets.map(welcomed));
}

const presenter = connect({ key: secret, client: 'deck' });
await welcomed(presenter);
const places = talkPlaces(await readFile(join(site, 'index.html'), 'utf8'));
const echo = (): Promise<number> => new Promise((resolve) => presenter.once('live', (message: { seq: number }) => resolve(message.seq)));
const echoed = echo();
presenter.emit('show', places[0]!);
const baseSeq = await echoed;
const memoryConnected = (await memoryNow()).memory;

log(`${CHANGES} changes of slide and step, one every ${EVERY_MS} ms`);
const sentAt = new Map<number, number>();
let lastPlace = places[0]!;
for (let i = 1; i <= CHANGES; i++) {
  lastPlace = places[i % places.length]!;
  sentAt.set(baseSeq + i, performance.now());
  presenter.emit('show', lastPlace);
  await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
}
const finalSeq = baseSeq + CHANGES;
const deadline = performance.now() + 5000;
while (performance.now() < deadline && received.some((seqs) => !seqs.has(finalSeq))) await new Promise((resolve) => setTimeout(resolve, 50));

const delays: number[] = [];
let lost = 0;
for (const seqs of received) {
  for (let seq = baseSeq + 1; seq <= finalSeq; seq++) {
    const at = seqs.get(seq);
    if (at === undefined) lost++;
    else delays.push(at - sentAt.get(seq)!);
  }
}
delays.sort((a, b) => a - b);
const onLast = last.filter((place) => place?.slide === lastPlace.slide && place.step === lastPlace.step).length;
const after = await memoryNow();

for (const socket of [...followers, presenter]) socket.close();
server.send('stop');

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const mb = (m: Memory): string => `heap ${m.heapMB.toFixed(1)} MB, RSS ${m.rssMB.toFixed(0)} MB`;
const p95 = percentile(delays, 95);
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cpus().length} cores, load average ${loadBefore.toFixed(1)} as it began), on 127.0.0.1: the room's server in its own process, ${FOLLOWERS} followers and one presenter as socket.io clients in Node, ${CHANGES} changes of slide and step one every ${EVERY_MS} ms.`,
  '',
  '| room | result |',
  '| --- | --- |',
  `| delivery delay, presenter to follower: p50 / p95 / p99 | ${ms(percentile(delays, 50))} / ${ms(p95)} / ${ms(percentile(delays, 99))} (worst ${ms(delays.at(-1) ?? NaN)}) |`,
  `| messages delivered / lost | ${delays.length} / ${lost} |`,
  `| followers on the presenter's last place at the end | ${onLast} of ${FOLLOWERS} |`,
  `| server memory, idle | ${mb(memoryIdle)} |`,
  `| server memory, ${FOLLOWERS + 1} connected | ${mb(memoryConnected)} |`,
  `| server memory, after the ${CHANGES} changes | ${mb(after.memory)} |`,
  '',
  '| budget | result | |',
  '| --- | --- | --- |',
  `| p95 delay under 100 ms | ${ms(p95)} | ${p95 < 100 ? 'met' : '**missed**'} |`,
  `| nothing lost | ${lost} lost | ${lost === 0 ? 'met' : '**missed**'} |`,
  `| every follower on the last place | ${onLast} of ${FOLLOWERS} | ${onLast === FOLLOWERS ? 'met' : '**missed**'} |`,
].join('\n');
console.log(`\n${table}\n`);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = await readFile(readme, 'utf8');
  const updated = text.replace(/(<!-- room-bench:start -->\n)[\s\S]*?(<!-- room-bench:end -->)/, (_all, start: string, end: string) => `${start}${table}\n${end}`);
  if (updated === text) throw new Error('README.md has no <!-- room-bench:start --> / <!-- room-bench:end --> markers.');
  await writeFile(readme, updated);
  log('README table updated');
}
process.exitCode = p95 < 100 && lost === 0 && onLast === FOLLOWERS ? 0 : 1;
