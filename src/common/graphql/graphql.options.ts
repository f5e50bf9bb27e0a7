import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext } from 'graphql';
import { RETRY_AFTER_SECONDS } from '../database-errors';
import { requestContext } from '../request-context';
import { withStrictDateTime } from './date-time.scalar';
import type { GqlContext } from './gql-context';
import { requestNow } from './request-clock';

// Cost weighs each field by 1.5 per level of depth. The lead's matching panel reads a run's
// first pages (runMatching > proposalsPage > edges > node > mentor > displayName), two levels
// deeper than the lists it replaced: with its fragments it costs about 60,000. 100,000 lets
// it through with room; depth (10), aliases (20) and tokens (5,000) still bound anything
// abusive.
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 100_000, maxAliases: 20, maxTokens: 5000 };
// Introspection has limits of its own, in development too: the standard introspection query
// (GraphiQL, codegen) is 21 deep and costs about 87,000; anything far past that is abuse.
export const INTROSPECTION_LIMITS = { maxDepth: 24, maxCost: 120_000 };

// A limit's refusal is a validation error of the request (HTTP 400), not a thrown exception
// (which Apollo answers with a 500).
const reportedAsValidationErrors = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
  ],
};

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    // __typename counts like any field: 101 aliases of it are as costly to answer.
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true, allowList: [] },
    // The token limit is graphql-js's own (parseOptions below): armor's re-parses the query
    // in a plugin hook, where a plain syntax error became an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    // The schema file is regenerated in development and committed, so changes show in review.
    autoSchemaFile: config.isProduction ? true : join(process.cwd(), 'src/schema.gql'),
    sortSchema: true,
    transformSchema: withStrictDateTime,
    introspection: !config.isProduction,
    graphiql: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against the CommonJS build of @apollo/server, Nest against the ESM one.
    plugins: [
      // No cache hints in this schema: without this, Apollo instruments every field.
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      serviceUnavailablePlugin,
      ...(config.NODE_ENV === 'test' ? [sqlCountPlugin] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: [
      ...protection.validationRules,
      maxDepthRule({
        n: INTROSPECTION_LIMITS.maxDepth,
        ignoreIntrospection: false,
        exposeLimits: true,
        ...reportedAsValidationErrors,
      }),
      costLimitRule({
        maxCost: INTROSPECTION_LIMITS.maxCost,
        ignoreIntrospection: false,
        exposeLimits: true,
        ...reportedAsValidationErrors,
      }),
    ],
    // A query past the limit fails to parse: 400 GRAPHQL_PARSE_FAILED, like any syntax error.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // Keep the status our plugins set (a 503 while the database is unreachable).
    preserveHttpStatusForExecutionErrors: false,
    formatError,
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      loaders: new Map(),
      now: requestNow(req, config.NODE_ENV === 'test'),
    }),
  };
}

// A response whose errors say the database is unreachable is a 503 with Retry-After.
const serviceUnavailablePlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
        if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        return Promise.resolve();
      },
    });
  },
};

// Test servers report how many SQL statements each request ran (extensions.sqlStatements).
const sqlCountPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        const store = requestContext.getStore();
        if (store && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: store.sqlStatements,
          };
        }
        return Promise.resolve();
      },
    });
  },
};
