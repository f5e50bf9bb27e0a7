// What a signed token may claim, checked before anything is looked up: a signature proves
// who issued the token, not that its contents are well formed.
import { isUuid } from '../ids';
import { isOneOf, ROLES, type RoleName } from '../vocabulary';

export type Claims = { sub: string; role: RoleName; ver: number };

export function checkClaims(payload: unknown): Claims | null {
  if (!payload || typeof payload !== 'object') {
    return null;
  }
  const { sub, role, ver } = payload as Record<string, unknown>;
  if (!isUuid(sub)) {
    return null;
  }
  if (typeof role !== 'string' || !isOneOf(ROLES, role)) {
    return null;
  }
  if (typeof ver !== 'number' || !Number.isInteger(ver) || ver < 0) {
    return null;
  }
  return { sub: sub.toLowerCase(), role, ver };
}
