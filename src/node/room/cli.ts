/**
 * npm run room: the deck served from this laptop to the people in the room, who follow the
 * presenter on their own phones and ask questions. It builds the site if it is out of date,
 * starts the room's server on the laptop's network address, and prints the addresses.
 *
 * Usage: npm run room [-- --host ADDRESS] [-- --port PORT] [-- --questions FILE] [-- --site DIR]
 *   --host       where to listen (default: the laptop's address on the Wi-Fi or its hotspot)
 *   --port       the port (default 8080)
 *   --questions  where to write the questions when the room ends
 *                (default room-questions-DATE-TIME.txt in this folder)
 *   --site       the built site to serve (default dist/, built when out of date)
 * SEMINAR_CONFIG=path/to/seminar.json picks the seminar details, as for npm run build.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import QRCode from 'qrcode';
import { build } from 'vite';
import { library } from '../../../slides/index.ts';
import { DEFAULT_SEMINAR } from '../../build/deck-plugin.ts';
import { networkAddress } from './address.ts';
import { questionsFileName, questionsFileText } from './questions-file.ts';
import { allQuestions } from '../../room/room-state.ts';
import { newSecret, startRoom, type Room, type RoomStats } from './server.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const from = process.env.INIT_CWD ?? process.cwd();
const USAGE = 'Usage: npm run room [-- --host ADDRESS] [-- --port PORT] [-- --questions FILE] [-- --site DIR]';
export const NO_NETWORK_MESSAGE =
  "This laptop has no network address. Join the venue's Wi-Fi or turn on the laptop's hotspot, then run npm run room again. To try the room on this laptop alone: npm run room -- --host 127.0.0.1";

class UsageError extends Error {}

interface RoomArgs {
  host: string | undefined;
  port: number;
  questions: string | undefined;
  siteDir: string;
}

function parseArgs(argv: string[]): RoomArgs {
  const args: RoomArgs = { host: undefined, port: 8080, questions: undefined, siteDir: join(root, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (!v) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--host') args.host = value();
    else if (flag === '--port') {
      const v = value();
      const port = Number(v);
      if (!/^\d+$/.test(v) || port < 1 || port > 65535) throw new UsageError(`--port is a number from 1 to 65535, such as 8080, not "${v}".`);
      args.port = port;
    } else if (flag === '--questions') args.questions = resolve(from, value());
    else if (flag === '--site') args.siteDir = resolve(from, value());
    else throw new UsageError(`unknown option "${arg}".`);
  }
  return args;
}

const shown = (path: string): string => {
  const near = relative(from, path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
};

/** The newest change among what the site is built from. */
function newestSource(): number {
  const seminar = resolve(root, process.env.SEMINAR_CONFIG || DEFAULT_SEMINAR);
  const walk = (path: string): number => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).filter((name) => name !== 'node').map((name) => walk(join(path, name))));
  };
  return Math.max(...['slides', 'src', 'assets', 'index.html', 'vite.config.ts', 'package.json'].map((name) => walk(join(root, name))), walk(seminar));
}

