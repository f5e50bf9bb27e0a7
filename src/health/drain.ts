import type { NextFunction, Request, Response } from 'express';

// Whether this instance is shutting down. From the moment SIGTERM arrives readiness answers
// 503, so that a load balancer stops sending work here, and a request that still arrives (on
// a kept-alive connection) is turned away with a clean 503 that did nothing: a client or a
// proxy may send it again to another instance.
export class Drain {
  private started = false;
  // Responses not yet sent: when draining begins they close their connection after them.
  private readonly pending = new Set<Response>();

  begin(): void {
    this.started = true;
    for (const res of this.pending) {
      if (!res.headersSent) {
        res.setHeader('Connection', 'close');
      }
    }
  }

  get draining(): boolean {
    return this.started;
  }

  track(res: Response): void {
    this.pending.add(res);
    res.on('close', () => this.pending.delete(res));
  }
}

export const DRAINING_BODY = {
  errors: [
    {
      message: 'Puente is restarting. Please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DRAINING', retryAfterSeconds: 1 },
    },
  ],
};

// Express middleware, first in the chain. Liveness still answers while draining (the process
// is alive and finishing its work); everything else is refused and its connection closed.
export function drainGuard(drain: Drain) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!drain.draining) {
      drain.track(res);
      next();
      return;
    }
    if (req.path === '/health/live') {
      res.setHeader('Connection', 'close');
      next();
      return;
    }
    if (req.path === '/health/ready' || req.path === '/health') {
      // The readiness probe says why it is down, in the health checks' own shape.
      res.setHeader('Connection', 'close');
      res.status(503).json({ status: 'error', error: { shutdown: { status: 'down' } } });
      return;
    }
    // The request's body is read to its end before the answer: closing a connection with
    // unread bytes resets it, and the proxy would see a reset instead of the clean 503.
    const refuse = () => {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      res.status(503).json(DRAINING_BODY);
    };
    if (req.readableEnded || req.complete) {
      refuse();
    } else {
      req.once('end', refuse);
      req.once('error', () => res.destroy());
      req.resume();
    }
  };
}
