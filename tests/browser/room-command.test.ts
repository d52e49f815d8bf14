import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { io } from 'socket.io-client';

const root = join(import.meta.dirname, '..', '..');

/** A port free on 127.0.0.1 just now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

/** npm run room's script, on the tests' built site, listening on 127.0.0.1 only. */
function room(...args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node/room/cli.ts', '--site', inject('siteDir'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, out: () => out, err: () => err, exited };
}

async function waitFor(run: Run, text: string): Promise<void> {
  await expect.poll(() => run.out() + run.err(), { timeout: 20_000, message: `the room prints "${text}"` }).toContain(text);
}

const addressAfter = (out: string, label: string): string => new RegExp(`${label}[^\\n]*\\n(?:[^\\n]*\\n)*?\\s+(http://\\S+)`).exec(out)?.[1] ?? '';

describe('npm run room', () => {
  it('prints the audience, presenter and remote addresses, with the remote as a QR code, and writes the questions when it ends', async () => {
    const port = await freePort();
    const folder = mkdtempSync(join(tmpdir(), 'room-test-'));
    const questions = join(folder, 'questions.txt');
    const run = room('--host', '127.0.0.1', '--port', String(port), '--questions', questions);
    await waitFor(run, '/remote?key=');
    const out = run.out();
    const audience = addressAfter(out, 'Audience');
    const presenter = addressAfter(out, 'Presenter');
    const remote = /(http:\/\/\S+\/remote\?key=\S+)/.exec(out)?.[1] ?? '';
    expect(audience).toBe(`http://127.0.0.1:${port}/`);
    const key = new URL(presenter).searchParams.get('key') ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{27}$/); // 20 random bytes: 160 bits
    expect(new URL(remote).searchParams.get('key')).toBe(key);
    expect(out).toMatch(/[▀▄█]{10,}/); // the QR code, drawn in the terminal
    expect(existsSync(join(tmpdir(), `ms-seminar-room-${port}.json`)), 'the secret is kept while the room runs').toBe(true);

    const response = await fetch(audience, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, './?view=reader']);
    const asker = io(audience, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin: audience.replace(/\/$/, '') } });
    await new Promise((resolve) => asker.once('welcome', resolve));
    expect(await asker.emitWithAck('ask', { text: 'Can I drive after the treatment?' })).toMatchObject({ ok: true });
    asker.close();

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain(`1 question written to ${questions}`);
    expect(readFileSync(questions, 'utf8')).toContain('1. Can I drive after the treatment? (1 person)');
    expect(existsSync(join(tmpdir(), `ms-seminar-room-${port}.json`)), 'and deleted when it ends').toBe(false);
  });

  it('opens again with the same addresses after a crash, so pages join it again', async () => {
    const port = await freePort();
    const first = room('--host', '127.0.0.1', '--port', String(port));
    await waitFor(first, '/remote?key=');
    const presenter = addressAfter(first.out(), 'Presenter');
    first.child.kill('SIGKILL');
    await first.exited;
    const again = room('--host', '127.0.0.1', '--port', String(port));
    await waitFor(again, '/remote?key=');
    expect(again.out()).toContain('open again, with the same addresses');
    expect(addressAfter(again.out(), 'Presenter')).toBe(presenter);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    expect(again.out()).toContain('No questions were asked, so no file was written.');
  });

  it('says in one line when the port is taken, and what to do', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const { port } = taken.address() as AddressInfo;
    const run = room('--host', '127.0.0.1', '--port', String(port));
    expect(await run.exited).toBe(1);
    expect(run.err().trim()).toBe(`Port ${port} is in use by another program. Stop that program, or choose another port: npm run room -- --port ${port + 1}`);
    expect(run.out()).not.toContain('http://');
  });

  it('says in one line what is wrong with an option', async () => {
    const run = room('--port', 'eighty');
    expect(await run.exited).toBe(1);
    expect(run.err().trim().split('\n')).toEqual(['npm run room: --port is a number from 1 to 65535, such as 8080, not "eighty". Usage: npm run room [-- --host ADDRESS] [-- --port PORT] [-- --questions FILE] [-- --site DIR]']);
  });
});
