import type { Role } from '../enums';

// Who is making the request, as read from the bearer token.
export type AuthUser = { id: string; role: `${Role}` };
