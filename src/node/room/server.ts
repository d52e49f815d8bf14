import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Server as SocketServer, type Socket } from 'socket.io';
import { qrSvg } from '../../build/qr-code.ts';
import { Hello, PRESENTER_ONLY, DECK_ONLY, readPageMessage, type Answer, type PageMessage } from '../../room/messages.ts';
import * as room from '../../room/room-state.ts';
import { serveSite } from '../serve-site.ts';
import { RateLimit } from './rate-limit.ts';
import { pagePolicy, roomPage, type RoomPageKind } from './room-page.ts';

export interface RoomLimits {
  /** Pages (and other clients) connected at once. */
  maxConnections: number;
  /** Questions kept in the room. */
  maxQuestions: number;
  /** Messages a second from a follower's connection, after a burst of `burst`. */
  perSecond: number;
  burst: number;
  /** The same for the presenter's deck and remote, which move on every click. */
  presenterPerSecond: number;
  presenterBurst: number;
  /** Questions a minute from one connection. */
  questionsPerMinute: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxConnections: 1000,
  maxQuestions: 300,
  perSecond: 5,
  burst: 20,
  presenterPerSecond: 40,
  presenterBurst: 80,
  questionsPerMinute: 3,
};

export interface RoomOptions {
  /** The built site. */
  folder: string;
  host: string;
  /** 0: any free port. */
  port: number;
  /** The presenter's secret: whoever has it drives and moderates. */
  secret: string;
  limits?: Partial<RoomLimits>;
  /** socket.io's heartbeat, in ms: how soon a page that has gone is noticed (and notices). */
  heartbeat?: { pingInterval: number; pingTimeout: number };
}

type Dropped = 'unknown' | 'malformed' | 'oversized' | 'rate' | 'not-allowed';
type Refused = 'origin' | 'host' | 'full' | 'key';

export interface RoomStats {
  connections: number;
  /** Messages dropped, by why. */
  dropped: Record<Dropped, number>;
  /** Connections refused, by why. */
  refused: Record<Refused, number>;
  questions: number;
}

export interface RoomAddresses {
  /** Where the audience goes: the reader view, following the presenter. */
  audience: string;
  /** The deck that drives the room (keep it to yourself). */
  presenter: string;
  /** The phone remote (keep it to yourself). */
  remote: string;
}

export interface Room {
  /** The server's own address, http://host:port/. */
  url: string;
  port: number;
  addresses: RoomAddresses;
  stats(): RoomStats;
  state(): room.RoomState;
  /** Stops serving, closing every connection; the room as it was at the end. */
  close(): Promise<room.RoomState>;
}

interface Member {
  role: 'presenter' | 'follower';
  client: 'deck' | 'remote' | 'follower';
  voter: string;
  limit: RateLimit;
  asking: RateLimit;
}

export class RoomError extends Error {
  override name = 'RoomError';
}

/** A new presenter secret: 160 random bits, written for an address. */
export function newSecret(): string {
  return randomBytes(20).toString('base64url');
}

