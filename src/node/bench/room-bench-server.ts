/**
 * The room's server in a process of its own for the room bench (room-bench.ts), so the 300
 * simulated followers do not share its event loop. It listens on 127.0.0.1 and answers its
 * parent's questions about its memory over the IPC channel.
 */
import { startRoom } from '../room/server.ts';

const [folder, secret] = process.argv.slice(2) as [string, string];
const room = await startRoom({ folder, host: '127.0.0.1', port: 0, secret, limits: { maxConnections: 1000 } });

const memory = (): { heapMB: number; rssMB: number } => {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMB: heapUsed / 1024 / 1024, rssMB: rss / 1024 / 1024 };
};

process.on('message', (message: string) => {
  if (message === 'memory') process.send!({ memory: memory(), stats: room.stats() });
  if (message === 'stop') void room.close().then(() => process.exit(0));
});
process.send!({ url: room.url, memory: memory() });
