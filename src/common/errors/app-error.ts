// The GraphQL error codes a client can rely on; features raise AppError with one of them
// and their own `reason`, and format-error.ts turns it into the response.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export type FieldError = { field: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { reason?: string; field?: string; fields?: FieldError[] } & Record<
      string,
      unknown
    > = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class InvalidInputError extends AppError {
  constructor(fields: FieldError[], reason = 'INVALID_INPUT') {
    const first = fields[0];
    const message =
      fields.length === 1
        ? `${first.field}: ${first.message}`
        : `${fields.length} fields are invalid: ` +
          fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    super('BAD_USER_INPUT', message, { reason, field: first.field, fields });
  }
}

export const badInput = (field: string, message: string, reason?: string) =>
  new InvalidInputError([{ field, message }], reason);

export const notFound = (what: string, reason = 'NOT_FOUND') =>
  new AppError('NOT_FOUND', `${what} was not found`, { reason });

export const forbidden = (message: string, reason = 'FORBIDDEN') =>
  new AppError('FORBIDDEN', message, { reason });

export const conflict = (message: string, reason: string, field?: string) =>
  new AppError('CONFLICT', message, { reason, field });

export const unauthenticated = (
  message = 'You need to log in first.',
  reason = 'UNAUTHENTICATED',
) => new AppError('UNAUTHENTICATED', message, { reason });