export function roomAddresses(url: string, secret: string): RoomAddresses {
  return { audience: url, presenter: `${url}?view=slides&key=${secret}`, remote: `${url}remote?key=${secret}` };
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === '::1' || host === 'localhost';

/**
 * The room's server: the built site, with its page changed for the room (room-page.ts), and a
 * socket.io channel on the same port. Every message is read against its schema
 * (src/room/messages.ts) and applied to the room's state (src/room/room-state.ts); what
 * cannot be read, is not allowed, or comes too fast is dropped and counted.
 */
export async function startRoom({ folder, host, port, secret, limits: asked = {}, heartbeat }: RoomOptions): Promise<Room> {
  const limits = { ...DEFAULT_LIMITS, ...asked };
  const html = await readFile(join(folder, 'index.html'), 'utf8').catch(() => {
    throw new RoomError(`There is no built site in ${folder}. Build it with npm run build, then start the room again.`);
  });
  const stats: RoomStats = {
    connections: 0,
    dropped: { unknown: 0, malformed: 0, oversized: 0, rate: 0, 'not-allowed': 0 },
    refused: { origin: 0, host: 0, full: 0, key: 0 },
    questions: 0,
  };
  let state = room.emptyRoom();
  const roomId = randomBytes(9).toString('base64url');
  const secretDigest = digest(secret);
  // Filled in once the port is known.
  let allowedHosts = new Set<string>();
  let pages: Record<RoomPageKind, string> | undefined;

  const servePage = (kind: RoomPageKind, response: ServerResponse): true => {
    const page = pages![kind];
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': pagePolicy(page) ?? "default-src 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    response.end(page);
    return true;
  };
  const route = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = new URL(request.url ?? '/', 'http://room');
    if (url.pathname === '/remote') return servePage('remote', response);
    if (url.pathname !== '/' && url.pathname !== '/index.html') return false;
    // The audience address is the bare address, easy to type: it opens the reader view.
    if (url.search === '') {
      response.writeHead(302, { location: './?view=reader', 'cache-control': 'no-store' });
      response.end();
      return true;
    }
    return servePage('deck', response);
  };

  const site = await serveSite(folder, { host, port, route });
  const actualPort = Number(new URL(site.url).port);
  const url = site.url;
  allowedHosts = new Set([new URL(url).host, ...(isLoopback(host) ? [`localhost:${actualPort}`] : [])]);
  const origin = url.replace(/\/$/, '');
  const addresses = roomAddresses(url, secret);
  const qr = await qrSvg(addresses.audience);
  pages = {
    deck: roomPage(html, 'deck', { origin, audienceUrl: addresses.audience, qrSvg: qr }),
    remote: roomPage(html, 'remote', { origin, audienceUrl: addresses.audience, qrSvg: qr }),
  };

  const io = new SocketServer(site.server, {
    serveClient: false,
    // Larger messages close the connection; smaller ones over MESSAGE_BYTES are dropped one by one.
    maxHttpBufferSize: 16 * 1024,
    pingInterval: heartbeat?.pingInterval ?? 10_000,
    pingTimeout: heartbeat?.pingTimeout ?? 5_000,
    allowRequest: (request, callback) => {
      const hostHeader = request.headers.host ?? '';
      const originHeader = request.headers.origin;
      if (!allowedHosts.has(hostHeader)) {
        stats.refused.host++;
        return callback('unknown host', false);
      }
      // Browsers send an Origin with every WebSocket and cross-origin request; a page from
      // anywhere else is refused. (A same-origin GET may come without one.)
      if (originHeader !== undefined && originHeader !== `http://${hostHeader}`) {
        stats.refused.origin++;
        return callback('wrong origin', false);
      }
      if (io.engine.clientsCount >= limits.maxConnections) {
        stats.refused.full++;
        return callback('room full', false);
      }
      callback(null, true);
    },
  });

  io.use((socket, next) => {
    const hello = Hello.safeParse(socket.handshake.auth ?? {});
    if (!hello.success) {
      stats.dropped.malformed++;
      return next(new Error('malformed'));
    }
    const { key, client, voter } = hello.data;
    const presenter = key !== undefined && timingSafeEqual(digest(key), secretDigest);
    if (key !== undefined && !presenter) {
      stats.refused.key++;
      return next(new Error('bad-key'));
    }
    const now = Date.now();
    const member: Member = {
      role: presenter ? 'presenter' : 'follower',
      client: presenter ? (client === 'remote' ? 'remote' : 'deck') : 'follower',
      voter: voter ?? socket.id,
      limit: presenter ? new RateLimit(limits.presenterPerSecond, limits.presenterBurst, now) : new RateLimit(limits.perSecond, limits.burst, now),
      asking: new RateLimit(limits.questionsPerMinute / 60, limits.questionsPerMinute, now),
    };
    socket.data = member;
    next();
  });

  const liveMessage = () => ({ live: state.live!, seq: state.seq, clock: room.clock(state, Date.now()) });
  const sendLive = (): void => {
    if (state.live) io.emit('live', liveMessage());
  };
  const sendQuestion = (question: room.RoomQuestion): void => {
    const shown = room.publicQuestion(question);
    io.to('presenters').emit('question', shown);
    if (question.status === 'hidden') io.to('followers').emit('unlisted', { id: question.id });
    else io.to('followers').emit('question', shown);
  };
  const settle = (outcome: room.Outcome, answer?: (answer: Answer) => void): void => {
    state = outcome.state;
    if ('refused' in outcome) return answer?.({ ok: false, reason: outcome.refused });
    sendQuestion(outcome.question);
    answer?.({ ok: true });
  };

  const apply = (socket: Socket, member: Member, { event, payload }: PageMessage, answer?: (answer: Answer) => void): void => {
    switch (event) {
      case 'ask': {
        if (!member.asking.take(Date.now())) {
          stats.dropped.rate++;
          return answer?.({ ok: false, reason: 'wait' });
        }
        const outcome = room.ask(state, payload.text, member.voter, randomBytes(6).toString('base64url'), limits.maxQuestions);
        settle(outcome);
        if ('refused' in outcome) return answer?.({ ok: false, reason: outcome.refused });
        stats.questions++;
        return answer?.({ ok: true, id: outcome.question.id });
      }
      case 'vote':
        return settle(room.vote(state, payload.id, member.voter), answer);
      case 'moderate':
        return settle(room.moderate(state, payload.id, payload.status), answer);
      case 'show': {
        const shown = room.show(state, payload, Date.now());
        state = shown.state;
        if (shown.changed) sendLive();
        return answer?.({ ok: true });
      }
      case 'restore': {
        const had = new Set(state.questions.map((question) => question.id));
        state = room.restore(state, payload, Date.now(), limits.maxQuestions);
        stats.questions += state.questions.filter((question) => !had.has(question.id)).length;
        for (const question of state.questions) if (!had.has(question.id)) sendQuestion(question);
        sendLive();
        return answer?.({ ok: true });
      }
      case 'drive': {
        const decks = io.sockets.adapter.rooms.get('decks')?.size ?? 0;
        if (decks === 0) return answer?.({ ok: false, reason: 'no-deck' });
        socket.to('decks').emit('drive', payload);
        return answer?.({ ok: true });
      }
    }
  };

  io.on('connection', (socket) => {
    const member = socket.data as Member;
    stats.connections++;
    void socket.join(member.role === 'presenter' ? 'presenters' : 'followers');
    if (member.client === 'deck') void socket.join('decks');
    socket.emit('welcome', {
      roomId,
      role: member.role,
      live: state.live,
      clock: room.clock(state, Date.now()),
      questions: member.role === 'presenter' ? room.allQuestions(state) : room.visibleQuestions(state),
    });
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (!member.limit.take(Date.now())) {
        stats.dropped.rate++;
        return;
      }
      const read = readPageMessage(event, args);
      if ('rejected' in read) {
        stats.dropped[read.rejected]++;
        return;
      }
      const { message, answer } = read;
      if ((PRESENTER_ONLY.has(message.event) && member.role !== 'presenter') || (DECK_ONLY.has(message.event) && member.client !== 'deck')) {
        stats.dropped['not-allowed']++;
        return;
      }
      apply(socket, member, message, answer);
    });
    socket.on('disconnect', (reason) => {
      stats.connections--;
      // A packet socket.io itself could not read closes its connection.
      if (reason === 'parse error') stats.dropped.malformed++;
    });
  });

  return {
    url,
    port: actualPort,
    addresses,
    stats: () => structuredClone(stats),
    state: () => state,
    close: async () => {
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        site.server.closeAllConnections();
      });
      return state;
    },
  };
}

