import { join } from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';
import type { ApolloServerPlugin } from '@apollo/server';
import { requestContext } from '../request-context';
import type { GqlContext } from './gql-context';
import { requestNow } from './request-clock';

export const QUERY_LIMITS = { maxDepth: 10, maxCost: 20000, maxAliases: 20, maxTokens: 5000 };

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    // The schema file is regenerated in development and committed, so changes show in review.
    autoSchemaFile: config.isProduction ? true : join(process.cwd(), 'src/schema.gql'),
    sortSchema: true,
    introspection: !config.isProduction,
    graphiql: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against the CommonJS build of @apollo/server, Nest against the ESM one.
    plugins: [
      ...protection.plugins,
      ...(config.NODE_ENV === 'test' ? [sqlCountPlugin] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    formatError,
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      loaders: new Map(),
      now: requestNow(req, config.NODE_ENV === 'test'),
    }),
  };
}

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
