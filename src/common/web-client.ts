import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

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

// How long a browser may keep a file: the hashed build files (assets/index-3f9a….js) never
// change under their name, so a year; index.html names the current ones, so it is checked
// on every visit; anything else (the favicon) for an hour.
export function cacheControlFor(filePath: string): string {
  const name = basename(filePath).replace(/\.(?:br|gz)$/, '');
  if (name === 'index.html') {
    return 'no-cache';
  }
  if (/[.-][A-Za-z0-9_-]{8,}\.(?:js|mjs|css|woff2?|svg|png|webp)$/.test(name)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'public, max-age=3600';
}

export function serveWebClient(app: NestExpressApplication, dist = CLIENT_DIST): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    return false;
  }
  // The build writes a brotli and a gzip copy of each text file (client/scripts/
  // precompress.mjs); the one the browser accepts is sent, with Vary: Accept-Encoding.
  const files = expressStaticGzip(dist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader('cache-control', cacheControlFor(path)),
    },
  }) as (req: Request, res: Response, next: NextFunction) => void;
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some(
      (p) => req.path === p.replace(/\/$/, '') || req.path.startsWith(p),
    );
    if (isApi || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    const isPage =
      !/\.[a-z0-9]+$/i.test(req.path) && (req.headers.accept ?? '').includes('text/html');
    if (isPage) {
      // A client route: the page is index.html (compressed like the rest).
      req.url = '/index.html';
    }
    files(req, res, next);
  });
  return true;
}
