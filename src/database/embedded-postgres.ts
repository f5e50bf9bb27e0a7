import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Where database start-up messages go (Nest's Logger in the app; nothing in tests).
export type DatabaseLog = { log(message: string): void; warn(message: string): void };
export const silentLog: DatabaseLog = { log: () => undefined, warn: () => undefined };

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

export class DataDirLockedError extends Error {}

// A second process on the same data directory would corrupt it: the lock file holds the
// owner's pid, and a lock whose process is gone is taken over.
export function acquireLock(dataDir: string): () => void {
  const lockFile = resolve(dataDir) + '.lock';
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The embedded database at ${resolve(dataDir)} is in use by process ${owner} ` +
            `(lock file ${lockFile}). Stop that process or set PGLITE_DIR to another directory.`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Starts PGlite and serves it on a loopback port, so TypeORM reaches it through the same
// `pg` driver and SQL as a real server.
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: DatabaseLog = silentLog,
): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const releaseLock = inMemory ? () => undefined : acquireLock(dataDir);
  try {
    if (!inMemory && !existsSync(dataDir)) {
      mkdirSync(dataDir, { recursive: true });
    }
    const db = await PGlite.create(inMemory ? 'memory://' : resolve(dataDir));
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
    await server.start();
    const address = server.getServerConn();
    logger.log(`PGlite ${inMemory ? 'in memory' : `at ${resolve(dataDir)}`} on ${address}`);
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
      async stop() {
        if (stopped) {
          return;
        }
        stopped = true;
        await server.stop();
        if (!inMemory) {
          await db.exec('CHECKPOINT');
        }
        await db.close();
        releaseLock();
        logger.log('PGlite checkpointed and closed');
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
