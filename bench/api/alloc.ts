// Bytes allocated per request, in the server process: V8's sampling heap profiler with the
// objects already collected kept in the profile, so the sampled sizes add up to everything
// the requests allocated (V8 scales each sample by the sampling rate). The load comes from a
// separate process, so the client's own allocations are not counted.
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { track } from './processes';

type ProfileNode = { selfSize: number; children: ProfileNode[] };

const total = (n: ProfileNode): number => n.selfSize + n.children.reduce((s, c) => s + total(c), 0);

// Starts sampling, runs `load`, and returns the bytes allocated meanwhile.
export async function sampledAllocation(load: () => Promise<void>): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await load();
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as {
      profile: { head: ProfileNode };
    };
    return total(profile.head);
  } finally {
    await session.post('HeapProfiler.disable').catch(() => undefined);
    session.disconnect();
  }
}

// `count` requests from a child process, `concurrency` at a time; fails on any error answer.
export function loadFromChild(
  url: string,
  body: string,
  token: string,
  count: number,
  concurrency: number,
): Promise<void> {
  const script = `
const { URL_, BODY, TOKEN, COUNT, CONC } = process.env;
let left = Number(COUNT);
const one = async () => {
  while (left-- > 0) {
    const res = await fetch(URL_ + '/graphql', { method: 'POST', body: BODY,
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + TOKEN } });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) { console.error(text.slice(0, 500)); process.exit(1); }
  }
};
Promise.all(Array.from({ length: Number(CONC) }, one)).then(() => process.exit(0));
`;
  const child = spawn(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      URL_: url,
      BODY: body,
      TOKEN: token,
      COUNT: String(count),
      CONC: String(concurrency),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  track(child);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`allocation load exited with ${code}`)),
    ),
  );
}