/** Builds the site into `siteDir` unless it is there already, newer than everything it is made from. */
async function buildIfNeeded(siteDir: string, log: (line: string) => void): Promise<void> {
  const page = join(siteDir, 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newestSource()) return;
  log(`Building the site in ${shown(siteDir)}/ with the seminar details from ${process.env.SEMINAR_CONFIG || DEFAULT_SEMINAR}...`);
  await build({ root, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
}

/**
 * The room's secret, kept in the system's temporary folder while the room runs (readable by
 * this user alone), so that a room started again after a crash on the same port keeps its
 * addresses and everyone's pages join it again. Ending the room with Ctrl+C deletes it.
 */
const SECRET_HOURS = 12;
const secretFile = (port: number): string => join(tmpdir(), `ms-seminar-room-${port}.json`);

async function roomSecret(port: number): Promise<{ secret: string; again: boolean }> {
  try {
    const kept = JSON.parse(await readFile(secretFile(port), 'utf8')) as { secret?: unknown; savedAt?: unknown };
    if (typeof kept.secret === 'string' && /^[A-Za-z0-9_-]{22,64}$/.test(kept.secret) && typeof kept.savedAt === 'number' && Date.now() - kept.savedAt < SECRET_HOURS * 3600_000) {
      return { secret: kept.secret, again: true };
    }
  } catch {
    /* none kept: a new room */
  }
  return { secret: newSecret(), again: false };
}

/** One line for a listen error, saying what to do. */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string | undefined {
  if (error.code === 'EADDRINUSE') return `Port ${port} is in use by another program. Stop that program, or choose another port: npm run room -- --port ${port + 1}`;
  if (error.code === 'EADDRNOTAVAIL') return `This laptop has no address ${host}. Leave out --host to use its network address, or give one it has.`;
  if (error.code === 'EACCES') return `Port ${port} needs administrator rights. Choose a port from 1024 up: npm run room -- --port 8080`;
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return `"${host}" is not an address of this laptop. Give an address such as 127.0.0.1, or leave out --host.`;
  return undefined;
}

function droppedLine(stats: RoomStats): string {
  const counts = [...Object.entries(stats.dropped), ...Object.entries(stats.refused).map(([why, n]) => [`refused (${why})`, n] as const)].filter(([, n]) => n > 0);
  return counts.length === 0 ? 'No message was dropped.' : `Dropped and counted: ${counts.map(([why, n]) => `${n} ${why}`).join(', ')}.`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string): void => console.log(line);
  const host = args.host ?? networkAddress(networkInterfaces());
  if (!host) throw new UsageError(NO_NETWORK_MESSAGE);
  await buildIfNeeded(args.siteDir, log);
  const { secret, again } = await roomSecret(args.port);
  let room: Room;
  try {
    room = await startRoom({ folder: args.siteDir, host, port: args.port, secret });
  } catch (error) {
    const line = listenProblem(error as NodeJS.ErrnoException, host, args.port);
    throw line ? new UsageError(line) : error;
  }
  writeFileSync(secretFile(room.port), JSON.stringify({ secret, savedAt: Date.now() }), { mode: 0o600 });
  const { audience, presenter, remote } = room.addresses;
  const qr = await QRCode.toString(remote, { type: 'terminal', small: true, errorCorrectionLevel: 'L' });
  log(
    [
      again ? 'The room is open again, with the same addresses: pages that were open join it again by themselves.' : 'The room is open.',
      'Keep this window open while you present. Press Ctrl+C to end the room.',
      '',
      'Audience (shown on the title and closing slides too):',
      `  ${audience}`,
      '',
      'Presenter: open this on the laptop, and keep it to yourself:',
      `  ${presenter}`,
      '',
      'Phone remote: scan this with your phone, and keep it to yourself:',
      qr.trimEnd(),
      `  ${remote}`,
    ].join('\n'),
  );

  let ending = false;
  const end = async (): Promise<void> => {
    if (ending) process.exit(1);
    ending = true;
    const stats = room.stats();
    const state = await room.close();
    rmSync(secretFile(room.port), { force: true });
    const questions = allQuestions(state);
    if (questions.length === 0) log('\nThe room has ended. No questions were asked, so no file was written.');
    else {
      const when = new Date();
      const file = args.questions ?? join(from, questionsFileName(when));
      await writeFile(file, questionsFileText(questions, library.talk.title, when));
      log(`\nThe room has ended. ${questions.length === 1 ? '1 question' : `${questions.length} questions`} written to ${shown(file)}.`);
    }
    log(droppedLine(stats));
    process.exit(0);
  };
  process.on('SIGINT', () => void end());
  process.on('SIGTERM', () => void end());
}

try {
  await main();
} catch (error) {
  console.error(error instanceof UsageError ? (error.message.startsWith('--') || error.message.startsWith('unknown') ? `npm run room: ${error.message} ${USAGE}` : error.message) : (error as Error).message);
  process.exitCode = 1;
}
