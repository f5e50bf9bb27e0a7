import { SetMetadata } from '@nestjs/common';
import type { Role } from '../enums';

export const ACCESS_KEY = 'puente:access';

export type Access =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

// Every resolver operation states who may call it; the global guard refuses any that does not.
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
export const Authenticated = () =>
  SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies Access);
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);
