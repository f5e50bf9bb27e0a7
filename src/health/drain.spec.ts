import type { NextFunction, Request, Response } from 'express';
import { Drain, drainGuard } from './drain';

type Answer = { status?: number; body?: unknown; headers: Record<string, string>; next: boolean };

function call(drain: Drain, path: string): Answer {
  const answer: Answer = { headers: {}, next: false };
  const res = {
    headersSent: false,
    on() {
      return this;
    },
    setHeader(name: string, value: string) {
      answer.headers[name.toLowerCase()] = value;
    },
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
    },
  } as unknown as Response;
  const next: NextFunction = () => {
    answer.next = true;
  };
  drainGuard(drain)({ path, complete: true } as unknown as Request, res, next);
  return answer;
}

describe('draining', () => {
  it('lets every request through until the signal', () => {
    const drain = new Drain();
    expect(drain.draining).toBe(false);
    expect(call(drain, '/graphql').next).toBe(true);
    expect(call(drain, '/health/ready').next).toBe(true);
  });

  it('then turns readiness down and new work away, but stays live', () => {
    const drain = new Drain();
    drain.begin();
    const ready = call(drain, '/health/ready');
    expect([ready.next, ready.status]).toEqual([false, 503]);
    expect(ready.body).toEqual({ status: 'error', error: { shutdown: { status: 'down' } } });

    const work = call(drain, '/graphql');
    expect([work.next, work.status]).toEqual([false, 503]);
    expect(work.headers).toEqual({ connection: 'close', 'retry-after': '1' });
    expect(work.body).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DRAINING' } }],
    });

    expect(call(drain, '/health/live').next).toBe(true);
  });

  it('makes the responses still in flight close their connection after them', () => {
    const drain = new Drain();
    const headers: Record<string, string> = {};
    const listeners: Record<string, () => void> = {};
    const inFlight = {
      headersSent: false,
      on(event: string, fn: () => void) {
        listeners[event] = fn;
      },
      setHeader(name: string, value: string) {
        headers[name] = value;
      },
    } as unknown as Response;
    const sent = {
      ...inFlight,
      headersSent: true,
      setHeader() {
        throw new Error('the headers are already sent');
      },
    } as unknown as Response;
    drainGuard(drain)({ path: '/graphql' } as Request, inFlight, () => undefined);
    drain.track(sent);
    drain.begin();
    expect(headers).toEqual({ Connection: 'close' });
  });
});
