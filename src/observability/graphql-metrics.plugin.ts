import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { GqlContext } from '../common/graphql/gql-context';
import { Metrics } from './metrics.service';
import { graphqlOutcome, operationLabel, recordGraphqlFacts } from './observability-rules';

// Times each GraphQL request and notes its operation, user and outcome: counted in the
// metrics, and left on the request for its log line (written when the response finishes).
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(private readonly metrics: Metrics) {}

  requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const started = performance.now();
    const metrics = this.metrics;
    return Promise.resolve({
      willSendResponse({ contextValue, operationName, request, response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
        const { outcome, errorCode } = graphqlOutcome(errors);
        // The name in the document once it is parsed; the one the client claimed before.
        const name = operationName ?? request.operationName;
        metrics.graphqlRequest(name, outcome, (performance.now() - started) / 1000);
        recordGraphqlFacts(contextValue.req, {
          operationName: operationLabel(name),
          userId: contextValue.user?.id ?? null,
          outcome,
          errorCode,
        });
        return Promise.resolve();
      },
    });
  }
}
