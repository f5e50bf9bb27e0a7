import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';

// What logs and metrics may say, as plain functions (no Nest: unit-tested under plain Jest).

export const REQUEST_ID_HEADER = 'x-request-id';

// Never in a log line, whoever logs the object: credentials and personal data. Request
// serializers already keep only method and path; this catches anything logged by hand.
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  'body',
  'variables',
  '*.variables',
  'password',
  '*.password',
  'token',
  '*.token',
  'email',
  '*.email',
];

// A caller's id is kept so that a trace crosses services; anything that is not a plain
// short id (log injection, megabyte headers) is replaced.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && CLIENT_REQUEST_ID.test(value) ? value : randomUUID();
}

// The path without its query string: GET /graphql?variables=... must not reach a log.
export function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

// Probes and scrapes hit these every few seconds; logged only at debug while they succeed.
export function isRoutinePath(path: string): boolean {
  return path === '/metrics' || path === '/health' || path.startsWith('/health/');
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MAX_OPERATION_LABELS = 200;

// The operation label of a request. Operation names are chosen by clients, so labels are
// bounded: unnamed operations are "anonymous", malformed ones "invalid", and once
// `known` holds `max` names any new one is "other" (a client sending random names cannot
// grow the metrics without end).
export function operationLabel(
  name: string | null | undefined,
  known?: Set<string>,
  max = MAX_OPERATION_LABELS,
): string {
  if (!name) {
    return 'anonymous';
  }
  if (!OPERATION_NAME.test(name)) {
    return 'invalid';
  }
  if (known && !known.has(name)) {
    if (known.size >= max) {
      return 'other';
    }
    known.add(name);
  }
  return name;
}

export type GraphqlErrorLike = { extensions?: Record<string, unknown> | null };

export type GraphqlOutcome = {
  // "ok", or the first error's code in lower case (bad_user_input, unauthenticated...).
  outcome: string;
  // The first error's extensions.code as sent, null without errors.
  errorCode: string | null;
};

const ERROR_CODE = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;

export function graphqlOutcome(
  errors: readonly GraphqlErrorLike[] | null | undefined,
): GraphqlOutcome {
  if (!errors || errors.length === 0) {
    return { outcome: 'ok', errorCode: null };
  }
  const code = errors[0].extensions?.code;
  if (typeof code !== 'string' || !ERROR_CODE.test(code)) {
    return { outcome: 'error', errorCode: null };
  }
  return { outcome: code.toLowerCase(), errorCode: code };
}

// Whether an Authorization header carries the metrics token. Both sides are hashed first,
// so the comparison takes the same time whatever the length or content of the guess.
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) {
    return false;
  }
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

// What the GraphQL plugin learns about a request, for the request's log line (written
// by pino-http when the response finishes). Keyed by the request object itself.
export type GraphqlFacts = GraphqlOutcome & {
  operationName: string;
  userId: string | null;
};

const facts = new WeakMap<object, GraphqlFacts>();

export const recordGraphqlFacts = (req: object, value: GraphqlFacts): void => {
  facts.set(req, value);
};

export const graphqlFactsOf = (req: object): GraphqlFacts | undefined => facts.get(req);
