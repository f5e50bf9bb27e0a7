import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  freePort,
  runCli,
  serverEnv,
  startServer,
  tempDataDir,
  TEST_LEADS,
  type RunningServer,
} from './test-server';

declare global {
  var __PUENTE_SERVER__: RunningServer | undefined;
  var __PUENTE_DATA__: string | undefined;
}

// One server for the e2e suite. Leads are made with the real command line before it starts.
export default async function globalSetup(): Promise<void> {
  const dataDir = tempDataDir();
  const port = await freePort();
  const env = serverEnv({
    PORT: String(port),
    DATA_DIR: dataDir,
    PGLITE_DIR: join(dataDir, 'pglite'),
  });
  for (const lead of TEST_LEADS) {
    const result = runCli('cli/create-lead.js', ['--email', lead.email, '--name', lead.name], {
      ...env,
      LEAD_PASSWORD: lead.password,
    });
    if (result.status !== 0 && !/already exists/.test(result.stderr)) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`lead:create failed (${result.status}): ${result.stderr}`);
    }
  }
  const server = await startServer(env);
  globalThis.__PUENTE_SERVER__ = server;
  globalThis.__PUENTE_DATA__ = dataDir;
  process.env.PUENTE_TEST_URL = server.url;
}
