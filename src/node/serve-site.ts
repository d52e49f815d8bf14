import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from '@polka/compression';
import sirv from 'sirv';

export interface ServedSite {
  url: string;
  /** The server itself, for a realtime channel to share its port (src/node/room/server.ts). */
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Port 0, the default, is a random free port. */
  port?: number;
  /** The address to listen on: 127.0.0.1 unless the room is opened to a network. */
  host?: string;
  /**
   * Answers a request before the files do, such as a page served with changes; returns false
   * to leave it to the files. Its answer is gzipped like theirs.
   */
  route?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/**
 * Serves a built folder as a static host would, on 127.0.0.1 unless told otherwise: sirv for
 * the files (the folder read at each request, so a rebuild is served as it is now; 404 for
 * anything else), @polka/compression for gzip at level 9 on every text file, which the bench's
 * byte counts rely on. A port that cannot be had (taken, or an address this machine does not
 * have) rejects with the listen error, for the caller to explain.
 */
export async function serveSite(folder: string, portOrOptions: number | ServeOptions = 0): Promise<ServedSite> {
  const { port = 0, host = '127.0.0.1', route } = typeof portOrOptions === 'number' ? { port: portOrOptions } : portOrOptions;
  const files = sirv(folder, { dev: true, etag: true });
  const gzip = compression({ level: 9, threshold: 0 });
  const server = createServer((request, response) => gzip(request, response, () => route?.(request, response) || files(request, response)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${(server.address() as AddressInfo).port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
