// A burst of sign-ups at a fixed concurrency, each retried after Retry-After when the server
// sheds it with 503 SERVER_BUSY, so that every one of them finishes.
import { menteeSignUp } from './operations';
import { sleep } from './processes';

export type BurstResult = {
  signUps: number;
  concurrency: number;
  finished: number;
  failed: number;
  busy503: number;
  otherErrors: string[];
  seconds: number;
};

export async function signUpBurst(
  url: string,
  count: number,
  concurrency: number,
): Promise<BurstResult> {
  const tag = `${process.pid}-${Date.now()}`;
  let next = 0;
  let finished = 0;
  let busy503 = 0;
  const otherErrors: string[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const body = menteeSignUp(`burst-${tag}-${i}@bench.puente.example`);
      for (let attempt = 0; attempt < 20; attempt++) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await res.text();
        if (res.status === 503) {
          busy503++;
          await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
          continue;
        }
        const answer = JSON.parse(text) as {
          data?: unknown;
          errors?: { extensions?: { reason?: string } }[];
        };
        if (answer.errors) {
          otherErrors.push(text.slice(0, 300));
        } else {
          finished++;
        }
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    signUps: count,
    concurrency,
    finished,
    failed: count - finished,
    busy503,
    otherErrors: otherErrors.slice(0, 5),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
