import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

// The built web client (client/dist), served at / by the same server as the API. Paths
// that are not files fall back to index.html so the client's routes survive a reload.
export const CLIENT_DIST = resolve(__dirname, '..', '..', '..', 'client', 'dist');

const API_PREFIXES = [
  '/graphql',
  '/health',
  '/sessions/',
  '/reports/',
  '/dev/mailbox',
  '/email/',
  '/me/',
];

export function serveWebClient(app: NestExpressApplication, dist = CLIENT_DIST): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    return false;
  }
  app.useStaticAssets(dist, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !API_PREFIXES.some((p) => req.path === p.replace(/\/$/, '') || req.path.startsWith(p)) &&
      !/\.[a-z0-9]+$/i.test(req.path) &&
      (req.headers.accept ?? '').includes('text/html');
    if (!isPage) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
