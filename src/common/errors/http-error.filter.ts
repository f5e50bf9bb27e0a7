import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database-errors';
import { AppError, type ErrorCode } from './app-error';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

const logger = new Logger('HTTP');

// REST routes answer errors in the same shape as GraphQL: { errors: [{ message, extensions:
// { code, reason, field } }] }, with the matching HTTP status. GraphQL requests pass through
// to formatError.
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      // GraphQL: hand the error back to Apollo, whose formatError shapes it.
      return error;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res.status(STATUS[error.code] ?? 400).json({
        errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
      });
      return undefined;
    }
    if (error instanceof HttpException && error.getStatus() === 503) {
      // A deliberate 503 (the health check with the database down) keeps its body.
      res
        .status(503)
        .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        .json(error.getResponse());
      return undefined;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      const code =
        status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT';
      res.status(status).json({ errors: [{ message: error.message, extensions: { code } }] });
      return undefined;
    }
    if (isDatabaseUnavailable(error)) {
      res
        .status(503)
        .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        .json({
          errors: [
            {
              message: 'Puente cannot reach its database right now. Please try again in a moment.',
              extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
            },
          ],
        });
      return undefined;
    }
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.status(500).json({
      errors: [
        {
          message: 'Something went wrong on our side. Please try again later.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    return undefined;
  }
}
