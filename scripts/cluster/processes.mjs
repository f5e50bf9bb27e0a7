// The child processes of the cluster test (three instances, nginx): started in process groups
// of their own so that a Ctrl-C in the terminal reaches only this script, which then ends them
// itself; every one is killed when this script exits, however it exits.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { getStatus } from './client.mjs';

const children = new Set();

export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// Synchronous, for process 'exit': SIGKILL to each child's whole process group.
export function killAllNow() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// One Puente instance: `node dist/src/main.js` with its own PORT; output to a log file.
export class Instance {
  constructor({ name, port, root, env, logDir }) {
    this.name = name;
    this.port = port;
    this.root = root;
    this.env = env;
    this.logDir = logDir;
    this.url = `http://127.0.0.1:${port}`;
    this.starts = 0;
    this.child = null;
    this.readyPath = null;
  }

  start() {
    this.starts += 1;
    const log = join(this.logDir, `${this.name}.${this.starts}.log`);
    this.logFile = log;
    const out = createWriteStream(log);
    const child = spawn(process.execPath, [join(this.root, 'dist/src/main.js')], {
      cwd: this.root,
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    this.child = track(child);
    this.startedAt = Date.now();
    this.stopping = false;
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        if (!this.stopping) {
          this.onUnexpectedExit?.({ instance: this.name, code, signal, log: log });
        }
        resolve({ code, signal, at: Date.now() });
      }),
    );
    return this;
  }

  get running() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  // Until /health/ready answers 200 (or /health, on a server without the readiness probe).
  async waitReady(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) {
        const { code, signal } = await this.exit;
        throw new Error(
          `${this.name} exited (code ${code}, signal ${signal}) before it was ready; see ${this.logFile}`,
        );
      }
      const ready = await getStatus(`${this.url}/health/ready`);
      if (ready === 200) {
        this.readyPath = '/health/ready';
        this.readyAt = Date.now();
        return this.readyAt - this.startedAt;
      }
      if (ready === 404 && (await getStatus(`${this.url}/health`)) === 200) {
        this.readyPath = '/health';
        this.readyAt = Date.now();
        return this.readyAt - this.startedAt;
      }
      await sleep(150);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms; see ${this.logFile}`);
  }

  // Sends the signal and waits for the exit, at most `timeoutMs` (then SIGKILL).
  async stop(signal, timeoutMs) {
    this.stopping = true;
    const sentAt = Date.now();
    try {
      process.kill(this.child.pid, signal);
    } catch {
      // already gone
    }
    const timedOut = Symbol('timeout');
    const result = await Promise.race([this.exit, sleep(timeoutMs).then(() => timedOut)]);
    if (result === timedOut) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      const late = await this.exit;
      return { ...late, ms: late.at - sentAt, timedOut: true };
    }
    return { ...result, ms: result.at - sentAt, timedOut: false };
  }
}
