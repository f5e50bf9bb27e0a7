import { QueryFailedError } from 'typeorm';

// PostgreSQL's error codes that the services answer in words of their own.
export const PG_UNIQUE_VIOLATION = '23505';

export const pgErrorCode = (error: unknown): string | undefined =>
  error instanceof QueryFailedError
    ? (error.driverError as { code?: string } | undefined)?.code
    : undefined;

export const isUniqueViolation = (error: unknown): boolean =>
  pgErrorCode(error) === PG_UNIQUE_VIOLATION;

// The database cannot be reached (refused, dropped, shutting down, pool exhausted while
// connecting): the request is answered SERVICE_UNAVAILABLE (503), not as a bug.
const UNAVAILABLE_SQLSTATES = new Set([
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    const code = typeof candidate.code === 'string' ? candidate.code : undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) {
      return true;
    }
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) {
      return true;
    }
    if (Array.isArray(candidate.errors) && candidate.errors.some(isDatabaseUnavailable)) {
      return true; // AggregateError of a refused connection over IPv4 and IPv6
    }
    e = candidate.driverError ?? candidate.cause;
  }
  return false;
}

// Seconds a client should wait before trying again while the database is unreachable.
export const RETRY_AFTER_SECONDS = 5;
