import { QueryFailedError } from 'typeorm';

// PostgreSQL's error codes that the services answer in words of their own.
export const PG_UNIQUE_VIOLATION = '23505';

export const pgErrorCode = (error: unknown): string | undefined =>
  error instanceof QueryFailedError
    ? (error.driverError as { code?: string } | undefined)?.code
    : undefined;

export const isUniqueViolation = (error: unknown): boolean =>
  pgErrorCode(error) === PG_UNIQUE_VIOLATION;
