import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';

export type GqlContext = {
  req: Request;
  res: Response;
  user?: AuthUser;
  // Per-request DataLoaders, created lazily by the features that need them.
  loaders: Map<string, unknown>;
  // The instant this request acts at (tests may set it; see request-clock.ts).
  now: Date;
};
