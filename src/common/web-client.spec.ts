import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { cacheControlFor, serveWebClient } from './web-client';

// The web client's files through a real Express server: compressed copies when the
// browser accepts them, long caching for hashed files only, index.html for client routes,
// and API paths left alone.
describe('serving the built web client', () => {
  const dist = mkdtempSync(join(tmpdir(), 'puente-dist-'));
  const html = `<!doctype html><title>Puente</title>${'<p>x</p>'.repeat(300)}`;
  const js = `console.log(${JSON.stringify('y'.repeat(4000))});`;
  mkdirSync(join(dist, 'assets'));
  for (const [path, body] of [
    ['index.html', html],
    ['assets/index-Dmy7rQRa.js', js],
  ] as const) {
    writeFileSync(join(dist, path), body);
    writeFileSync(join(dist, `${path}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${path}.gz`), gzipSync(body));
  }
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let url: string;
  beforeAll(async () => {
    const app = express();
    expect(serveWebClient(app as unknown as NestExpressApplication, dist)).toBe(true);
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    await new Promise<void>((done) => {
      server = app.listen(0, '127.0.0.1', () => done());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  // fetch decompresses the body; the headers say what was sent.
  const raw = async (path: string, headers: Record<string, string>) => {
    const res = await fetch(`${url}${path}`, { headers });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body };
  };

  it('sends brotli to a browser that takes it, gzip to one that takes only gzip', async () => {
    const br = await raw('/assets/index-Dmy7rQRa.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.body.toString()).toBe(js);
    const gz = await raw('/assets/index-Dmy7rQRa.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await raw('/assets/index-Dmy7rQRa.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body.toString()).toBe(js);
  });

  it('caches hashed files for a year, index.html never, other files an hour', async () => {
    const asset = await raw('/assets/index-Dmy7rQRa.js', { 'accept-encoding': 'br' });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await raw('/favicon.svg', {});
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await raw('/matches', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.body.toString()).toBe(html);
  });

  it('leaves API paths and unknown files to the server', async () => {
    const health = await raw('/health', { accept: 'text/html' });
    expect(await JSON.parse(health.body.toString())).toEqual({ ok: true });
    const missing = await raw('/assets/none-12345678.js', {});
    expect(missing.status).toBe(404);
  });

  it('names the cache rule by file name', () => {
    expect(cacheControlFor('/x/assets/vendor-qTrM8LyO.js.br')).toContain('immutable');
    expect(cacheControlFor('/x/assets/index-moTPBbwH.css')).toContain('immutable');
    expect(cacheControlFor('/x/index.html.gz')).toBe('no-cache');
    expect(cacheControlFor('/x/favicon.svg')).toBe('public, max-age=3600');
  });
});
