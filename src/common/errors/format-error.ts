import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database-errors';
import { AppError, type FieldError } from './app-error';

const logger = new Logger('GraphQL');

// Codes graphql-js and Apollo produce for malformed requests; their messages are safe.
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

// The one place where errors become GraphQL errors. Anything unexpected is logged and
// answered with a generic message: no stack trace or SQL leaves the server.
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof HttpException) {
    return fromHttpException(base, original);
  }
  if (isDatabaseUnavailable(original)) {
    // Not a bug: the database cannot be reached. The response becomes a 503 with
    // Retry-After (serviceUnavailablePlugin), so clients and load balancers can tell.
    return {
      ...base,
      message: 'Puente cannot reach its database right now. Please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PROTOCOL_CODES.has(code) && !isResolverFailure(formatted)) {
    return { ...base, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    ...base,
    message: 'Something went wrong on our side. Please try again later.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function isResolverFailure(formatted: GraphQLFormattedError): boolean {
  return Array.isArray(formatted.path) && formatted.path.length > 0;
}

function fromHttpException(
  base: Pick<GraphQLFormattedError, 'message' | 'locations' | 'path'>,
  exception: HttpException,
): GraphQLFormattedError {
  const status = exception.getStatus();
  const code =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 409
            ? 'CONFLICT'
            : status === 429
              ? 'TOO_MANY_REQUESTS'
              : status < 500
                ? 'BAD_USER_INPUT'
                : 'INTERNAL_SERVER_ERROR';
  const response = exception.getResponse();
  const fields =
    typeof response === 'object' && response !== null && 'fields' in response
      ? (response as { fields: FieldError[] }).fields
      : undefined;
  return {
    ...base,
    message: status < 500 ? exception.message : 'Something went wrong on our side.',
    extensions: { code, ...(fields ? { field: fields[0]?.field, fields } : {}) },
  };
}
