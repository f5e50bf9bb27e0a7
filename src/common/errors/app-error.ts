// The GraphQL error codes a client can rely on; features raise AppError with one of them
// and their own `reason`, and format-error.ts turns it into the response.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

import type { ErrorReason } from './error-reason';

export type { ErrorReason };
export type FieldError = { field: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { reason?: ErrorReason; field?: string; fields?: FieldError[] } & Record<
      string,
      unknown
    > = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class InvalidInputError extends AppError {
  constructor(fields: FieldError[], reason: ErrorReason = 'INVALID_INPUT') {
    const first = fields[0];
    const message =
      fields.length === 1
        ? `${first.field}: ${first.message}`
        : `${fields.length} fields are invalid: ` +
          fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    super('BAD_USER_INPUT', message, { reason, field: first.field, fields });
  }
}

export const badInput = (field: string, message: string, reason?: ErrorReason) =>
  new InvalidInputError([{ field, message }], reason);

export const notFound = (what: string, reason: ErrorReason = 'NOT_FOUND') =>
  new AppError('NOT_FOUND', `${what} was not found`, { reason });

export const forbidden = (message: string, reason: ErrorReason) =>
  new AppError('FORBIDDEN', message, { reason });

export const conflict = (message: string, reason: ErrorReason, field?: string) =>
  new AppError('CONFLICT', message, { reason, field });

export const unauthenticated = (
  message = 'You need to log in first.',
  reason: ErrorReason = 'UNAUTHENTICATED',
) => new AppError('UNAUTHENTICATED', message, { reason });
