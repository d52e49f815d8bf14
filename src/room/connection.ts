import { io, type Socket } from 'socket.io-client';
import { Answer, readServerMessage, type Hello, type PageEvent, type PageMessage, type ServerEvent, type ServerPayload } from './messages.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused';

/** How long an answer may take before the page says it did not get through. */
const ANSWER_MS = 5000;

/**
 * A page's line to the room: socket.io's client, which reconnects by itself (at once, then
 * every second or two), keeps the line alive with heartbeats, and falls back to long-polling
 * where a network blocks WebSockets. Whatever the server sends is read against its schema;
 * anything else is ignored.
 */
export class RoomConnection {
  private readonly socket: Socket;
  private readonly statusListeners: ((status: ConnectionStatus, reason?: string) => void)[] = [];
  /** Messages from the server that did not match their schema. */
  ignored = 0;

  constructor(hello: Hello) {
    this.socket = io({ auth: hello, reconnectionDelay: 500, reconnectionDelayMax: 2000, randomizationFactor: 0.3 });
    this.socket.on('connect', () => this.tell('connected'));
    this.socket.on('disconnect', () => this.tell('reconnecting'));
    this.socket.on('connect_error', (error) => {
      // A refused secret is final: socket.io would not try again, and nor do we.
      if (error.message === 'bad-key') this.tell('refused', error.message);
      else this.tell('reconnecting');
    });
  }

  private tell(status: ConnectionStatus, reason?: string): void {
    for (const listener of this.statusListeners) listener(status, reason);
  }

  onStatus(listener: (status: ConnectionStatus, reason?: string) => void): void {
    this.statusListeners.push(listener);
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  on<K extends ServerEvent>(event: K, handler: (payload: ServerPayload<K>) => void): void {
    this.socket.on(event as string, (payload: unknown) => {
      const read = readServerMessage(event, payload);
      if (read === undefined) this.ignored++;
      else handler(read);
    });
  }

  /** Sends now, or not at all: a place that could not be sent is out of date by the time the line is back. */
  send<K extends PageEvent>(event: K, payload: Extract<PageMessage, { event: K }>['payload']): void {
    if (this.socket.connected) this.socket.emit(event, payload);
  }

  /** Sends and waits for the server's answer; offline, or without an answer in time, says so. */
  request<K extends PageEvent>(event: K, payload: Extract<PageMessage, { event: K }>['payload']): Promise<Answer | { ok: false; reason: 'offline' }> {
    if (!this.socket.connected) return Promise.resolve({ ok: false, reason: 'offline' });
    return this.socket
      .timeout(ANSWER_MS)
      .emitWithAck(event, payload)
      .then(
        (answer: unknown) => {
          const read = Answer.safeParse(answer);
          return read.success ? read.data : { ok: false as const, reason: 'offline' as const };
        },
        () => ({ ok: false as const, reason: 'offline' as const }),
      );
  }

  close(): void {
    this.socket.close();
  }
}
