import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AuthUser } from '../common/auth/auth-user';
import type { AppConfig } from '../config/app-config';
import {
  graphqlFactsOf,
  isRoutinePath,
  pathOf,
  REDACT_PATHS,
  REQUEST_ID_HEADER,
  requestIdFrom,
} from './observability-rules';

// Express puts these on the request: the URL before routers rewrote it, and the user the
// guard read from a REST request's token.
type HttpRequest = IncomingMessage & { originalUrl?: string; user?: AuthUser };

const pathOfRequest = (req: HttpRequest) => pathOf(req.originalUrl ?? req.url);

// Development: readable lines; tests and scripts: warnings only (LOG_LEVEL overrides both).
export function logLevel(config: AppConfig, quiet = false): string {
  return config.LOG_LEVEL ?? (quiet || config.NODE_ENV === 'test' ? 'warn' : 'info');
}

// One line per request with its id, operation, user, duration and outcome; JSON lines
// except in development, where pino-pretty prints them.
export function loggerParams(config: AppConfig, quiet = false): Params {
  const pinoHttp: Options = {
    level: logLevel(config, quiet),
    ...(config.NODE_ENV === 'development'
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              singleLine: true,
              translateTime: 'SYS:HH:MM:ss.l',
              ignore: 'pid,hostname,req,res',
            },
          },
        }
      : {}),
    redact: { paths: REDACT_PATHS, remove: true },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Logs made while serving a request carry its id only; its final line carries the rest.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: {
      // Method and path only: headers hold tokens and cookies, query strings variables.
      req: (req: { method?: string; url?: string }) => ({
        method: req.method,
        url: pathOf(req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req: HttpRequest, res: ServerResponse, error?: Error) => {
      if (error || res.statusCode >= 500) {
        return 'error';
      }
      return isRoutinePath(pathOfRequest(req)) && res.statusCode < 400 ? 'debug' : 'info';
    },
    customSuccessMessage: (req: HttpRequest, res: ServerResponse) => requestSummary(req, res),
    customErrorMessage: (req: HttpRequest, res: ServerResponse) => requestSummary(req, res),
    customSuccessObject: (req: HttpRequest, _res: ServerResponse, value: object) => ({
      ...value,
      ...requestFields(req),
    }),
    customErrorObject: (req: HttpRequest, res: ServerResponse, error: Error, value: object) => {
      const line: Record<string, unknown> = { ...value, ...requestFields(req) };
      // For a 5xx pino-http makes up an error whose stack is its own; the real one was logged
      // where it was caught, under the same requestId.
      if (error.message === `failed with status code ${res.statusCode}`) {
        delete line.err;
      }
      return line;
    },
  };
  return { pinoHttp };
}

// The fields a request's line adds to pino-http's (requestId, req, res, durationMs).
function requestFields(req: HttpRequest): Record<string, string | boolean | null> {
  const graphql = graphqlFactsOf(req);
  const userId = graphql?.userId ?? req.user?.id ?? null;
  if (!graphql) {
    return userId ? { userId } : {};
  }
  return {
    operationName: graphql.operationName,
    outcome: graphql.outcome,
    graphqlErrors: graphql.outcome !== 'ok',
    errorCode: graphql.errorCode,
    userId,
  };
}

function requestSummary(req: HttpRequest, res: ServerResponse): string {
  const operation = graphqlFactsOf(req)?.operationName;
  return `${req.method} ${pathOfRequest(req)}${operation ? ` ${operation}` : ''} ${res.statusCode}`;
}
