// The benchmark's children (servers, nginx, wrk): each in its own process group, all of them
// stopped when the benchmark ends, however it ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const children = new Set<ChildProcess>();

export function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

export function killAll(): void {
  for (const child of children) {
    killGroup(child, 'SIGKILL');
  }
}

let cleanups: (() => Promise<void>)[] = [];
export const onCleanup = (fn: () => Promise<void>) => cleanups.push(fn);

export async function cleanupAll(): Promise<void> {
  killAll();
  const fns = cleanups.reverse();
  cleanups = [];
  for (const fn of fns) {
    await fn().catch((e: unknown) => process.stderr.write(`cleanup: ${String(e)}\n`));
  }
}

// Ctrl-C or a kill still stops the servers and drops the database.
export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the benchmark's processes\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  process.once('exit', killAll);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.status < 500;
  } catch {
    return false;
  }
}

export type Child = { name: string; pid: number; url: string; stop(): Promise<void> };

async function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  probe: string,
  logDir: string,
): Promise<Child> {
  const log = createWriteStream(join(logDir, `${name}.log`));
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  track(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited (${child.exitCode ?? child.signalCode}); see ${join(logDir, `${name}.log`)}`,
      );
    }
    if (await answers(probe)) {
      return {
        name,
        pid: child.pid!,
        url,
        async stop() {
          killGroup(child, 'SIGTERM');
          await Promise.race([exited, sleep(5000)]);
          killGroup(child, 'SIGKILL');
        },
      };
    }
    await sleep(150);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`${name} did not answer within 60 s; see ${join(logDir, `${name}.log`)}`);
}

// One Puente instance as production runs it: the built dist/src/main.js.
export function startPuente(
  name: string,
  port: number,
  env: Record<string, string>,
  logDir: string,
  nodeArgs: string[] = [],
): Promise<Child> {
  const main = join(__dirname, '..', '..', 'src', 'main.js');
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    name,
    process.execPath,
    [...nodeArgs, main],
    { PATH: process.env.PATH, ...env, PORT: String(port) },
    url,
    `${url}/health/live`,
    logDir,
  );
}

// The bare Apollo Server hello-world (bench/api/hello.ts).
export function startHello(port: number, logDir: string): Promise<Child> {
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'hello',
    process.execPath,
    [join(__dirname, 'hello.js')],
    { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port) },
    url,
    `${url}/graphql?query=%7Bhello%7D`,
    logDir,
  );
}

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

// nginx as the load balancer: its own config and prefix in a temp dir, in the foreground.
export function startNginx(port: number, upstreams: number[], dir: string): Promise<Child> {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} is missing: apt-get install -y nginx-light, or set NGINX_BIN`);
  }
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) {
    mkdirSync(join(dir, d), { recursive: true });
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
events { worker_connections 4096; }
http {
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  access_log off;
  upstream puente {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 256k;
    location / {
      proxy_pass http://puente;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_buffering on;
      proxy_buffers 16 64k;
      proxy_read_timeout 30s;
    }
  }
}
`,
  );
  const globals = `daemon off; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;`;
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'nginx',
    NGINX,
    ['-c', conf, '-p', `${dir}/`, '-g', globals],
    { PATH: process.env.PATH },
    url,
    `${url}/health/live`,
    dir,
  );
}

// CPU time of processes, from /proc (Linux), in clock ticks of 10 ms.
const TICK_MS = 10;

export function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

// Children of a process (nginx's worker, Node's none): their CPU is the group's.
export function descendants(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return kids.flatMap((k) => [k, ...descendants(k)]);
  } catch {
    return [];
  }
}

export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export const ticksToCorePercent = (ticks: number, ms: number) =>
  Math.round(((ticks * TICK_MS) / ms) * 100);
