import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Drain } from './drain';

export type ShutdownReport = { finishedInTime: boolean; tookMs: number };

// SIGTERM, in order: readiness down and new requests refused (Drain); the listening socket
// closed, so new connections go to another instance; the requests in flight finish, each
// closing its connection after its response. Idle kept-alive connections are not cut at
// once: a proxy may be writing a request onto one at that very moment, and a request cut
// that way cannot safely be sent again. They are left to their client (nginx's upstream
// keepalive_timeout, shorter than the grace), or answered 503 DRAINING and closed if used;
// whatever is still open after `graceMs` is cut. Then `close` (the jobs stop after their
// current item and the pool closes).
export async function gracefulShutdown(
  http: Server,
  drain: Drain,
  graceMs: number,
  close: () => Promise<void>,
): Promise<ShutdownReport> {
  const started = Date.now();
  drain.begin();
  // http.Server#close would also close every idle connection at once (Node 19+); the plain
  // net.Server#close only stops listening, and calls back when the last connection ends.
  const closed = new Promise<boolean>((resolve) =>
    NetServer.prototype.close.call(http, () => resolve(true)),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const finishedInTime = await Promise.race([closed, deadline]);
  clearTimeout(timer);
  if (!finishedInTime) {
    http.closeAllConnections();
  }
  await close();
  return { finishedInTime, tookMs: Date.now() - started };
}
