import { rmSync } from 'node:fs';
import { stopServer } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__PUENTE_SERVER__;
  if (server) {
    await stopServer(server.child);
  }
  if (globalThis.__PUENTE_DATA__) {
    rmSync(globalThis.__PUENTE_DATA__, { recursive: true, force: true });
  }
}
