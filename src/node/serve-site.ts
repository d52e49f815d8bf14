import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from '@polka/compression';
import sirv from 'sirv';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder as a static host would, on 127.0.0.1 only: sirv for the files (the
 * folder read at each request, so a rebuild is served as it is now; 404 for anything else),
 * @polka/compression for gzip at level 9 on every text file, which the bench's byte counts
 * rely on. Port 0, the default, is a random free port.
 */
export async function serveSite(folder: string, port = 0): Promise<ServedSite> {
  const files = sirv(folder, { dev: true, etag: true });
  const gzip = compression({ level: 9, threshold: 0 });
  const server = createServer((request, response) => gzip(request, response, () => files(request, response)));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
