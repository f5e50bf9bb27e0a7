// wrk (Debian's package) as the load generator: a Lua script per cell for the POST body and
// the bearer token; its done() hook prints the figures as one JSON line we parse.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellFigures } from './figures';
import { round } from './figures';
import { track } from './processes';

export const WRK = process.env.WRK_BIN ?? 'wrk';

function found(bin: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Installs Debian's wrk when it is missing and we may (root), else stops with the command.
export function ensureWrk(): void {
  if (found(WRK)) {
    return;
  }
  const hint = 'install it with: DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk';
  if (process.getuid?.() !== 0) {
    throw new Error(`wrk is missing; ${hint} (or set WRK_BIN)`);
  }
  process.stdout.write("wrk is missing: installing Debian's package\n");
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'wrk'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: 'inherit',
    });
  } catch {
    throw new Error(`could not install wrk; ${hint}`);
  }
  if (!found(WRK)) {
    throw new Error(`wrk is still missing; ${hint}`);
  }
}

const MARK = 'WRK_JSON ';

function luaScript(bodyFile: string, token: string | undefined): string {
  return `-- written by bench/api.bench.ts for one cell
local f = assert(io.open(${JSON.stringify(bodyFile)}, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
${token ? `wrk.headers["Authorization"] = ${JSON.stringify(`Bearer ${token}`)}` : ''}

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '${MARK}{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
`;
}

export type WrkRun = { figures: CellFigures; raw: string; pid: number };

export type WrkOptions = {
  url: string;
  body: string;
  token?: string;
  connections: number;
  seconds: number;
  dir: string;
  name: string;
  // Called with wrk's pid once it runs (CPU sampling).
  onStart?: (pid: number) => void;
  // Resolves to stop wrk early (SIGINT: wrk stops and prints its figures).
  stopWhen?: Promise<unknown>;
};

export async function runWrk(o: WrkOptions): Promise<WrkRun> {
  const bodyFile = join(o.dir, `${o.name}.json`);
  const script = join(o.dir, `${o.name}.lua`);
  writeFileSync(bodyFile, o.body);
  writeFileSync(script, luaScript(bodyFile, o.token));
  const threads = Math.min(2, o.connections);
  const args = ['-t', String(threads), '-c', String(o.connections), '-d', `${o.seconds}s`];
  args.push('--timeout', '10s', '--latency', '-s', script, `${o.url}/graphql`);
  const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  track(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  o.onStart?.(child.pid!);
  void o.stopWhen?.then(() => {
    if (child.exitCode === null) {
      child.kill('SIGINT');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith(MARK));
  if (!line) {
    throw new Error(`wrk exited with ${code} and no figures:\n${out}`);
  }
  const j = JSON.parse(line.slice(MARK.length)) as Record<string, number>;
  const errors = j.connect + j.read + j.write + j.status + j.timeout;
  return {
    pid: child.pid!,
    raw: out,
    figures: {
      requests: j.requests,
      rps: round(j.requests / (j.durationUs / 1e6), 1),
      p50Ms: round(j.p50Us / 1000, 2),
      p99Ms: round(j.p99Us / 1000, 2),
      errors,
    },
  };
}
