import { AppError } from '../errors/app-error';
import type { Decision } from './access-policy';

// A refusal becomes the one error shape (GraphQL and REST alike).
export function enforce(decision: Decision): void {
  if (!decision.ok) {
    throw new AppError(decision.code, decision.message, { reason: decision.reason });
  }
}
